// Running a failed job again: pg-boss puts it back in the queue with its
// attempts reset, under the same id, so the /ingest page's row comes back to life.
import { ingestionJobById, type Database, type IngestionJobRow } from '@chronicle/db';
import { clientError } from '../graphql/errors.ts';
import type { JobQueue } from './job-queue.ts';

export async function retryIngestionJob(db: Database, queue: JobQueue, id: string): Promise<IngestionJobRow> {
  const job = await ingestionJobById(db, id);
  if (!job) throw clientError('NOT_FOUND', 'There is no ingestion job with this ID (finished jobs are kept for a week).');
  if (job.state !== 'failed' && job.state !== 'cancelled') {
    throw clientError('CONFLICT', `This job is ${job.state === 'completed' ? 'done' : 'still queued or running'}; only a failed or cancelled job can be retried.`);
  }
  await queue.retry(job.queue, id);
  return (await ingestionJobById(db, id))!;
}
