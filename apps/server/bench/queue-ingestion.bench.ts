// Ingestion through the job queue: 100 distinct articles (template-made,
// served as news pages from a local HTTP server) queued as ingest-url jobs,
// run by 1, 2 and 4 worker processes (npm run worker, one job at a time each,
// as a deployment scales them) and by one process running 4 jobs at a time
// (CHRONICLE_WORKERS=4, as npm start's in-process worker runs 2); and the
// API's window query p99 while the workers run, next to its p99 when idle.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createPrismaClient, QUEUES, type Database } from '@chronicle/db';
import { startServer } from '../src/app.ts';
import { openJobQueue } from '../src/jobs/job-queue.ts';
import { templateArticle, templatePage } from '../test/support/article-template.ts';
import { startPageServer } from '@chronicle/testing';
import { describeMachine } from './machine.ts';
import { cpuSeconds } from './process-cpu.ts';
import { writeSection } from './report.ts';

const ARTICLES = 100;
/** Worker processes × jobs each runs at a time. */
const SETUPS = [
  { processes: 1, slots: 1 },
  { processes: 2, slots: 1 },
  { processes: 4, slots: 1 },
  { processes: 1, slots: 4 },
];
const serverDir = fileURLToPath(new URL('..', import.meta.url));
const WINDOW = `query Window { events(filter: { from: "2019-01-01", to: "2019-12-31" }, first: 50) {
  edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } } } } }`;

interface Latencies {
  p50: number;
  p99: number;
  requests: number;
}

function percentiles(latencies: number[]): Latencies {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), requests: sorted.length };
}

/** Two clients asking for the 2019 window back to back until `done` resolves (or `count` requests). */
async function windowLoad(apiUrl: string, stop: { done: boolean }, count = Infinity): Promise<Latencies> {
  const latencies: number[] = [];
  const client = async () => {
    while (!stop.done && latencies.length < count) {
      const t0 = performance.now();
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: WINDOW }),
      });
      if (!response.ok) throw new Error(`window query answered ${response.status}`);
      await response.json();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all([client(), client()]);
  return percentiles(latencies);
}

function startWorkerProcess(databaseUrl: string, slots: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CHRONICLE_FETCH_ALLOW_HOSTS: 'localhost',
      CHRONICLE_WORKERS: String(slots),
      CHRONICLE_FEED_POLL_CRON: 'off',
      NODE_ENV: 'production',
    },
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('worker ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`a worker exited with ${code} before it was ready`)));
  });
}

async function unfinished(db: Database, ids: string[]): Promise<{ left: number; failed: number }> {
  const rows = await db.$queryRaw<
    { state: string; n: bigint }[]
  >`SELECT state::text AS state, count(*) AS n FROM pgboss.job WHERE id = ANY(${ids}::uuid[]) GROUP BY state`;
  const count = (states: string[]) => rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + Number(r.n), 0);
  return { left: count(['created', 'retry', 'active']), failed: count(['failed', 'cancelled']) };
}

export async function benchQueueIngestion(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  const pages = await startPageServer();
  const queue = await openJobQueue(databaseUrl, { supervise: false });
  const api = await startServer({ databaseUrl, port: 0, production: true });
  // Indices never used before in this database: every article is new, none repeats another's text.
  const base = 1_000 + Number((await db.source.count()) * 10) + Math.floor(Math.random() * 1_000_000) * 1_000;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const rows: { processes: number; slots: number; seconds: number; rate: number; failed: number; busy: Latencies; cpuMs: number | null }[] = [];
  try {
    await windowLoad(api.url, { done: false }, 50); // warm-up
    const idle = await windowLoad(api.url, { done: false }, 400);
    log(`window query idle: p50 ${idle.p50.toFixed(1)} ms, p99 ${idle.p99.toFixed(1)} ms`);
    for (const [round, { processes, slots }] of SETUPS.entries()) {
      const indices = Array.from({ length: ARTICLES }, (_, i) => base + round * ARTICLES + i);
      for (const i of indices)
        pages.route(`/news/${i}`, (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(templatePage(templateArticle(i)));
        });
      const children = await Promise.all(Array.from({ length: processes }, () => startWorkerProcess(databaseUrl, slots)));
      const workersCpu = async () => {
        const each = await Promise.all(children.map((child) => cpuSeconds(child.pid)));
        return each.includes(null) ? null : (each as number[]).reduce((sum, s) => sum + s, 0);
      };
      try {
        const cpuBefore = await workersCpu();
        const started = performance.now();
        // Ids chosen here: insert() returns none to count on.
        const jobs = indices.map((i) => ({ id: randomUUID(), data: { url: `${pages.origin}/news/${i}` } }));
        const ids = jobs.map((j) => j.id);
        await queue.insert(QUEUES.ingestUrl, jobs);
        const stop = { done: false };
        const busyLoad = windowLoad(api.url, stop);
        let state = await unfinished(db, ids);
        while (state.left > 0) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          state = await unfinished(db, ids);
        }
        const seconds = (performance.now() - started) / 1000;
        const cpuAfter = await workersCpu();
        const cpuMs = cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1000) / ARTICLES : null;
        stop.done = true;
        const busy = await busyLoad;
        rows.push({ processes, slots, seconds, rate: ARTICLES / seconds, failed: state.failed, busy, cpuMs });
        log(
          `${processes} process(es) × ${slots} job(s): ${ARTICLES} articles in ${seconds.toFixed(1)} s = ${(ARTICLES / seconds).toFixed(1)} articles/s (${state.failed} failed); workers' CPU ${cpuMs?.toFixed(1) ?? '?'} ms per article; window p99 meanwhile ${busy.p99.toFixed(1)} ms`,
        );
      } finally {
        for (const child of children) child.kill('SIGTERM');
        await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))));
      }
    }
    await writeSection(
      'queue-ingestion',
      `## Ingestion through the job queue

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}.
${ARTICLES} distinct articles (made from a template: other people, places, days and figures each, ~110 words) served as news
pages by a local HTTP server, queued as ingest-url jobs, run by \`npm run worker\` processes that each run one job at
a time, or by one process running four at a time (\`CHRONICLE_WORKERS=4\`): fetch, Readability, extraction, one
transaction. Timed from queueing to the last job finished; worker start-up not included. Meanwhile two clients ask the API (in the benchmark's process) for the 2019 window, back to back.
The workers' CPU per article (user and system time of the worker processes, from /proc) moves little with the load of
other work on the machine, which the rate follows.
Load average when the run began: ${load}.

| worker processes × jobs each | articles/s | seconds for ${ARTICLES} | workers' CPU per article | failed | window query p50 | window query p99 |
|---:|---:|---:|---:|---:|---:|---:|
| none (idle) | | | | | ${idle.p50.toFixed(1)} ms | ${idle.p99.toFixed(1)} ms |
${rows.map((r) => `| ${r.processes} × ${r.slots} | ${r.rate.toFixed(1)} | ${r.seconds.toFixed(1)} | ${r.cpuMs === null ? '' : `${r.cpuMs.toFixed(1)} ms`} | ${r.failed} | ${r.busy.p50.toFixed(1)} ms | ${r.busy.p99.toFixed(1)} ms |`).join('\n')}
`,
    );
  } finally {
    await api.close();
    await queue.stop({ graceful: false });
    await pages.close();
    await db.$disconnect();
  }
}
