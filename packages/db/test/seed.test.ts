import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../src/seed/load-seed.ts';
import { readSeedData, type SeedData } from '../src/seed/seed-files.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

async function tableCounts(t: TestDatabase) {
  const { db } = t;
  const [events, actors, eventActors, sources, citations, quotes, stances, stanceCitations, timelines, timelineEvents] = await Promise.all([
    db.event.count(),
    db.actor.count(),
    db.eventActor.count(),
    db.source.count(),
    db.citation.count(),
    db.quote.count(),
    db.stance.count(),
    db.stanceCitation.count(),
    db.timeline.count(),
    db.timelineEvent.count(),
  ]);
  return { events, actors, eventActors, sources, citations, quotes, stances, stanceCitations, timelines, timelineEvents };
}

describe('the 2019 Venezuelan crisis data set', () => {
  let t: TestDatabase;
  let data: SeedData;
  beforeAll(async () => {
    t = await createTestDatabase();
    data = await readSeedData();
  });
  afterAll(() => t.drop());

  it('loads twice without duplicating a row', async () => {
    const stanceRows = () =>
      Promise.all([t.db.stance.findMany({ orderBy: { id: 'asc' } }), t.db.stanceCitation.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } })]);
    const evidenceRows = () =>
      Promise.all([t.db.citation.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }), t.db.quote.findMany({ orderBy: { id: 'asc' } })]);
    await loadSeed(t.db, data);
    const first = await tableCounts(t);
    const firstStances = await stanceRows();
    const firstEvidence = await evidenceRows();
    await loadSeed(t.db, data);
    expect(await tableCounts(t)).toEqual(first);
    expect(await stanceRows()).toEqual(firstStances);
    expect(await evidenceRows()).toEqual(firstEvidence);
    // Its events' citations and quotes are public as well.
    expect(firstEvidence[0].length).toBeGreaterThan(0);
    expect(firstEvidence[1].length).toBeGreaterThan(0);
    expect(firstEvidence[0].map((c) => c.status)).toEqual(firstEvidence[0].map(() => 'PUBLISHED'));
    expect(firstEvidence[1].map((q) => q.status)).toEqual(firstEvidence[1].map(() => 'PUBLISHED'));
    // The data set is reviewed: its stances and their citations are public, none waits as a draft.
    expect(firstStances[0].map((s) => s.status)).toEqual(firstStances[0].map(() => 'PUBLISHED'));
    expect(firstStances[1].map((c) => c.status)).toEqual(firstStances[1].map(() => 'PUBLISHED'));
    expect(first.events).toBe(data.events.length);
    expect(first.events).toBeGreaterThanOrEqual(30);
    expect(first.timelineEvents).toBe(data.events.length);
    expect(first.stances).toBe(data.stances.length);
    expect(first.stanceCitations).toBe(data.stances.reduce((n, s) => n + s.citations.length, 0));
  });

  it('loads the same stance citations again, keeping those that ingestion added', async () => {
    const stance = await t.db.stance.findFirstOrThrow({ where: { actor: { slug: 'russia' }, target: { slug: 'nicolas-maduro' }, kind: 'SUPPORTS' } });
    const article = await t.db.source.create({ data: { title: 'Later article', contentHash: 'c'.repeat(64) } });
    await t.db.stanceCitation.create({ data: { stanceId: stance.id, sourceId: article.id, passage: 'Russia backs Maduro.' } });
    // The seed's own rows are written again (a new createdAt); everything else stays as it was.
    const rows = () => t.db.stanceCitation.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } });
    const before = await rows();
    expect(before.some((c) => c.sourceId === article.id)).toBe(true);
    await loadSeed(t.db, data);
    expect(await rows()).toEqual(before);
    await t.db.source.delete({ where: { id: article.id } });
  });

  it('holds the events a careful reader takes from the seed article, at honest precision', async () => {
    const find = (titleWords: RegExp) =>
      t.db.event
        .findMany({ where: {}, include: { citations: { include: { source: true } }, actors: { include: { actor: true } } } })
        .then((events) => events.filter((e) => titleWords.test(`${e.title} ${e.summary}`)));

    const expectations: { match: RegExp; start: string; end: string; precision: string; actors: string[] }[] = [
      { match: /Ryabkov/, start: '2019-06-25', end: '2019-06-25', precision: 'DAY', actors: ['Sergei Ryabkov', 'Russia', 'Venezuela'] },
      {
        match: /Zakharova.*(divid|armed forces|military)/is,
        start: '2019-06-01',
        end: '2019-06-30',
        precision: 'MONTH',
        actors: ['Maria Zakharova', 'United States'],
      },
      { match: /Zakharova.*Cuba/is, start: '2019-06-01', end: '2019-06-30', precision: 'MONTH', actors: ['Maria Zakharova', 'Cuba'] },
      { match: /Guaid[oó].*(interim|proclaim|sworn)/is, start: '2019-01-23', end: '2019-01-23', precision: 'DAY', actors: ['Juan Guaidó'] },
      { match: /Maduro.*(sworn|inaugurat|second term|takes office)/is, start: '2019-01-10', end: '2019-01-10', precision: 'DAY', actors: ['Nicolás Maduro'] },
    ];
    for (const expected of expectations) {
      const candidates = (await find(expected.match)).filter(
        (e) => e.startsOn.toISOString().slice(0, 10) === expected.start && e.precision === expected.precision,
      );
      expect(candidates.length, `an event like ${expected.match} on ${expected.start}`).toBeGreaterThanOrEqual(1);
      // Rows come back in no set order and more than one event may mention the same name:
      // the one cited from the seed article (Fort Russ) is the one meant.
      const event = candidates.find((e) => e.citations.some((c) => c.source.publisher === 'Fort Russ')) ?? candidates[0]!;
      expect(event.endsOn.toISOString().slice(0, 10)).toBe(expected.end);
      expect(event.actors.map((a) => a.actor.name)).toEqual(expect.arrayContaining(expected.actors));
      expect(event.citations.some((c) => c.source.publisher === 'Fort Russ')).toBe(true);
    }
  });

  it('gives citations of a source we hold the offsets of their passage', async () => {
    const citations = await t.db.citation.findMany({ where: { passage: { not: null }, source: { text: { not: null } } }, include: { source: true } });
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.source.text!.slice(c.passageStart!, c.passageEnd!)).toBe(c.passage);
    }
  });

  it('records who backs whom', async () => {
    const maduro = await t.db.actor.findUniqueOrThrow({ where: { slug: 'nicolas-maduro' } });
    const backers = await t.db.stance.findMany({ where: { targetId: maduro.id, kind: 'SUPPORTS' }, include: { actor: true } });
    expect(backers.map((s) => s.actor.name)).toEqual(expect.arrayContaining(['Russia', 'China', 'Cuba', 'Bolivia', 'Iran', 'Turkey']));
  });

  it('records every source that states a stance, with the offsets of passages from texts it holds', async () => {
    const usForGuaido = await t.db.stance.findFirstOrThrow({
      where: { actor: { slug: 'united-states' }, target: { slug: 'juan-guaido' }, kind: 'SUPPORTS' },
      include: { citations: { include: { source: true } } },
    });
    expect(usForGuaido.citations.map((c) => c.source.publisher).sort()).toEqual(['Fort Russ', 'Proto Thema (English edition)']);

    const quoted = await t.db.stanceCitation.findMany({ where: { passage: { not: null }, source: { text: { not: null } } }, include: { source: true } });
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    for (const c of quoted) expect(c.source.text!.slice(c.passageStart!, c.passageEnd!)).toBe(c.passage);
  });
});
