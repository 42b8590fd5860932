// Queues a bulk input and follows it to the end. Resumable by construction:
// before sending, each article's key is looked up among the jobs already on
// the queue, and only articles never sent, or whose last job failed, are sent
// again; those done are counted done, those under way are waited for.
import { latestJobsByKey, type Database, type IngestionJobRow } from '@chronicle/db';
import { ingestionJobOf } from '../jobs/ingestion-jobs.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { BulkArticle } from './bulk-input.ts';

export interface BulkProgress {
  total: number;
  done: number;
  failed: number;
  remaining: number;
  /** Articles finished per second since this run started (those done by an earlier run not counted). */
  rate: number;
  /** Done by an earlier run: skipped. */
  alreadyDone: number;
  sent: number;
}

export interface BulkOutcome extends BulkProgress {
  failures: { origin: string; message: string }[];
}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);
const KEY_CHUNK = 1_000;

async function latestJobs(db: Database, keys: string[]): Promise<Map<string, IngestionJobRow>> {
  const all = new Map<string, IngestionJobRow>();
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    for (const [key, row] of await latestJobsByKey(db, keys.slice(i, i + KEY_CHUNK))) all.set(key, row);
  }
  return all;
}

export async function runBulk(options: {
  db: Database;
  queue: JobQueue;
  articles: BulkArticle[];
  /** false: send and return (workers elsewhere run the jobs). */
  wait: boolean;
  onProgress?: (progress: BulkProgress) => void;
  pollMs?: number;
}): Promise<BulkOutcome> {
  const { db, queue, articles } = options;
  const keys = articles.map((a) => a.key);
  const before = await latestJobs(db, keys);
  const alreadyDone = keys.filter((k) => before.get(k)?.state === 'completed').length;
  const toSend = articles.filter((a) => {
    const state = before.get(a.key)?.state;
    return state === undefined || state === 'failed' || state === 'cancelled';
  });
  // Sent in groups of a few hundred: one INSERT each.
  for (let i = 0; i < toSend.length; i += 500) {
    const jobs = toSend.slice(i, i + 500).map((a) => ingestionJobOf(a.input));
    for (const queueName of new Set(jobs.map((j) => j.queue))) {
      await queue.insert(
        queueName,
        jobs.filter((j) => j.queue === queueName).map((j) => ({ data: j.data })),
      );
    }
  }

  const started = Date.now();
  const origins = new Map(articles.map((a) => [a.key, a.origin]));
  for (;;) {
    const latest = await latestJobs(db, keys);
    const states = keys.map((k) => latest.get(k)?.state);
    const done = states.filter((s) => s === 'completed').length;
    const failed = states.filter((s) => s === 'failed' || s === 'cancelled').length;
    const remaining = keys.length - done - failed;
    const seconds = (Date.now() - started) / 1000;
    const progress = {
      total: keys.length,
      done,
      failed,
      remaining,
      alreadyDone,
      sent: toSend.length,
      rate: seconds > 0 ? (done + failed - alreadyDone) / seconds : 0,
    };
    options.onProgress?.(progress);
    if (!options.wait || states.every((s) => s !== undefined && FINISHED.has(s))) {
      const failures = keys.flatMap((k) => {
        const row = latest.get(k);
        if (!row || (row.state !== 'failed' && row.state !== 'cancelled')) return [];
        return [{ origin: origins.get(k) ?? k, message: typeof row.output?.message === 'string' ? row.output.message : row.state }];
      });
      return { ...progress, failures };
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}
