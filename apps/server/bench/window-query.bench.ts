// The window query through the whole HTTP stack (express, Apollo, resolvers,
// DataLoaders, Prisma) against a baseline that sends the same SQL through pg.
import { isDeepStrictEqual } from 'node:util';
import { startServer } from '../src/app.ts';
import { startBaselineServer } from './baseline-server.ts';
import { runLoad, type LoadResult } from './load.ts';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';
import { SYNTHETIC } from './synthetic-data.ts';

const QUERY = `query Window($from: Date!, $to: Date!, $first: Int!) {
  events(filter: { from: $from, to: $to }, first: $first) {
    edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const REQUESTS = 1_000;
const CONCURRENCY = 8;
const POOL_SIZE = 10;

/** Windows of three months spread over the data set's 25 years. */
function windowFor(i: number) {
  const year = 2000 + (i * 7) % 24;
  const month = 1 + (i * 5) % 10;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month + 2)}-28`, first: 50 };
}

async function post(url: string, variables: object): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

const fmt = (r: LoadResult) => `${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;

export async function benchWindowQuery(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const api = await startServer({ databaseUrl, port: 0, production: true });
  const baseline = await startBaselineServer(databaseUrl, POOL_SIZE);
  try {
    const apiUrl = `${api.url}/graphql`;
    for (const i of [0, 1, 2]) {
      const [a, b] = await Promise.all([post(apiUrl, windowFor(i)), post(baseline.url, windowFor(i))]);
      if (!isDeepStrictEqual(a, b)) throw new Error(`the API and the baseline disagree on window ${JSON.stringify(windowFor(i))}`);
    }
    log('API and baseline return the same JSON; warming up');
    await runLoad((i) => post(apiUrl, windowFor(i)).then(() => {}), { requests: 300, concurrency: CONCURRENCY });
    await runLoad((i) => post(baseline.url, windowFor(i)).then(() => {}), { requests: 300, concurrency: CONCURRENCY });
    const apiResult = await runLoad((i) => post(apiUrl, windowFor(i)).then(() => {}), { requests: REQUESTS, concurrency: CONCURRENCY });
    const baseResult = await runLoad((i) => post(baseline.url, windowFor(i)).then(() => {}), { requests: REQUESTS, concurrency: CONCURRENCY });
    const ratio = apiResult.requestsPerSecond / baseResult.requestsPerSecond;
    log(`API:      ${fmt(apiResult)}`);
    log(`baseline: ${fmt(baseResult)}`);
    log(`API / baseline throughput: ${ratio.toFixed(2)}`);
    await writeSection(
      'window-query',
      `## Window query: a page of 50 events with actors and citations

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}.
Data: ${SYNTHETIC.events.toLocaleString('en')} synthetic events (DAY, MONTH and YEAR precision over 25 years), ${SYNTHETIC.actors.toLocaleString('en')} actors, ${SYNTHETIC.sources.toLocaleString('en')} sources, ${SYNTHETIC.actorsPerEvent} actors and 1 citation per event.
Load: ${REQUESTS.toLocaleString('en')} requests, ${CONCURRENCY} concurrent clients on loopback, three-month windows rotating over the years; client, servers and PostgreSQL share the machine.

| | requests/s | p50 | p99 |
|---|---:|---:|---:|
| chronicle API (express + Apollo + DataLoader + Prisma) | ${apiResult.requestsPerSecond.toFixed(0)} | ${apiResult.p50.toFixed(1)} ms | ${apiResult.p99.toFixed(1)} ms |
| baseline (same SQL through pg, same JSON) | ${baseResult.requestsPerSecond.toFixed(0)} | ${baseResult.p50.toFixed(1)} ms | ${baseResult.p99.toFixed(1)} ms |

API / baseline throughput: **${ratio.toFixed(2)}**.`,
    );
  } finally {
    await baseline.close();
    await api.close();
  }
}
