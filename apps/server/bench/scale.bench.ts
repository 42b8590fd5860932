// npm run bench -- scale --events 1m: every query the web app's timeline
// sends, through chronicle over HTTP (its own process, as `npm start` runs
// it), one at a time, with the p95 of each; beside them, the naive
// `GROUP BY month` a histogram must never be slower than.
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import pg from 'pg';
import { histogramStatement } from '@chronicle/db';
import {
  EventDetailDocument,
  EventListDocument,
  ExplorerTimelineDocument,
  PublisherFilterDocument,
  TimelineCountDocument,
  TimelineDensityDocument,
  TimelineEventsDocument,
} from '@chronicle/schema/client/graphql';
import { percentile } from './frame-stats.ts';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';
import { startChronicle, type BenchServer } from './servers.ts';
import { ensureSyntheticTimeline, SYNTHETIC_TIMELINE } from './synthetic-data.ts';

const SAMPLES = 30;
const GOAL_MS = 300;

interface Measured {
  name: string;
  p50: number;
  p95: number;
}

/** Runs `send(i)` a few times to warm up, then SAMPLES times one after another. */
async function measure(name: string, send: (i: number) => Promise<void>): Promise<Measured> {
  for (let i = 0; i < 3; i += 1) await send(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const t0 = performance.now();
    await send(i + 3);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, p50: percentile(times, 50), p95: percentile(times, 95) };
}

const KEYSET_SAMPLES = 100;

/** Two requests measured in turns, after a warm-up of each. */
async function measureAlternating(...pair: [string, () => Promise<void>][]): Promise<Measured[]> {
  const times = pair.map(() => [] as number[]);
  for (let i = 0; i < 3; i += 1) for (const [, send] of pair) await send();
  for (let i = 0; i < KEYSET_SAMPLES; i += 1) {
    for (const [k, [, send]] of pair.entries()) {
      const t0 = performance.now();
      await send();
      times[k]!.push(performance.now() - t0);
    }
  }
  return pair.map(([name], k) => {
    const sorted = times[k]!.sort((a, b) => a - b);
    return { name, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  });
}

async function graphqlPost(server: BenchServer, query: string, variables: object): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors)}`);
  return body;
}

/** A window of `days` days starting somewhere different for each i, inside 2000–2024. */
function windowOf(days: number, i: number): { from: string; to: string } {
  const span = 9131 - days;
  const start = new Date(Date.UTC(2000, 0, 1) + (span > 0 ? (i * 7919) % span : 0) * 86_400_000);
  const end = new Date(start.getTime() + (days - 1) * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

export async function benchScale(databaseUrl: string, log: (line: string) => void, sizeLabel: string): Promise<void> {
  // The web app always names its timeline; its page queries are measured on one holding every event.
  await ensureSyntheticTimeline(databaseUrl, log);
  const chronicle = await startChronicle(databaseUrl, 10);
  const timelineEvents = print(TimelineEventsDocument);
  const timelineDensity = print(TimelineDensityDocument);
  const results: Measured[] = [];
  const run = async (name: string, send: (i: number) => Promise<void>) => {
    const measured = await measure(name, send);
    results.push(measured);
    log(`${name}: p50 ${measured.p50.toFixed(0)} ms, p95 ${measured.p95.toFixed(0)} ms`);
  };
  try {
    for (const [label, days] of [
      ['a week', 7],
      ['three months', 91],
      ['two years', 731],
      ['25 years', 9131],
    ] as const) {
      await run(`window page of 200, ${label}`, (i) => graphqlPost(chronicle, timelineEvents, { filter: windowOf(days, i), first: 200 }).then(() => {}));
    }
    for (const [label, days] of [
      ['1 year', 366],
      ['25 years', 9131],
    ] as const) {
      for (const buckets of [50, 500]) {
        await run(`histogram, ${label}, ${buckets} buckets`, (i) =>
          graphqlPost(chronicle, timelineDensity, { filter: windowOf(days, i), buckets }).then(() => {}),
        );
      }
    }
    // The rest of what the timeline page sends, as it sends them (the timeline named, windows from the URL).
    const timeline = SYNTHETIC_TIMELINE;
    await run('timeline header and extent (ExplorerTimeline)', () =>
      graphqlPost(chronicle, print(ExplorerTimelineDocument), { slug: timeline }).then(() => {}),
    );
    for (const [label, days] of [
      ['three months', 91],
      ['25 years', 9131],
    ] as const) {
      await run(`window count (TimelineCount), ${label}`, (i) =>
        graphqlPost(chronicle, print(TimelineCountDocument), { filter: { timeline, ...windowOf(days, i) } }).then(() => {}),
      );
    }
    await run('window page of 200 on the timeline, three months', (i) =>
      graphqlPost(chronicle, timelineEvents, { filter: { timeline, ...windowOf(91, i) }, first: 200 }).then(() => {}),
    );
    await run('histogram on the timeline, 25 years, 500 buckets', (i) =>
      graphqlPost(chronicle, timelineDensity, { filter: { timeline, ...windowOf(9131, i) }, buckets: 500 }).then(() => {}),
    );
    await run('list view, first 50 of the whole timeline (EventList)', () =>
      graphqlPost(chronicle, print(EventListDocument), { filter: { timeline }, first: 50 }).then(() => {}),
    );
    const listed = await graphqlPost(chronicle, print(EventListDocument), { filter: { timeline, ...windowOf(91, 0) }, first: 50 });
    const eventIds = (listed.data!.events as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    await run('event detail (EventDetail)', (i) => graphqlPost(chronicle, print(EventDetailDocument), { id: eventIds[i % eventIds.length] }).then(() => {}));
    await run('Sources filter, publishers of the timeline (PublisherFilter)', () =>
      graphqlPost(chronicle, print(PublisherFilterDocument), { timeline }).then(() => {}),
    );
    // Keyset pages: page 1 and page 1,000 (of 50) of a walk through the 25 years.
    const walk = `query Walk($first: Int!, $after: String) { events(filter: { from: "2000-01-01", to: "2024-12-31" }, first: $first, after: $after) { nodes { id title } pageInfo { endCursor } } }`;
    let after: string | null = null;
    for (let page = 0; page < 250; page += 1) {
      const body = await graphqlPost(chronicle, walk, { first: 200, after });
      after = (body.data!.events as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    }
    const pageQuery = `query Page($after: String) { events(filter: { from: "2000-01-01", to: "2024-12-31" }, first: 50, after: $after) { nodes { id title date { display } actors { role actor { name } } citations { id source { publisher } } } } }`;
    // The two pages alternate, KEYSET_SAMPLES each, so a busy moment on the shared machine falls on both alike.
    const keysetPages = await measureAlternating(
      ['keyset page 1 of the walk, same shape', () => graphqlPost(chronicle, pageQuery, { after: null }).then(() => {})],
      ['keyset page 1,000 of the walk, same shape', () => graphqlPost(chronicle, pageQuery, { after }).then(() => {})],
    );
    for (const measured of keysetPages) {
      results.push(measured);
      log(`${measured.name}: p50 ${measured.p50.toFixed(0)} ms, p95 ${measured.p95.toFixed(0)} ms`);
    }
    // What a histogram must never be slower than: counting by month, straight in SQL.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await run('naive GROUP BY month, 25 years (SQL, no HTTP)', () =>
        client.query(`SELECT date_trunc('month', starts_on) AS month, count(*) FROM event WHERE status = 'PUBLISHED' GROUP BY 1`).then(() => {}),
      );
      await run('naive GROUP BY month, 1 year (SQL, no HTTP)', (i) =>
        client
          .query(`SELECT date_trunc('month', starts_on) AS month, count(*) FROM event WHERE status = 'PUBLISHED' AND starts_on BETWEEN $1 AND $2 GROUP BY 1`, [
            windowOf(366, i).from,
            windowOf(366, i).to,
          ])
          .then(() => {}),
      );
      // chronicle's own histogram statement, without HTTP and GraphQL: the like-for-like figure beside the naive one,
      // in a session set as the API sets its own (app.ts: no parallel workers, no JIT).
      await client.query('SET max_parallel_workers_per_gather = 0; SET jit = off');
      for (const buckets of [50, 500]) {
        await run(`chronicle's histogram statement, 1 year, ${buckets} buckets (SQL, no HTTP)`, (i) => {
          const window = windowOf(366, i);
          const statement = histogramStatement({ statuses: ['PUBLISHED'], from: new Date(window.from), to: new Date(window.to) }, buckets);
          const values = statement.values.map((value) => (value instanceof Date ? value.toISOString() : value));
          return client.query(statement.text, values).then(() => {});
        });
      }
    } finally {
      await client.end();
    }
  } finally {
    await chronicle.stop();
  }
  const first = results.find((r) => r.name === 'keyset page 1 of the walk, same shape')!;
  const thousandth = results.find((r) => r.name === 'keyset page 1,000 of the walk, same shape')!;
  const rows = results.map(
    (r) => `| ${r.name} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${r.name.endsWith('(SQL, no HTTP)') ? '' : r.p95 <= GOAL_MS ? 'yes' : '**no**'} |`,
  );
  for (const r of results) console.log(`scale ${sizeLabel} ${r.name}: p95 ${r.p95.toFixed(0)} ms`);
  console.log(`scale ${sizeLabel} keyset page 1,000 / page 1 (p95): ${(thousandth.p95 / first.p95).toFixed(2)}`);
  await writeSection(
    `scale-${sizeLabel}`,
    `## The timeline's queries at ${sizeLabel} events

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}. **The machine is shared** (2 cores, other engineers' builds and tests ran meanwhile).
\`npm run bench -- scale --events ${sizeLabel.toLowerCase()}\`: chronicle in its own process as \`npm start\` runs it, the web app's own documents (TimelineEvents, TimelineDensity, TimelineCount, ExplorerTimeline, EventList, EventDetail, PublisherFilter; the rows that name a timeline use \`${SYNTHETIC_TIMELINE}\`, which holds every event), ${SAMPLES} requests each one after another (after 3 to warm up), windows moving over the 25 years; the two keyset pages ${KEYSET_SAMPLES} each, in turns. Goal: p95 ≤ ${GOAL_MS} ms.

| query | p50 | p95 | ≤ ${GOAL_MS} ms |
|---|---:|---:|---|
${rows.join('\n')}

Keyset page 1,000 / page 1 (p95): **${(thousandth.p95 / first.p95).toFixed(2)}** (goal ≤ 1.2).`,
  );
}
