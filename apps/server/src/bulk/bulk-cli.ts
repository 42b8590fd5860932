// `npm run ingest -- DIR | FILE.jsonl`: queue every article, run workers in
// this process (unless --enqueue-only: then workers elsewhere run them), and
// show done, failed, remaining and the rate until all are finished.
import type { Database } from '@chronicle/db';
import type { FetchPolicy } from '../ingest/url/safe-fetch.ts';
import { openJobQueue } from '../jobs/job-queue.ts';
import { startWorkers } from '../jobs/run-workers.ts';
import type { Logger } from '../observability/logger.ts';
import { readBulkInput } from './bulk-input.ts';
import { progressPrinter } from './progress-line.ts';
import { runBulk } from './run-bulk.ts';

export interface BulkCliOptions {
  target: string;
  databaseUrl: string;
  db: Database;
  publishedOn: Date | null;
  timeline: string | null;
  enqueueOnly: boolean;
  concurrency: number;
  fetchPolicy: FetchPolicy;
  logger: Logger;
}

/** Returns the number of articles that failed (bad lines included). */
export async function bulkCli(options: BulkCliOptions): Promise<number> {
  const input = await readBulkInput(options.target, { publishedOn: options.publishedOn, timeline: options.timeline });
  for (const bad of input.rejected) console.error(`${bad.origin}: skipped, ${bad.message}`);
  const workers = options.enqueueOnly
    ? null
    : await startWorkers({
        databaseUrl: options.databaseUrl,
        db: options.db,
        fetchPolicy: options.fetchPolicy,
        logger: options.logger,
        concurrency: Math.max(1, options.concurrency),
        feedCron: 'off',
      });
  const queue = workers?.queue ?? (await openJobQueue(options.databaseUrl, { supervise: false, logger: options.logger }));
  const printer = progressPrinter(process.stderr);
  try {
    const outcome = await runBulk({ db: options.db, queue, articles: input.articles, wait: !options.enqueueOnly, onProgress: printer.update });
    printer.end();
    for (const failure of outcome.failures) console.error(`${failure.origin}: failed, ${failure.message}`);
    console.error(
      options.enqueueOnly
        ? `${outcome.sent} article(s) queued, ${outcome.alreadyDone} done before, ${input.rejected.length} line(s) unreadable; workers (npm start or npm run worker) will run them.`
        : `${outcome.done} done (${outcome.alreadyDone} by an earlier run), ${outcome.failed + input.rejected.length} failed` +
            `${outcome.failed + input.rejected.length > 0 ? ': fix them and run the same command again; only what did not succeed is done again' : ''}.`,
    );
    return outcome.failed + input.rejected.length;
  } finally {
    if (workers) await workers.stop();
    else await queue.stop({ graceful: false });
  }
}
