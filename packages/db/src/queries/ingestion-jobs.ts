// Ingestion jobs as the /ingest page and the bulk CLI see them, read straight
// from pg-boss's job table (its API lists one queue at a time, by id).
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { JOB_QUEUE_SCHEMA, QUEUES } from '../job-queue/queues.ts';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface IngestionJobRow {
  id: string;
  queue: string;
  state: JobState;
  data: Record<string, unknown>;
  /** What the last attempt left: the result, or the error ({ message }). */
  output: Record<string, unknown> | null;
  retryCount: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

const INGESTION_QUEUES = [QUEUES.ingestUrl, QUEUES.ingestText];
const JOB_TABLE = Prisma.raw(`${JOB_QUEUE_SCHEMA}.job`);
const COLUMNS = Prisma.sql`id::text AS id, name AS queue, state::text AS state, data, output, retry_count AS "retryCount",
  created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn"`;

/** The most recent ingestion jobs, newest first. */
export async function recentIngestionJobs(db: Database, first: number): Promise<IngestionJobRow[]> {
  return db.$queryRaw<IngestionJobRow[]>`
    SELECT ${COLUMNS} FROM ${JOB_TABLE}
    WHERE name = ANY(${INGESTION_QUEUES}::text[])
    ORDER BY created_on DESC, id DESC LIMIT ${first}`;
}

export async function ingestionJobById(db: Database, id: string): Promise<IngestionJobRow | null> {
  const rows = await db.$queryRaw<IngestionJobRow[]>`
    SELECT ${COLUMNS} FROM ${JOB_TABLE} WHERE name = ANY(${INGESTION_QUEUES}::text[]) AND id = ${id}::uuid`;
  return rows[0] ?? null;
}

/**
 * The latest job for each key (a bulk line's own key, kept in data.key): the
 * bulk CLI skips keys whose job completed or is still under way.
 */
export async function latestJobsByKey(db: Database, keys: readonly string[]): Promise<Map<string, IngestionJobRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db.$queryRaw<IngestionJobRow[]>`
    SELECT DISTINCT ON (data->>'key') ${COLUMNS} FROM ${JOB_TABLE}
    WHERE name = ANY(${INGESTION_QUEUES}::text[]) AND data->>'key' = ANY(${keys}::text[])
    ORDER BY data->>'key', created_on DESC`;
  return new Map(rows.map((row) => [String(row.data.key), row]));
}
