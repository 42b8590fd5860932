// Runs ingestion jobs: the same ingestUrl and ingestArticle as the API, one
// job at a time per worker slot. A job that fails for a reason that may pass
// (a server down, a time-out, a database hiccup) is retried with back-off;
// one the input itself dooms (no date on the page, a PDF) fails at once.
import { parseCalendarDay, QUEUES, type Database } from '@chronicle/db';
import type { Job, JobResult } from 'pg-boss';
import { InvalidInput, NotFound } from '../errors.ts';
import { validateArticle } from '../ingest/article-input.ts';
import { ingestArticle } from '../ingest/ingest-article.ts';
import type { IngestResult } from '../ingest/ingest-result.ts';
import { ingestUrl } from '../ingest/url/ingest-url.ts';
import type { FetchPolicy } from '../ingest/url/safe-fetch.ts';
import type { Logger } from '../observability/logger.ts';
import type { IngestTextJob, IngestUrlJob } from './ingestion-jobs.ts';
import type { JobQueue } from './job-queue.ts';

export interface WorkerOptions {
  queue: JobQueue;
  db: Database;
  fetchPolicy: FetchPolicy;
  /** Jobs run at once by this process (each takes a database connection while it writes). */
  concurrency: number;
  logger: Logger;
}

// Refusals that say nothing about the article: the next attempt may work.
const PASSING_REASONS = new Set(['unreachable', 'timeout', 'status']);

function isPermanent(error: unknown): boolean {
  if (!(error instanceof InvalidInput || error instanceof NotFound)) return false;
  const { reason } = error.details;
  return !(typeof reason === 'string' && PASSING_REASONS.has(reason));
}

function dayOf(raw: string | null | undefined): Date | null {
  return raw ? parseCalendarDay(raw) : null;
}

async function runIngestUrl(options: WorkerOptions, data: IngestUrlJob): Promise<IngestResult> {
  return ingestUrl(options.db, { url: data.url, timeline: data.timeline ?? null, publishedOn: dayOf(data.publishedOn) }, options.fetchPolicy);
}

async function runIngestText(options: WorkerOptions, data: IngestTextJob): Promise<IngestResult> {
  const publishedOn = dayOf(data.publishedOn);
  if (!publishedOn) throw new Error(`The job's publishedOn "${data.publishedOn}" is not a YYYY-MM-DD day.`);
  return ingestArticle(options.db, validateArticle({ ...data, publishedOn }));
}

/** Settles each job of a batch on its own, so one bad article does not fail the others. */
function batchHandler<T>(options: WorkerOptions, run: (data: T) => Promise<IngestResult>) {
  return async (jobs: Job<T>[]): Promise<JobResult[]> => {
    const results: JobResult[] = [];
    for (const job of jobs) {
      try {
        const result = await run(job.data);
        results.push({ id: job.id, status: 'completed', output: { sourceId: result.source.id, created: result.created, warnings: result.warnings } });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = isPermanent(error);
        // A refused page is the input's fault and needs no stack; anything else does.
        options.logger.warn({ jobId: job.id, queue: job.name, permanent, ...(permanent ? {} : { err: error }) }, `ingestion job failed: ${message}`);
        results.push({ id: job.id, status: permanent ? 'deadletter' : 'failed', output: { message } });
      }
    }
    return results;
  };
}

/**
 * Starts this process's ingestion workers. Each slot fetches a few jobs at a
 * time and keeps fetching while batches come back full, so a backlog drains
 * without waiting out the poll interval between jobs.
 */
export async function startIngestionWorkers(options: WorkerOptions): Promise<void> {
  const work = { batchSize: 2, localConcurrency: options.concurrency, pollingIntervalSeconds: 1, burstWhenBatchFull: true, perJobResults: true } as const;
  await options.queue.work<IngestUrlJob>(
    QUEUES.ingestUrl,
    work,
    batchHandler(options, (data: IngestUrlJob) => runIngestUrl(options, data)),
  );
  await options.queue.work<IngestTextJob>(
    QUEUES.ingestText,
    work,
    batchHandler(options, (data: IngestTextJob) => runIngestText(options, data)),
  );
}
