// npm run bench -- subscriptions: 1,000 graphql-ws clients subscribed to one
// timeline on instance A (800 readers, 200 editors), an editor changes one
// event through instance B, and each client notes when the change reaches
// it. Both instances run as `npm start` runs them, each in its own process;
// the clients share this one. Through PostgreSQL LISTEN/NOTIFY, then Redis
// when one answers on 127.0.0.1:6379.
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '@chronicle/db';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApiToken } from '../src/auth/api-tokens.ts';
import { startChronicle } from './load.bench.ts';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';

const CLIENTS = 1_000;
const EDITORS = 200;
const ROUNDS = 20;
const SUBSCRIPTION = 'subscription Bench { eventChanged(timeline: "bench-live") { change event { id title date { display } } } }';
const UPDATE = 'mutation BenchTitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }';

interface Round {
  mutationMs: number;
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  lastMs: number;
  missing: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 6379 }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function fixtures(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    const timeline = await db.timeline.upsert({ where: { slug: 'bench-live' }, create: { slug: 'bench-live', title: 'Live bench' }, update: {} });
    const event = await db.event.create({
      data: {
        title: 'Bench event',
        kind: 'OTHER',
        status: 'PUBLISHED',
        precision: 'DAY',
        startsOn: new Date('2020-01-01'),
        endsOn: new Date('2020-01-01'),
        timelines: { create: { timelineId: timeline.id } },
      },
    });
    const token = (await createApiToken(db, 'bench editor')).token;
    return { eventId: Buffer.from(`Event:${event.id}`).toString('base64url'), token };
  } finally {
    await db.$disconnect();
  }
}

async function variant(databaseUrl: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<Round[]> {
  const { eventId, token } = await fixtures(databaseUrl);
  const settings = { ...env, CHRONICLE_WS_CONNECTIONS_PER_CLIENT: String(CLIENTS + 10) };
  const children: ChildProcess[] = [];
  const clients: Client[] = [];
  try {
    const a = await startChronicle(databaseUrl, settings);
    children.push(a.child);
    const b = await startChronicle(databaseUrl, settings);
    children.push(b.child);
    const arrivals = new Map<string, number[]>();
    let subscribed = 0;
    for (let i = 0; i < CLIENTS; i += 1) {
      const client = createClient({
        url: `${a.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: i < EDITORS ? { authorization: `Bearer ${token}` } : {},
      });
      clients.push(client);
      await new Promise<void>((resolve) => {
        client.subscribe<{ eventChanged: { event: { title: string } | null } }>(
          { query: SUBSCRIPTION },
          {
            next: ({ data }) => {
              const title = data?.eventChanged.event?.title;
              if (title) (arrivals.get(title) ?? arrivals.set(title, []).get(title)!).push(performance.now());
            },
            error: (error) => log(`client ${i}: ${JSON.stringify(error)}`),
            complete: () => {},
          },
        );
        const off = client.on('connected', () => {
          off();
          subscribed += 1;
          resolve();
        });
      });
    }
    log(`${subscribed} clients connected to A`);
    // A checks each subscribe message (limits, validation, the timeline) before it listens: wait until all run.
    const running = async () => Number(/chronicle_live\{kind="subscriptions"\} (\d+)/.exec(await (await fetch(`${a.url}/metrics`)).text())?.[1] ?? 0);
    while ((await running()) < CLIENTS) await new Promise((resolve) => setTimeout(resolve, 100));
    log(`${CLIENTS} subscriptions running on A`);
    const rounds: Round[] = [];
    // Round 0 is the instances' first change (code paths not yet warm); it is reported apart.
    for (let round = 0; round <= ROUNDS; round += 1) {
      const title = `Round ${round}`;
      const started = performance.now();
      const response = await fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: UPDATE, variables: { id: eventId, title } }),
      });
      const mutationMs = performance.now() - started;
      if (!response.ok) throw new Error(`the mutation failed: ${await response.text()}`);
      const deadline = performance.now() + 10_000;
      while ((arrivals.get(title)?.length ?? 0) < CLIENTS && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      const times = (arrivals.get(title) ?? []).map((t) => t - started).sort((x, y) => x - y);
      rounds.push({
        mutationMs,
        firstMs: times[0] ?? NaN,
        p50Ms: percentile(times, 50),
        p99Ms: percentile(times, 99),
        lastMs: times.at(-1) ?? NaN,
        missing: CLIENTS - times.length,
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return rounds;
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const child of children) child.kill('SIGTERM');
  }
}

function row(name: string, [cold, ...rounds]: Round[]): string {
  const f = (pick: (r: Round) => number) => median(rounds.map(pick)).toFixed(0);
  const worstLast = Math.max(...rounds.map((r) => r.lastMs)).toFixed(0);
  const missing = [cold!, ...rounds].reduce((sum, r) => sum + r.missing, 0);
  return `| ${name} | ${f((r) => r.mutationMs)} | ${f((r) => r.firstMs)} | ${f((r) => r.p50Ms)} | ${f((r) => r.p99Ms)} | ${f((r) => r.lastMs)} | ${worstLast} | ${cold!.lastMs.toFixed(0)} | ${missing} |`;
}

export async function benchSubscriptions(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const results: string[] = [];
  log('PostgreSQL LISTEN/NOTIFY');
  const pg = await variant(databaseUrl, { REDIS_URL: '' }, log);
  results.push(row('PostgreSQL LISTEN/NOTIFY', pg));
  log(results.at(-1)!);
  if (await redisAnswers()) {
    log('Redis pub/sub');
    const redis = await variant(databaseUrl, { REDIS_URL: 'redis://127.0.0.1:6379' }, log);
    results.push(row('Redis pub/sub', redis));
    log(results.at(-1)!);
  }
  await writeSection(
    'subscriptions',
    `
## Live updates: one change fanned out to 1,000 subscribers

${CLIENTS} graphql-ws clients (${CLIENTS - EDITORS} readers, ${EDITORS} editors) subscribe to one timeline on instance A; an
editor renames one published event through instance B (\`updateEvent\` over HTTP), ${ROUNDS} times. Each instance
runs in its own process as \`npm start\` runs it; the clients share the benchmark's process. Times in ms from
sending the mutation; medians over the rounds, the slowest round's last delivery, and the last delivery of
the instances' very first change (code paths not yet warm, not counted in the rest).

| Bus | mutation answered | first client | p50 client | p99 client | last client | last, worst round | last, first change | missed |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${results.join('\n')}

Machine: ${describeMachine()}, shared with other work. \`npm run bench -- subscriptions\`.
`,
  );
}
