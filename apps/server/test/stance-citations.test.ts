// Every article that states a stance is kept as evidence for it: a second
// article adds a citation, the same article again adds nothing. Ingested
// stances and citations are drafts, so these tests look as an editor.
import { readFile } from 'node:fs/promises';
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedActorsOnly } from './support/seed-actors-only.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const seedArticleUrl = new URL('../../../prisma/seed/articles/ryabkov-venezuela-2019-06.txt', import.meta.url);

/** A second article stating that Russia (and China) support Maduro, in its second paragraph. */
const wireArticle = [
  'Opposition calls for new protests',
  "CARACAS, March 1 (Wire) - Venezuela's opposition called for new protests in the capital on Friday.",
  "Russia and China support Maduro's government, officials in Moscow said on Friday, as talks on the crisis went on.",
].join('\n\n');

const IngestForStances = graphql(`
  mutation IngestForStances($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created source { id } }
  }
`);

const StancesWithCitations = graphql(`
  query StancesWithCitations($kind: StanceKind) {
    stances(kind: $kind) {
      id
      actor { name }
      target { name }
      source { id publisher }
      passage
      citations { id status passage passageStart passageEnd source { id publisher publishedOn url text } }
    }
  }
`);

const ActorIdsForMerge = graphql(`query ActorIdsForMerge($search: String!) { actors(search: $search) { nodes { id name } } }`);
const MergeForStances = graphql(`mutation MergeForStances($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name } }`);

describe('stances stated by several articles', () => {
  let api: TestApi;
  let token: string;
  let seedText: string;
  const seedInput = () => ({ text: seedText, publishedOn: '2019-06-25', publisher: 'Fort Russ', url: 'https://fort-russ.com/2019/06/ryabkov/' });
  const wireInput = { text: wireArticle, publishedOn: '2019-03-01', publisher: 'Wire', url: 'https://wire.example/2019/03/01/protests' };
  const ids: { seed?: string; wire?: string } = {};

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    await seedActorsOnly(api.database.db);
    token = await api.editorToken();
    seedText = await readFile(seedArticleUrl, 'utf8');
  });
  afterAll(() => api.close());

  async function russiaForMaduro() {
    const { body } = await api.request(StancesWithCitations, { kind: 'SUPPORTS' }, { token });
    expect(body.errors).toBeUndefined();
    const found = body.data!.stances.filter((s) => s.actor.name === 'Russia' && s.target.name === 'Nicolás Maduro');
    expect(found).toHaveLength(1);
    return found[0]!;
  }

  async function stanceRows() {
    const db = api.database.db;
    return { stances: await db.stance.count(), citations: await db.stanceCitation.count() };
  }

  it('the first article states the stance: one stance, one citation with its passage and offsets', async () => {
    const first = (await api.request(IngestForStances, { input: seedInput() }, { token })).body.data!.ingestArticle;
    expect(first.created).toBe(true);
    ids.seed = first.source.id;
    const stance = await russiaForMaduro();
    expect(stance.citations).toHaveLength(1);
    const [citation] = stance.citations;
    expect(citation!.source).toMatchObject({ id: ids.seed, publisher: 'Fort Russ', publishedOn: '2019-06-25' });
    expect(citation!.passage).toMatch(/Russia, China, Cuba.*support Maduro/);
    expect(citation!.source.text!.slice(citation!.passageStart!, citation!.passageEnd!)).toBe(citation!.passage);
    expect(citation!.status).toBe('DRAFT');
  });

  it('a second article stating it adds itself as a further citation of the same stance', async () => {
    const before = await stanceRows();
    const second = (await api.request(IngestForStances, { input: wireInput }, { token })).body.data!.ingestArticle;
    expect(second.created).toBe(true);
    ids.wire = second.source.id;

    const stance = await russiaForMaduro();
    // Earliest published first: the wire report (March) before the seed article (June).
    expect(stance.citations.map((c) => c.source.id)).toEqual([ids.wire, ids.seed]);
    const wire = stance.citations[0]!;
    expect(wire.passage).toBe("Russia and China support Maduro's government, officials in Moscow said on Friday, as talks on the crisis went on.");
    expect(wire.passageStart).toBe(wireArticle.indexOf(wire.passage!));
    expect(wire.source.text!.slice(wire.passageStart!, wire.passageEnd!)).toBe(wire.passage);
    expect(wire.source).toMatchObject({ publisher: 'Wire', publishedOn: '2019-03-01', url: wireInput.url });
    // The single-source fields still answer, with the earliest citation.
    expect(stance.source).toEqual({ id: ids.wire, publisher: 'Wire' });
    expect(stance.passage).toBe(wire.passage);

    // Russia and China already held their stance: no new stance, a citation each.
    expect(await stanceRows()).toEqual({ stances: before.stances, citations: before.citations + 2 });
  });

  it('ingesting the same articles again adds nothing', async () => {
    const before = await stanceRows();
    for (const input of [seedInput(), wireInput]) {
      const again = (await api.request(IngestForStances, { input }, { token })).body.data!.ingestArticle;
      expect(again.created).toBe(false);
    }
    expect(await stanceRows()).toEqual(before);
    expect((await russiaForMaduro()).citations).toHaveLength(2);
  });

  it('merging an actor into another moves its stances with their citations', async () => {
    const db = api.database.db;
    const russia = await db.actor.findUniqueOrThrow({ where: { slug: 'russia' } });
    const maduro = await db.actor.findUniqueOrThrow({ where: { slug: 'nicolas-maduro' } });
    const kremlin = await db.actor.create({ data: { slug: 'the-kremlin-proposed', name: 'Kremlin Proposed', kind: 'ORGANIZATION', status: 'PROPOSED' } });
    const source = await db.source.create({
      data: { title: 'Kremlin statement', publisher: 'Kremlin', contentHash: 'e'.repeat(64), publishedOn: new Date('2019-02-01') },
    });
    await db.stance.create({
      data: { actorId: kremlin.id, targetId: maduro.id, kind: 'SUPPORTS', citations: { create: { sourceId: source.id, passage: 'We stand by Maduro.' } } },
    });

    const idOf = async (name: string) =>
      (await api.request(ActorIdsForMerge, { search: name }, { token })).body.data!.actors.nodes.find((a) => a.name === name)!.id;
    const merged = await api.request(MergeForStances, { keep: await idOf('Russia'), merge: await idOf('Kremlin Proposed') }, { token });
    expect(merged.body.errors).toBeUndefined();

    const stance = await russiaForMaduro();
    expect(stance.citations.map((c) => c.source.publisher)).toEqual(['Kremlin', 'Wire', 'Fort Russ']);
    expect(await db.stance.count({ where: { actorId: russia.id, targetId: maduro.id } })).toBe(1);
  });
});

describe('two articles stating a new stance at the same moment', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    await seedActorsOnly(api.database.db);
  });
  afterAll(() => api.close());

  it('both become citations of one stance', async () => {
    const token = await api.editorToken();
    const articles = Array.from({ length: 6 }, (_, i) => ({
      text: `Report number ${i + 1}\n\nCARACAS, March ${i + 1} (Wire) - Russia and China support Maduro's government, officials said.`,
      publishedOn: `2019-03-0${i + 1}`,
    }));
    const responses = await Promise.all(articles.map((input) => api.request(IngestForStances, { input }, { token })));
    expect(responses.map((r) => r.body.errors)).toEqual(articles.map(() => undefined));
    const db = api.database.db;
    const russia = await db.actor.findUniqueOrThrow({ where: { slug: 'russia' } });
    const stances = await db.stance.findMany({ where: { actorId: russia.id }, include: { citations: true } });
    expect(stances).toHaveLength(1);
    expect(stances[0]!.citations).toHaveLength(articles.length);
  });
});

describe('stance citations over HTTP', () => {
  let api: TestApi;
  let statements = 0;
  beforeAll(async () => {
    api = await startTestApi({
      seed: true,
      onQuery: () => {
        statements += 1;
      },
    });
  });
  afterAll(() => api.close());

  async function statementsForAllStances(): Promise<{ statements: number; stances: number }> {
    statements = 0;
    const { body } = await api.request(StancesWithCitations, {});
    expect(body.errors).toBeUndefined();
    expect(body.data!.stances.every((s) => s.citations.length > 0)).toBe(true);
    return { statements, stances: body.data!.stances.length };
  }

  it("serve the seed data set's stance with two sources", async () => {
    const { body } = await api.request(StancesWithCitations, { kind: 'SUPPORTS' });
    const usForGuaido = body.data!.stances.find((s) => s.actor.name === 'United States' && s.target.name === 'Juan Guaidó')!;
    expect(usForGuaido.citations.map((c) => [c.source.publisher, c.source.publishedOn])).toEqual([
      ['Proto Thema (English edition)', '2019-01-23'],
      ['Fort Russ', '2019-06-25'],
    ]);
  });

  it('load in batches: more stances cost no more statements', async () => {
    await statementsForAllStances(); // warm-up: Prisma prepares lazily
    const few = await statementsForAllStances();
    const db = api.database.db;
    const actors = await db.actor.findMany({ take: 12, orderBy: { slug: 'asc' } });
    const sources = await db.source.findMany({ take: 3 });
    for (const [i, actor] of actors.entries()) {
      const target = actors[(i + 1) % actors.length]!;
      await db.stance.create({
        data: {
          actorId: actor.id,
          targetId: target.id,
          kind: 'OPPOSES',
          status: 'PUBLISHED',
          citations: { create: sources.map((s) => ({ sourceId: s.id, passage: `passage ${i}`, status: 'PUBLISHED' as const })) },
        },
      });
    }
    const many = await statementsForAllStances();
    expect(many.stances).toBe(few.stances + 12);
    expect(many.statements).toBe(few.statements);
  });
});
