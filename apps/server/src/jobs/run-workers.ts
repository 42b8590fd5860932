// A process's workers: ingestion jobs and feed polls, on a queue handle that
// supervises (expires stuck jobs, retries those of dead workers). npm start
// runs them beside the API; npm run worker runs them alone, on any machine
// that reaches the database, as many as the load needs.
import type { Database } from '@chronicle/db';
import { startFeedPolling } from '../feeds/feed-worker.ts';
import type { FetchPolicy } from '../ingest/url/safe-fetch.ts';
import type { Logger } from '../observability/logger.ts';
import { startIngestionWorkers } from './ingestion-worker.ts';
import { openJobQueue, type JobQueue } from './job-queue.ts';

export interface WorkerSettings {
  /** Jobs this process runs at once (CHRONICLE_WORKERS). */
  concurrency: number;
  /** When feeds are polled (CHRONICLE_FEED_POLL_CRON), or "off". */
  feedCron: string;
  /** How soon a dead worker's job is noticed; seconds. */
  monitorIntervalSeconds?: number;
}

export interface RunningWorkers {
  queue: JobQueue;
  /** Stops fetching jobs and waits (up to graceMs) for those in hand to finish. */
  stop(graceMs?: number): Promise<void>;
}

export async function startWorkers(
  options: { databaseUrl: string; db: Database; fetchPolicy: FetchPolicy; logger: Logger } & WorkerSettings,
): Promise<RunningWorkers> {
  const queue = await openJobQueue(options.databaseUrl, {
    supervise: true,
    logger: options.logger,
    ...(options.monitorIntervalSeconds ? { monitorIntervalSeconds: options.monitorIntervalSeconds } : {}),
  });
  await startIngestionWorkers({ queue, db: options.db, fetchPolicy: options.fetchPolicy, concurrency: options.concurrency, logger: options.logger });
  await startFeedPolling({ queue, db: options.db, fetchPolicy: options.fetchPolicy, logger: options.logger, cron: options.feedCron });
  return {
    queue,
    stop: (graceMs = 10_000) => queue.stop({ graceful: true, timeout: graceMs }),
  };
}
