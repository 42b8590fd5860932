// Actor search folds names the way the extractor does, for every Latin
// letter with a mark, not just the ones of the sample data set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@chronicle/schema/test-client';
import { startTestApi, type TestApi } from './support/test-api.ts';

const FindActors = graphql(`query FindActors($search: String) { actors(search: $search) { nodes { name } } }`);

describe('actor search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await api.database.db.actor.createMany({
      data: [
        { slug: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', kind: 'PERSON', aliases: ['Erdoğan'] },
        { slug: 'mevlut-cavusoglu', name: 'Mevlüt Çavuşoğlu', kind: 'PERSON' },
        { slug: 'lech-walesa', name: 'Lech Wałęsa', kind: 'PERSON' },
        { slug: 'sean-o-brien', name: 'Seán O’Brien', kind: 'PERSON' },
      ],
    });
  });
  afterAll(() => api.close());

  const namesFor = async (search: string) => (await api.request(FindActors, { search })).body.data!.actors.nodes.map((a) => a.name);

  it('ignores accents and case on both sides, upper-case accented letters included', async () => {
    for (const search of ['erdogan', 'Erdoğan', 'ERDOĞAN', 'Tayyip Erdogan']) expect(await namesFor(search), search).toEqual(['Recep Tayyip Erdoğan']);
    for (const search of ['cavusoglu', 'ÇAVUŞOĞLU', 'Mevlut']) expect(await namesFor(search), search).toEqual(['Mevlüt Çavuşoğlu']);
    // ę carries a mark; ł is a letter of its own, in Unicode as in Polish.
    expect(await namesFor('wałesa')).toEqual(['Lech Wałęsa']);
  });

  it("treats ’ and ' alike", async () => {
    expect(await namesFor("O'Brien")).toEqual(['Seán O’Brien']);
    expect(await namesFor('o’brien')).toEqual(['Seán O’Brien']);
  });

  it('is served by the trigram index once the actor table is large', async () => {
    const { db } = api.database;
    await db.$executeRaw`
      INSERT INTO actor (id, slug, name, kind, status, aliases, updated_at)
      SELECT gen_random_uuid(), 'filler-' || g, 'Filler Person ' || g, 'PERSON', 'CONFIRMED', ARRAY['Filler ' || g], now()
      FROM generate_series(1, 5000) g`;
    await db.$executeRaw`ANALYZE actor`;
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`
      EXPLAIN SELECT a.id FROM actor a WHERE chronicle_actor_names(a.name, a.aliases) LIKE '%erdogan%'`;
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/actor_names_trgm_idx/);
    expect(await namesFor('Erdoğan')).toEqual(['Recep Tayyip Erdoğan']);
  });
});
