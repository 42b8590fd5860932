// A pg-boss job row as the IngestionJob type shows it to an editor.
import { QUEUES, type IngestionJobRow, type JobState } from '@chronicle/db';
import type { IngestionJobState, ResolversTypes } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';

const STATES: Record<JobState, IngestionJobState> = {
  created: 'QUEUED',
  active: 'RUNNING',
  retry: 'RETRYING',
  completed: 'DONE',
  failed: 'FAILED',
  cancelled: 'CANCELLED',
};

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export async function toIngestionJob(row: IngestionJobRow, { loaders }: Context): Promise<ResolversTypes['IngestionJob']> {
  const sourceId = row.state === 'completed' ? text(row.output?.sourceId) : null;
  const source = sourceId ? await loaders.source.load(sourceId) : null;
  return {
    id: toGlobalId('IngestionJob', row.id),
    kind: row.queue === QUEUES.ingestUrl ? 'URL' : 'TEXT',
    state: STATES[row.state],
    url: text(row.data.url) ?? source?.url ?? null,
    title: text(row.data.title) ?? source?.title ?? null,
    attempts: row.startedOn ? row.retryCount + 1 : 0,
    lastError: row.state === 'retry' || row.state === 'failed' ? (text(row.output?.message) ?? 'The attempt failed without a message.') : null,
    source,
    createdAt: row.createdOn,
    finishedAt: row.state === 'completed' || row.state === 'failed' ? row.completedOn : null,
  };
}
