import { ingestionJobById } from '@chronicle/db';
import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { enqueueIngestion } from '../../jobs/ingestion-jobs.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { retryIngestionJob } from '../../jobs/retry-job.ts';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';
import { toIngestionJob } from './ingestion-job.ts';

function queueOf(context: Context): Promise<JobQueue> {
  // Only the HTTP server builds contexts, and it always gives the queue.
  if (!context.jobQueue) throw new Error('No job queue in this context.');
  return context.jobQueue();
}

export const Mutation: Pick<MutationResolvers<Context>, 'enqueueIngestion' | 'retryIngestionJob'> = {
  enqueueIngestion: async (_, { input }, context) => {
    const { id } = await enqueueIngestion(await queueOf(context), input);
    return toIngestionJob((await ingestionJobById(context.db, id))!, context);
  },
  retryIngestionJob: async (_, { id }, context) =>
    toIngestionJob(await retryIngestionJob(context.db, await queueOf(context), idOf('IngestionJob', id)), context),
};
