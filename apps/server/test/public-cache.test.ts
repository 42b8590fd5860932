// Readers' GET queries may be kept by a browser or a CDN (Cache-Control,
// ETag, 304); editors' answers, mutations, POSTs and errors are not.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const WINDOW = '{ events(filter: { from: "2019-01-01", to: "2019-01-31" }, first: 5) { totalCount nodes { title } } }';
// A GET from a browser must show it is not a simple cross-site request (Apollo's CSRF prevention).
const PREFLIGHTED = { 'apollo-require-preflight': 'true' };

describe('HTTP caching of public reads', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: true });
  });
  afterAll(() => api.close());

  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql?${new URLSearchParams(params).toString()}`, { headers: { ...PREFLIGHTED, ...headers } });

  it("lets a reader's GET be kept for a minute and answers a revalidation with 304", async () => {
    const first = await get({ query: WINDOW });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')?.toLowerCase()).toContain('authorization');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates a stale copy (fetch would add "no-cache" to a conditional request, which forbids the 304).
    const again = await get({ query: WINDOW }, { 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves a persisted query hash over GET, cacheable, once the query is known', async () => {
    const sha256Hash = createHash('sha256').update(WINDOW).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = await get({ extensions });
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).not.toMatch(/public/);
    expect((await get({ query: WINDOW, extensions })).status).toBe(200);
    const byHash = await get({ extensions });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as { data: { events: { nodes: unknown[] } } }).data.events.nodes).toHaveLength(5);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it("never lets an editor's answer be stored", async () => {
    const token = await api.editorToken();
    const response = await get({ query: WINDOW }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('does not mark POSTs or errors as public', async () => {
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: WINDOW }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control') ?? '').not.toMatch(/public/);
    const bad = await get({ query: '{ events(first: 9999) { totalCount } }' });
    expect(bad.headers.get('cache-control') ?? '').not.toMatch(/public/);
  });
});
