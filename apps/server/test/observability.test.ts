// Observability (issue 9): JSON log lines that each carry the request's id,
// /metrics in Prometheus' format, and slow operations logged by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const ARTICLE = 'On Tuesday, Quillon Dravesmark said the talks in Lima would resume. The ministry confirmed it on Monday.';

describe('observability', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    // Every operation of this file is "slow" at 0 ms, so each one is logged as such.
    api = await startTestApi({ seed: true, slowOperationMs: 0 });
    token = await api.editorToken();
  });
  afterAll(() => api.close());

  it('every line logged while serving a request carries its id, which the response echoes', async () => {
    api.logs.length = 0;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'probe-42' },
      body: JSON.stringify({
        query: 'query JanuaryEvents { events(filter: { from: "2019-01-01", to: "2019-01-31" }) { totalCount } }',
        operationName: 'JanuaryEvents',
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('probe-42');
    const lines = api.logs.filter((line) => line.requestId === 'probe-42');
    expect(lines.map((l) => l.msg).sort()).toEqual(['request', 'slow GraphQL operation']);
    expect(api.logs.every((line) => line.requestId === 'probe-42')).toBe(true);
    expect(lines.find((l) => l.msg === 'slow GraphQL operation')).toMatchObject({ operation: 'JanuaryEvents', type: 'query', thresholdMs: 0 });
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'JanuaryEvents' });
  });

  it('an id that is not a sane token is replaced by a fresh one', async () => {
    const response = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'a b\u00e9'.repeat(30) } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/metrics counts operations by name, errors by code, ingestions, and the pool', async () => {
    await api.request('query JanuaryEvents { events { totalCount } }');
    await api.request('{ evnts { totalCount } }');
    await api.request(
      'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { text: ARTICLE, publishedOn: '2019-06-25' } },
      { token },
    );
    await api.request(
      'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { text: ARTICLE, publishedOn: '2019-06-25' } },
      { token },
    );
    const response = await fetch(`${api.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^chronicle_graphql_operations_total\{operation="JanuaryEvents",type="query"\} [1-9]/m);
    expect(text).toMatch(/^chronicle_graphql_operation_duration_seconds_count\{operation="JanuaryEvents"\} [1-9]/m);
    expect(text).toMatch(/^chronicle_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(text).toMatch(/^chronicle_ingestions_total\{result="created"\} 1$/m);
    expect(text).toMatch(/^chronicle_ingestions_total\{result="already_ingested"\} 1$/m);
    expect(text).toMatch(/^chronicle_db_pool_connections\{state="max"\} \d+$/m);
    expect(text).toMatch(/^chronicle_db_pool_connections\{state="in_use"\} \d+$/m);
    expect(text).toMatch(/^chronicle_live\{kind="sockets"\} 0$/m);
    expect(text).toMatch(/^chronicle_live\{kind="subscriptions"\} 0$/m);
    expect(text).toMatch(/^chronicle_http_requests_total\{method="POST",status="200"\} [1-9]/m);
    expect(text).toMatch(/^chronicle_process_resident_memory_bytes \d+/m);
  });

  it('operation names chosen by clients cannot grow the registry without bound', async () => {
    for (let i = 0; i < 210; i += 1) await api.request(`query Probe${i} { __typename }`);
    const text = await (await fetch(`${api.url}/metrics`)).text();
    const names = new Set([...text.matchAll(/^chronicle_graphql_operations_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    // 200 names, then "other"; and "anonymous" for operations without one.
    expect(names.size).toBeLessThanOrEqual(202);
    expect(names.has('other')).toBe(true);
  });
});
