// A worker killed in the middle of a job (SIGKILL: no chance to clean up):
// its job stops sending heartbeats, another worker's supervisor fails it, and
// it runs again there; the article is written once.
import { spawn, type ChildProcess } from 'node:child_process';
import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import { ingestionJobById, QUEUES } from '@chronicle/db';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_POLICY } from '../src/ingest/url/safe-fetch.ts';
import { openJobQueue, type JobQueue } from '../src/jobs/job-queue.ts';
import { startWorkers, type RunningWorkers } from '../src/jobs/run-workers.ts';
import { createLogger } from '../src/observability/logger.ts';
import { templateArticle, templatePage } from './support/article-template.ts';
import { startPageServer, type PageServer } from '@chronicle/testing';
import { seedActorsOnly } from './support/seed-actors-only.ts';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a worker killed mid-job', () => {
  let database: TestDatabase;
  let pages: PageServer;
  let queue: JobQueue;
  let child: ChildProcess | undefined;
  let survivor: RunningWorkers | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedActorsOnly(database.db);
    pages = await startPageServer();
    queue = await openJobQueue(database.url, { supervise: false });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await survivor?.stop(1_000);
    await queue.stop({ graceful: false });
    await pages.close();
    await database.drop();
  });

  it('is retried by another worker once its heartbeat stops, and the article is written once', async () => {
    const article = templateArticle(7);
    // The first fetch is held open: the worker is "in the middle" of the job when it is killed.
    const held: http.ServerResponse[] = [];
    let holding = true;
    pages.route('/slow', (_req, res) => {
      if (holding) return void held.push(res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(templatePage(article));
    });
    // A short retry delay for this one job, so the test does not wait out the queue's back-off.
    const jobId = (await queue.send(QUEUES.ingestUrl, { url: `${pages.origin}/slow` }, { retryDelay: 1, retryBackoff: false }))!;

    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      cwd: serverDir,
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URL: database.url, CHRONICLE_FETCH_ALLOW_HOSTS: 'localhost', CHRONICLE_WORKERS: '1', CHRONICLE_FEED_POLL_CRON: 'off' },
    });
    await until('the worker to fetch the page', async () => held.length === 1);
    expect((await ingestionJobById(database.db, jobId))?.state).toBe('active');
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    holding = false;
    for (const res of held) res.destroy();

    survivor = await startWorkers({
      databaseUrl: database.url,
      db: database.db,
      fetchPolicy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['localhost'] },
      logger: createLogger({ level: 'silent' }),
      concurrency: 1,
      feedCron: 'off',
      monitorIntervalSeconds: 1,
    });
    const done = await until('the job to run again and finish', async () => {
      const job = await ingestionJobById(database.db, jobId);
      return job && ['completed', 'failed'].includes(job.state) ? job : null;
    });
    expect(done.state).toBe('completed');
    expect(done.retryCount).toBe(1);
    expect(pages.hits.get('/slow')).toBe(2);
    expect(await database.db.source.count({ where: { url: `${pages.origin}/slow` } })).toBe(1);
    expect(await database.db.source.count()).toBe(1);
  }, 60_000);
});
