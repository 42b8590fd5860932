// npm run bench -- load: the README's January query from 100 connections for
// 60 s (autocannon, loopback), then the same with 25 % hostile requests.
// The server runs in a process of its own, as `npm start` runs it, so the
// load generator does not share its event loop and its memory is its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createPrismaClient, loadSeed, readSeedData } from '@chronicle/db';
import { loadBenchEnv } from './env.ts';
import { HOSTILE_BODIES } from './hostile-requests.ts';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 100;
const SECONDS = loadBenchEnv.seconds;
const TIMEOUT_S = 10;
const WARMUP_SECONDS = loadBenchEnv.warmupSeconds;

const JANUARY = JSON.stringify({
  query: `{
  events(filter: { timeline: "venezuela-crisis-2019", from: "2019-01-01", to: "2019-01-31" }) {
    totalCount
    nodes {
      title
      date { display precision start end }
      actors { role actor { name } }
      citations { passage dateExpression source { publisher publishedOn url } }
    }
  }
}`,
});

interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** V8 heap in use (chronicle_nodejs_heap_size_used_bytes from /metrics): what a leak would grow, unlike RSS that V8 and malloc keep once taken. */
  heapBeforeMb: number;
  heapAfterMb: number;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? NaN) / 1024;
}

async function heapUsedMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('chronicle_nodejs_heap_size_used_bytes '));
  return Number(line?.split(' ')[1] ?? NaN) / 1024 / 1024;
}

/** chronicle as `npm start` runs it, in a process of its own; `extraEnv` adds or overrides settings. */
export async function startChronicle(databaseUrl: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    NODE_ENV: 'production',
    CHRONICLE_SEED: 'never',
    // One client address sends everything here: the limits would measure themselves.
    // They stay in the path (counted in PostgreSQL), with room for the load.
    CHRONICLE_RATE_LIMIT_REQUESTS: '100000000/60',
    CHRONICLE_RATE_LIMIT_MUTATIONS: '100000000/60',
    CHRONICLE_RATE_LIMIT_FAILED_AUTH: '100000000/60',
    // As `npm start` logs: one JSON line per request, read and dropped here.
    CHRONICLE_LOG_LEVEL: 'info',
    ...extraEnv,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at (http:\/\/\S+?)\/ /.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`chronicle exited with ${code}:\n${out}`)));
  });
  // Its log keeps flowing; read and dropped so the pipe never fills and blocks it.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  return { url, child };
}

async function run(url: string, pid: number, hostileShare: 0 | 0.25): Promise<Figures> {
  const clean = { method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JANUARY };
  // Every fourth request hostile, the four kinds in turn.
  const requests =
    hostileShare === 0
      ? [clean]
      : HOSTILE_BODIES.flatMap((h) => [
          clean,
          clean,
          clean,
          { method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json', ...h.headers }, body: h.body },
        ]);
  const rssBeforeMb = rssMb(pid);
  const heapBeforeMb = await heapUsedMb(url);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: TIMEOUT_S, requests });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rssBeforeMb,
    rssAfterMb: rssMb(pid),
    heapBeforeMb,
    heapAfterMb: await heapUsedMb(url),
  };
}

export async function benchLoad(serverUrl: string, loadDbUrl: string, log: (line: string) => void): Promise<void> {
  const db = createPrismaClient(loadDbUrl, { poolSize: 2 });
  try {
    if ((await db.timeline.count()) === 0) await loadSeed(db, await readSeedData());
  } finally {
    await db.$disconnect();
  }
  log('sample data set loaded; starting chronicle');
  const { url, child } = await startChronicle(loadDbUrl);
  try {
    // The first seconds at 100 connections grow the heap to its working set
    // (JIT code, V8's young generation, pooled buffers, caches): growth a leak
    // test must not count. Growth is measured from the end of this warm-up.
    const rssIdleMb = rssMb(child.pid!);
    log(`chronicle (pid ${child.pid}) at ${url}; warming up: ${CONNECTIONS} connections × ${WARMUP_SECONDS} s`);
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: WARMUP_SECONDS,
      timeout: TIMEOUT_S,
      requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JANUARY }],
    });
    log(`clean: ${CONNECTIONS} connections × ${SECONDS} s`);
    const clean = await run(url, child.pid!, 0);
    log(JSON.stringify(clean));
    log(`mixed: the same with 25 % hostile requests`);
    const mixed = await run(url, child.pid!, 0.25);
    log(JSON.stringify(mixed));
    const row = (name: string, f: Figures) =>
      `| ${name} | ${f.requests.toLocaleString('en')} | ${f.rps.toFixed(0)} | ${f.p50} ms | ${f.p99} ms | ${f.max} ms | ${f.errors} | ${f.timeouts} | ${f.non2xx.toLocaleString('en')} | ${f.rssBeforeMb.toFixed(0)} → ${f.rssAfterMb.toFixed(0)} MB | ${f.heapBeforeMb.toFixed(0)} → ${f.heapAfterMb.toFixed(0)} MB |`;
    const p99Ratio = mixed.p99 / clean.p99;
    const rssGrowth = (mixed.rssAfterMb - clean.rssBeforeMb) / clean.rssBeforeMb;
    await writeSection(
      'load',
      `## Load: the README's January query, 100 connections, clean and with 25 % hostile requests

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}.
**The machine is shared** with other engineers' builds and tests (2 cores): it was quiet when the run began, but nothing kept it so. Read the figures as an order of magnitude, and compare the two rows with each other rather than with other sections.
\`npm run bench -- load\`: chronicle as \`npm start\` runs it (production mode, its own process, the sample data set, rate limits in the path, counted in PostgreSQL, set high since one address sends everything), autocannon on loopback with ${CONNECTIONS} connections for ${SECONDS} s each, ${TIMEOUT_S} s time-out. Hostile requests, every fourth one in turn: ${HOSTILE_BODIES.map((h) => h.name).join(', ')}; all are refused (4xx), so they count as non-2xx.

| run | requests | req/s | p50 | p99 | max | errors | time-outs | non-2xx | server RSS | V8 heap used |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${row('clean', clean)}
${row('25 % hostile', mixed)}

Mixed p99 / clean p99: **${p99Ratio.toFixed(2)}** (goal ≤ 1.5). RSS growth over both runs, from the end of a ${WARMUP_SECONDS} s warm-up at the same ${CONNECTIONS} connections: **${(rssGrowth * 100).toFixed(0)} %** (goal < 20 %). Idle after start the server held ${rssIdleMb.toFixed(0)} MB; the warm-up takes it to its working set for ${CONNECTIONS} requests in flight (${clean.rssBeforeMb.toFixed(0)} MB), which is not counted as growth.`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
