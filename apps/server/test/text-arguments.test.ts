// Text arguments a probe sent: NUL characters, and LIKE's own wildcards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const cursorOf = (parts: string[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

describe('text arguments', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const withNul: [string, string, Record<string, unknown>][] = [
    ['sources(search:)', 'query Q($s: String) { sources(search: $s) { totalCount } }', { s: 'a\u0000b' }],
    ['actors(search:)', 'query Q($s: String) { actors(search: $s) { totalCount } }', { s: 'a\u0000b' }],
    ['events(filter: { search })', 'query Q($s: String) { events(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' }],
    ['events(filter: { timeline })', 'query Q($s: String) { events(filter: { timeline: $s }) { totalCount } }', { s: 'a\u0000b' }],
    ['timeline(slug:)', 'query Q($s: String!) { timeline(slug: $s) { slug } }', { s: 'a\u0000b' }],
    ['a literal in the document', '{ timeline(slug: "a\\u0000b") { slug } }', {}],
    ['an actors cursor', 'query Q($s: String) { actors(after: $s) { totalCount } }', { s: cursorOf(['a\u0000', '00000000-0000-4000-8000-000000000000']) }],
  ];

  it.each(withNul)('a NUL character in %s is the client’s mistake, and logs nothing', async (_, query, variables) => {
    api.logs.length = 0;
    const { body } = await api.request(query, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/NUL character|not a cursor this API gave out/);
    // The access line only: no error, no stack.
    expect(api.logs.filter((line) => line.level >= 40)).toEqual([]);
    expect(api.logs.length).toBeLessThanOrEqual(1);
  });

  it('sources(search:) takes % and _ as themselves, not as wildcards', async () => {
    const count = async (search: string) => {
      const { body } = await api.request<{ sources: { totalCount: number; nodes: { title: string | null }[] } }, { s: string }>(
        'query Q($s: String) { sources(search: $s) { totalCount nodes { title } } }',
        { s: search },
      );
      expect(body.errors).toBeUndefined();
      return body.data!.sources;
    };
    const all = await count('');
    expect(all.totalCount).toBeGreaterThan(2);
    // No seeded title or publisher holds either character: each matched everything before.
    expect((await count('%')).totalCount).toBe(0);
    expect((await count('_')).totalCount).toBe(0);
    // A real substring still matches.
    const word = all.nodes
      .map((n) => n.title ?? '')
      .find((t) => t.length > 6)!
      .slice(1, 6);
    expect((await count(word)).totalCount).toBeGreaterThan(0);
  });
});
