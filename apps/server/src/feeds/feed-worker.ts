// Feed polling on pg-boss's schedule: every worker process registers the
// schedule (pg-boss keeps one per name, so many workers still poll once per
// tick) and a handler for the poll-feeds job.
import { QUEUES, type Database } from '@chronicle/db';
import type { FetchPolicy } from '../ingest/url/safe-fetch.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Logger } from '../observability/logger.ts';
import { pollAllFeeds } from './poll-feed.ts';

export interface FeedWorkerOptions {
  queue: JobQueue;
  db: Database;
  fetchPolicy: FetchPolicy;
  logger: Logger;
  /** A cron expression (CHRONICLE_FEED_POLL_CRON); "off" registers no schedule. */
  cron: string;
}

export async function startFeedPolling(options: FeedWorkerOptions): Promise<void> {
  await options.queue.work(QUEUES.pollFeeds, { pollingIntervalSeconds: 5 }, async () => {
    const results = await pollAllFeeds(options.db, options.queue, options.fetchPolicy);
    const failed = results.filter((r) => r.error);
    for (const r of failed) options.logger.warn({ feedId: r.feedId }, `feed poll failed: ${r.error}`);
    const newItems = results.reduce((sum, r) => sum + r.newItems, 0);
    if (newItems > 0) options.logger.info({ feeds: results.length, newItems }, `feeds polled: ${newItems} new item(s) queued`);
    return { feeds: results.length, newItems, failed: failed.length };
  });
  if (options.cron === 'off') await options.queue.unschedule(QUEUES.pollFeeds);
  else await options.queue.schedule(QUEUES.pollFeeds, options.cron);
}
