// Actors and sources page like events: small pages, followed by their
// endCursor, join up to the whole list in its order, each row once.
import { graphql } from '@chronicle/schema/test-client';
import { describe, expect, it } from 'vitest';
import { useEditorApi } from './support/test-api.ts';

const ActorPage = graphql(`
  query ActorPage($first: Int, $after: String, $search: String) {
    actors(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
  }
`);

const SourcePage = graphql(`
  query SourcePage($first: Int, $after: String, $search: String) {
    sources(first: $first, after: $after, search: $search) { totalCount nodes { id publishedOn } pageInfo { hasNextPage endCursor } }
  }
`);

type Page = { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Every page of `size` from the start, as the ids of each page. */
async function walk(load: (first: number, after: string | null) => Promise<Page>, size: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const page = await load(size, after);
    pages.push(page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

describe('actor and source pages', () => {
  const session = useEditorApi();

  const actors = async (first: number, after: string | null, search?: string) =>
    (await session.api.request(ActorPage, { first, after, ...(search ? { search } : {}) }, { token: session.token })).body.data!.actors;
  const sources = async (first: number, after: string | null, search?: string) =>
    (await session.api.request(SourcePage, { first, after, ...(search ? { search } : {}) }, { token: session.token })).body.data!.sources;

  it('walks the actors seven at a time', async () => {
    const all = await actors(200, null);
    expect(all.nodes.length).toBeGreaterThan(14);
    expect(all.totalCount).toBe(all.nodes.length);
    const pages = await walk((first, after) => actors(first, after), 7);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    expect(pages.flat()).toEqual(all.nodes.map((a) => a.id));
  });

  it('walks the sources newest first, five at a time', async () => {
    const all = await sources(200, null);
    expect(all.nodes.length).toBeGreaterThan(10);
    expect(all.totalCount).toBe(all.nodes.length);
    const days = all.nodes.map((s) => s.publishedOn ?? '');
    expect(days).toEqual([...days].sort().reverse());
    const pages = await walk((first, after) => sources(first, after), 5);
    expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
    expect(pages.flat()).toEqual(all.nodes.map((s) => s.id));
  });

  it('pages within a search, and counts only what it matches', async () => {
    const all = await sources(200, null, 'Sputnik');
    expect(all.nodes.length).toBeGreaterThan(2);
    expect(all.totalCount).toBe(all.nodes.length);
    expect((await walk((first, after) => sources(first, after, 'Sputnik'), 3)).flat()).toEqual(all.nodes.map((s) => s.id));
  });

  it('pages past sources without a publication day, which come last', async () => {
    await session.api.database.db.source.createMany({
      data: ['a', 'b', 'c'].map((n) => ({ title: `Undated wire ${n}`, contentHash: n.repeat(64) })),
    });
    const pages = await walk((first, after) => sources(first, after, 'Undated wire'), 1);
    expect(pages).toHaveLength(3);
    expect(new Set(pages.flat()).size).toBe(3);
    const all = await sources(200, null);
    expect(all.nodes.slice(-3).map((s) => s.publishedOn)).toEqual([null, null, null]);
  });
});
