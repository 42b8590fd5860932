import { recentIngestionJobs } from '@chronicle/db';
import type { QueryResolvers } from '@chronicle/schema/resolvers';
import { requireEditor, type Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { toIngestionJob } from './ingestion-job.ts';

export const MAX_JOBS_LISTED = 100;

export const Query: Pick<QueryResolvers<Context>, 'ingestionJobs'> = {
  ingestionJobs: async (_, { first }, context) => {
    requireEditor(context);
    const count = first ?? 20;
    if (!Number.isInteger(count) || count < 1 || count > MAX_JOBS_LISTED) throw badInput(`"first" must be from 1 to ${MAX_JOBS_LISTED}.`, 'first');
    const rows = await recentIngestionJobs(context.db, count);
    return Promise.all(rows.map((row) => toIngestionJob(row, context)));
  },
};
