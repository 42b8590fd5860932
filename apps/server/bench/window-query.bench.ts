// The window page (50 events with their actors and citations) through the
// whole HTTP stack, against the plain-pg baseline and PostGraphile V5 on the
// same database: each server in its own process, autocannon on loopback,
// rounds interleaved (the order rotates every round) so that a busy moment
// on the shared machine falls on all three alike.
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';
import { rssMb, startBaseline, startChronicle, startPostGraphile, type BenchServer } from './servers.ts';

const CHRONICLE_QUERY = `query Window($from: Date!, $to: Date!, $first: Int!) {
  events(filter: { from: $from, to: $to }, first: $first) {
    edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The same page in PostGraphile's terms; the window is the SQL function the PostGraphile server makes.
const POSTGRAPHILE_QUERY = `query Window($from: Date!, $to: Date!, $first: Int!) {
  eventsInWindow(windowFrom: $from, windowTo: $to, first: $first) {
    nodes { rowId title startsOn endsOn isRange precision
      eventActorsByEventId(orderBy: PRIMARY_KEY_ASC) { nodes { role actorByActorId { name } } }
      citationsByEventId(condition: { status: PUBLISHED }, orderBy: [CREATED_AT_ASC, PASSAGE_START_ASC, PRIMARY_KEY_ASC]) { nodes { passage sourceBySourceId { publisher } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const POOL_SIZE = 10;

export interface WindowBenchOptions {
  seconds: number;
  rounds: number;
  connections: number[];
  /** "100k": how the scenario is named in the output. */
  sizeLabel: string;
}

/** Windows of three months spread over the data set's 25 years. */
function windowFor(i: number) {
  const year = 2000 + ((i * 7) % 24);
  const month = 1 + ((i * 5) % 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month + 2)}-28`, first: 50 };
}

const queryOf = (server: BenchServer) => (server.name === 'postgraphile' ? POSTGRAPHILE_QUERY : CHRONICLE_QUERY);

async function post(server: BenchServer, variables: object): Promise<unknown> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: queryOf(server), variables }),
  });
  if (!response.ok) throw new Error(`${server.name} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** The three agree on the page: the baseline's JSON is chronicle's, and PostGraphile lists the same events in the same order. */
async function checkAgreement(chronicle: BenchServer, baseline: BenchServer, postgraphile: BenchServer): Promise<void> {
  for (const i of [0, 1, 2]) {
    const [a, b, p] = (await Promise.all([post(chronicle, windowFor(i)), post(baseline, windowFor(i)), post(postgraphile, windowFor(i))])) as [
      { data: { events: { edges: { node: { title: string } }[] } } },
      unknown,
      { data: { eventsInWindow: { nodes: { title: string }[] } } },
    ];
    if (!isDeepStrictEqual(a, b)) throw new Error(`chronicle and the baseline disagree on window ${JSON.stringify(windowFor(i))}`);
    const titles = a.data.events.edges.map((e) => e.node.title);
    if (
      !isDeepStrictEqual(
        titles,
        p.data.eventsInWindow.nodes.map((n) => n.title),
      )
    )
      throw new Error(`chronicle and PostGraphile list different events for ${JSON.stringify(windowFor(i))}`);
  }
}

interface Round {
  requests: number;
  seconds: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx: number;
  rssMaxMb: number;
}

async function round(server: BenchServer, connections: number, seconds: number): Promise<Round> {
  const requests = Array.from({ length: 24 }, (_, i) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: queryOf(server), variables: windowFor(i) }),
  }));
  let rssMaxMb = rssMb(server.child.pid!);
  const sampler = setInterval(() => (rssMaxMb = Math.max(rssMaxMb, rssMb(server.child.pid!))), 250);
  try {
    const result = await autocannon({ url: server.url, connections, duration: seconds, timeout: 10, requests });
    return {
      requests: result.requests.total,
      seconds: result.duration,
      p99: result.latency.p99,
      p50: result.latency.p50,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      rssMaxMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  rssMaxMb: number;
  errors: number;
}

function summarise(rounds: Round[]): Figures {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return {
    rps: requests / seconds,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rssMaxMb: Math.max(...rounds.map((r) => r.rssMaxMb)),
    errors: rounds.reduce((n, r) => n + r.errors + r.non2xx, 0),
  };
}

export async function benchWindowQuery(databaseUrl: string, log: (line: string) => void, options: WindowBenchOptions): Promise<void> {
  const servers = [await startChronicle(databaseUrl, POOL_SIZE), await startBaseline(databaseUrl, POOL_SIZE), await startPostGraphile(databaseUrl, POOL_SIZE)];
  const [chronicle, baseline, postgraphile] = servers as [BenchServer, BenchServer, BenchServer];
  try {
    await checkAgreement(chronicle, baseline, postgraphile);
    log('chronicle, the baseline and PostGraphile agree on the pages; warming up');
    for (const server of servers) await round(server, 8, 3);
    const lines: string[] = [];
    const rows: string[] = [];
    for (const connections of options.connections) {
      const results = new Map<string, Round[]>(servers.map((s) => [s.name, []]));
      for (let r = 0; r < options.rounds; r += 1) {
        for (let k = 0; k < servers.length; k += 1) {
          const server = servers[(r + k) % servers.length]!;
          results.get(server.name)!.push(await round(server, connections, options.seconds));
        }
      }
      const [c, b, p] = ['chronicle', 'baseline', 'postgraphile'].map((name) => summarise(results.get(name)!)) as [Figures, Figures, Figures];
      const line = `window ${options.sizeLabel} c${connections}: api/baseline ${(c.rps / b.rps).toFixed(2)}, api/postgraphile ${(c.rps / p.rps).toFixed(2)}`;
      console.log(line);
      lines.push(line);
      for (const [name, f] of [
        ['chronicle', c],
        ['plain-pg baseline', b],
        ['PostGraphile V5 (amber)', p],
      ] as const) {
        rows.push(
          `| ${connections} | ${name} | ${f.rps.toFixed(0)} | ${f.p50.toFixed(0)} ms | ${f.p99.toFixed(0)} ms | ${f.rssMaxMb.toFixed(0)} MB | ${f.errors} |`,
        );
      }
      log(JSON.stringify({ connections, chronicle: c, baseline: b, postgraphile: p }));
    }
    await writeSection(
      'window-query',
      `## Window query: a page of 50 events with actors and citations, against the baseline and PostGraphile

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}. **The machine is shared** (2 cores, other engineers' builds and tests): rounds are interleaved, so compare the ratios, measured side by side, rather than the absolute figures.
Data: ${options.sizeLabel} synthetic events (DAY, MONTH and YEAR precision over 25 years), 3 actors and 1 citation each. Each server in its own process with a pool of ${POOL_SIZE}: chronicle as \`npm start\` runs it (production, rate limits and request log in the path); the plain-pg baseline (the five statements the API sent before issue 15, shaped into the same JSON with no GraphQL); PostGraphile V5 (amber preset, production settings, the window as an inlinable SQL function in the shape of chronicle's own window SQL: events starting in the window read in order from the (status, starts_on, id) index, merged with those running on into it from the span's GiST index; see bench/postgraphile-server.ts). autocannon on loopback, three-month windows rotating over the years, ${options.rounds} rounds of ${options.seconds} s per server and concurrency, the order rotating each round. p50 and p99 are the median of the rounds'; RSS is the most seen during the server's rounds.

${lines.map((l) => `    ${l}`).join('\n')}

| connections | server | req/s | p50 | p99 | RSS (max) | errors |
|---:|---|---:|---:|---:|---:|---:|
${rows.join('\n')}`,
    );
  } finally {
    for (const server of servers) await server.stop();
  }
}
