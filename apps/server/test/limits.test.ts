// Every limit is hit at n (served) and n+1 (refused before any resolver runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@chronicle/schema/test-client';
import { startServer } from '../src/app.ts';
import { LIMITS } from '../src/graphql/limits.ts';
import { MAX_ARTICLE_CHARACTERS } from '../src/ingest/article-input.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

/** A query whose deepest path has exactly `depth` fields: event → citations → event → … → id. */
function queryOfDepth(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level -= 1) inner = `${level % 2 === 0 ? 'citations' : 'event'} { ${inner} }`;
  return `query Deep($id: ID!) { event(id: $id) { ${inner} } }`;
}

function queryWithAliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewer { isEditor }`).join(' ')} }`;
}

/**
 * `{ events(filter: { kinds: [OTHER …] }) { totalCount } }` counts as 16
 * tokens besides the list items, the way graphql-js's parser counts them
 * (measured: 1,984 items make 2,000 tokens).
 */
function queryWithTokens(tokens: number): string {
  return `{ events(filter: { kinds: [${Array.from({ length: tokens - 16 }, () => 'OTHER').join(' ')}] }) { totalCount } }`;
}

/** Each copy aliased: the same field 11 times at one place is refused by another limit first. */
function queryWithDirectives(count: number): string {
  return `{ viewer { ${Array.from({ length: count }, (_, i) => `d${i}: isEditor @include(if: true)`).join(' ')} } }`;
}

/**
 * Cost counts the objects an operation may return (query-cost.ts): the
 * actors page is 1 + 200 × (actor 1 + its events connection 1 + m events),
 * the events page 1 + k. m = 122 and k = 198 make exactly 25,000. Both page
 * sizes are variables, which graphql-armor's validation-time cost never saw.
 */
const COST_QUERY = `query Cost($m: Int!, $k: Int!) {
  actors(first: 200) { nodes { events(first: $m) { nodes { id } } } }
  events(first: $k) { nodes { id } }
}`;

/**
 * A document naming exactly `count` fields once its fragments are expanded,
 * served at LIMITS.maxSelections: 15 aliased empty pages (1 field each), 19
 * fields per spread of Page, spread at most 10 times per page, and the rest
 * as top-level __typename (at most 10).
 */
function queryWithSelections(count: number): string {
  const aliases = 15;
  const perSpread = 19;
  const spreads = Math.floor((count - aliases) / perSpread);
  const typenames = count - aliases - spreads * perSpread;
  if (spreads > aliases * LIMITS.maxFieldRepeats || typenames > LIMITS.maxFieldRepeats) throw new Error(`cannot build ${count}`);
  const pages = Array.from({ length: aliases }, (_, i) => {
    const here = Math.floor(spreads / aliases) + (i < spreads % aliases ? 1 : 0);
    return `p${i}: events(first: 0) { ${Array.from({ length: here }, () => '...Page').join(' ')} }`;
  });
  return `{ ${Array.from({ length: typenames }, () => '__typename').join(' ')} ${pages.join(' ')} }
fragment Page on EventConnection { totalCount nodes { __typename id title summary kind status place country needsReview createdAt
  date { __typename start end precision isRange display } } }`;
}

/** `query { ...F0 } fragment F0 on Query { ...F1 ...F1 } …`: 2^n copies of the leaf in a few hundred bytes. */
function fragmentFanOut(n: number, leaf: string): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['query { ...F0 }', ...fragments, `fragment F${n} on Query { ${leaf} }`].join('\n');
}

const FirstEvent = graphql(`query FirstEvent { events(first: 1) { nodes { id } } }`);

function codeOf(body: { errors?: readonly { message: string; extensions?: { code?: unknown } }[] }): unknown {
  return body.errors?.[0]?.extensions?.code;
}

describe('query limits', () => {
  let api: TestApi;
  let eventId: string;
  let statements = 0;
  beforeAll(async () => {
    api = await startTestApi({ onQuery: () => (statements += 1) });
    const { body } = await api.request(FirstEvent, {});
    eventId = body.data!.events.nodes[0]!.id;
  });
  afterAll(() => api.close());

  it(`depth: ${LIMITS.maxDepth} served, ${LIMITS.maxDepth + 1} refused`, async () => {
    const atLimit = await api.request(queryOfDepth(LIMITS.maxDepth), { id: eventId });
    expect(atLimit.body.errors).toBeUndefined();
    const over = await api.request(queryOfDepth(LIMITS.maxDepth + 1), { id: eventId });
    expect(over.body.errors?.[0]?.message).toMatch(/depth/i);
    expect(over.body.data).toBeUndefined();
  });

  it(`aliases: ${LIMITS.maxAliases} served, ${LIMITS.maxAliases + 1} refused`, async () => {
    expect((await api.request(queryWithAliases(LIMITS.maxAliases))).body.errors).toBeUndefined();
    const over = await api.request(queryWithAliases(LIMITS.maxAliases + 1));
    expect(over.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it(`tokens: ${LIMITS.maxTokens} served, ${LIMITS.maxTokens + 1} refused`, async () => {
    expect((await api.request(queryWithTokens(LIMITS.maxTokens))).body.errors).toBeUndefined();
    const over = await api.request(queryWithTokens(LIMITS.maxTokens + 1));
    expect(over.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it(`directives: ${LIMITS.maxDirectives} served, ${LIMITS.maxDirectives + 1} refused`, async () => {
    expect((await api.request(queryWithDirectives(LIMITS.maxDirectives))).body.errors).toBeUndefined();
    const over = await api.request(queryWithDirectives(LIMITS.maxDirectives + 1));
    expect(over.body.errors?.[0]?.message).toMatch(/directive/i);
  });

  it(`selections once fragments are expanded: ${LIMITS.maxSelections} served, ${LIMITS.maxSelections + 1} refused before validation`, async () => {
    const atLimit = await api.request(queryWithSelections(LIMITS.maxSelections));
    expect(atLimit.body.errors).toBeUndefined();
    const over = await api.request(queryWithSelections(LIMITS.maxSelections + 1));
    expect(over.status).toBe(400);
    expect(codeOf(over.body)).toBe('COST_LIMIT_EXCEEDED');
    expect(over.body.errors?.[0]?.message).toMatch(new RegExp(`more than ${LIMITS.maxSelections} fields`));
  });

  it('fragments spread twice in each of 30 fragments (2^30 fields in 1 KB) are refused at once', async () => {
    // Served before as one __typename after seconds of estimating; 30 ran for minutes with the server frozen.
    for (const query of [fragmentFanOut(20, '__typename'), fragmentFanOut(30, '__typename'), fragmentFanOut(30, 'events { totalCount }')]) {
      expect(Buffer.byteLength(query)).toBeLessThan(2_000);
      statements = 0;
      const refused = await api.request(query);
      expect(refused.status).toBe(400);
      expect(codeOf(refused.body)).toBe('COST_LIMIT_EXCEEDED');
      expect(refused.body.data).toBeUndefined();
      expect(statements).toBe(0);
    }
    // The server was never blocked: it answers at once.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it(`one field at one place: ${LIMITS.maxFieldRepeats} copies served, ${LIMITS.maxFieldRepeats + 1} refused before validation compares every pair`, async () => {
    const copies = (n: number) => `{ ${Array.from({ length: n }, () => 'events { totalCount }').join(' ')} }`;
    expect((await api.request(copies(LIMITS.maxFieldRepeats))).body.errors).toBeUndefined();
    const over = await api.request(copies(LIMITS.maxFieldRepeats + 1));
    expect(over.status).toBe(400);
    expect(codeOf(over.body)).toBe('COST_LIMIT_EXCEEDED');
    expect(over.body.errors?.[0]?.message).toBe(
      `"events" is selected ${LIMITS.maxFieldRepeats + 1} times at one place; the limit is ${LIMITS.maxFieldRepeats}. Name each field once.`,
    );
    // Through fragments the copies count the same: each spread of Copy adds one.
    const spreads = (n: number) => `{ events { ${Array.from({ length: n }, () => '...Copy').join(' ')} } } fragment Copy on EventConnection { totalCount }`;
    expect((await api.request(spreads(LIMITS.maxFieldRepeats))).body.errors).toBeUndefined();
    expect(codeOf((await api.request(spreads(LIMITS.maxFieldRepeats + 1))).body)).toBe('COST_LIMIT_EXCEEDED');
    // The probe's shape: 480 copies in under 2,000 tokens, 0.3 s of validation before.
    expect(codeOf((await api.request(copies(480))).body)).toBe('COST_LIMIT_EXCEEDED');
  });

  it(`cost: ${LIMITS.maxCost} served, ${LIMITS.maxCost + 1} refused before any SQL runs`, async () => {
    const atLimit = await api.request(COST_QUERY, { m: 122, k: 198 });
    expect(atLimit.body.errors).toBeUndefined();

    statements = 0;
    const over = await api.request(COST_QUERY, { m: 122, k: 199 });
    expect(over.status).toBe(400);
    expect(codeOf(over.body)).toBe('COST_LIMIT_EXCEEDED');
    expect(over.body.errors?.[0]?.message).toMatch(/costs 25001 .*the limit is 25000/);
    expect(over.body.data).toBeUndefined();
    expect(statements).toBe(0);
  });

  it('cost: a nested connection is multiplied out, whether its page size is a literal, a variable or a default', async () => {
    const nested = (inner: string) => `{ events(first: 200) { nodes { actors { actor { ${inner} { nodes { id } } } } } } }`;
    const variants = [nested('events(first: 200)'), nested('events'), `query Nested($n: Int = 200) ${nested('events(first: $n)')}`];
    for (const query of variants) {
      const refused = await api.request(query);
      expect(codeOf(refused.body), query).toBe('COST_LIMIT_EXCEEDED');
    }
    const small = await api.request(nested('events(first: 5)'));
    expect(small.body.errors).toBeUndefined();
  });

  it(`request bodies: ${LIMITS.maxBodyBytes} bytes served, one more gets 413 with a JSON error`, async () => {
    const bodyOfSize = (bytes: number) => {
      const empty = JSON.stringify({ query: '{ viewer { isEditor } }', variables: { padding: '' } });
      return JSON.stringify({ query: '{ viewer { isEditor } }', variables: { padding: 'x'.repeat(bytes - empty.length) } });
    };
    const send = (body: string) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const atLimit = bodyOfSize(LIMITS.maxBodyBytes);
    expect(Buffer.byteLength(atLimit)).toBe(LIMITS.maxBodyBytes);
    expect((await send(atLimit)).status).toBe(200);
    const over = await send(bodyOfSize(LIMITS.maxBodyBytes + 1));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/larger than/) }] });
  });

  it('the longest article the API accepts fits in a body even with every character escaped', async () => {
    const article = 'Ж'.repeat(MAX_ARTICLE_CHARACTERS);
    const escaped = JSON.stringify({
      query: 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      variables: { input: { text: article, publishedOn: '2019-06-25' } },
    }).replace(/Ж/g, '\\u0416');
    expect(Buffer.byteLength(escaped)).toBeGreaterThan(6 * MAX_ARTICLE_CHARACTERS);
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: escaped });
    // Past the body parser: the mutation itself answers, asking for an editor's token.
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('batched requests are refused', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { isEditor } }' }, { query: '{ viewer { isEditor } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('CSRF prevention: a simple cross-site GET without a preflight header is refused', async () => {
    const refused = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ viewer { isEditor } }')}`);
    expect(refused.status).toBe(400);
    const allowed = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ viewer { isEditor } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });
});

describe('errors', () => {
  it('suggest field names in development but not in production', async () => {
    const dev = await startTestApi({ seed: false });
    const prod = await startTestApi({ seed: false, production: true });
    try {
      const devError = await dev.request('{ viewer { isEdito } }');
      expect(devError.body.errors?.[0]?.message).toMatch(/Did you mean/);
      const prodError = await prod.request('{ viewer { isEdito } }');
      expect(codeOf(prodError.body)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(prodError.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await dev.close();
      await prod.close();
    }
  });

  it('a database failure is logged and masked', async () => {
    const api = await startTestApi({ seed: false });
    try {
      // Pull the database away under the running server.
      await api.database.db.$executeRawUnsafe('ALTER TABLE event RENAME TO event_gone');
      const { body } = await api.request('{ events { totalCount } }');
      expect(codeOf(body)).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors?.[0]?.message).toBe('Internal server error');
      expect(JSON.stringify(body)).not.toMatch(/event_gone|relation|SELECT/i);
      // What the client does not see, the operator does.
      const errors = api.logs.filter((line) => line.level >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.err?.message).toMatch(/event/);
      expect(errors[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await api.close();
    }
  });

  it('/healthz is up and /readyz reports the database', async () => {
    const api = await startTestApi({ seed: false });
    try {
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${api.url}/readyz`)).json()).toEqual({ status: 'ready' });
    } finally {
      await api.close();
    }
    // Nothing listens on port 1: the process is up, the database is not.
    const orphan = await startServer({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/nowhere', port: 0, production: true });
    try {
      expect((await fetch(`${orphan.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${orphan.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      await orphan.close();
    }
  });
});
