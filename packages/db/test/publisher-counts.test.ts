// The publishers a Sources filter lists, read from the counts triggers keep:
// after every kind of write they answer what counting the citations answers,
// for a reader and an editor, on a timeline and without one, and reading
// them never touches a citation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarDay, spanOf } from '@chronicle/calendar';
import { contentHashOfText } from '../src/content-hash.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import type { ReviewStatus } from '../src/generated/prisma/enums.ts';
import { withCountriesSql } from '../src/queries/publisher-rows.ts';
import { publisherCounts, publisherCountsSql } from '../src/queries/publishers.ts';
import { livePublisherCounts } from '../src/queries/publishers-live.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

const READER: ReviewStatus[] = ['PUBLISHED'];
const EDITOR: ReviewStatus[] = ['PUBLISHED', 'DRAFT', 'REJECTED'];

// key → (publisher, country)
const sources: Record<string, [string | null, string | null]> = {
  tass1: ['TASS', 'RU'],
  tass2: ['TASS', 'RU'],
  tass3: ['TASS', 'UA'],
  reuters1: ['Reuters', 'GB'],
  reuters2: ['Reuters', null],
  ap1: ['AP', 'US'],
  anonymous: [null, null],
  bbc1: ['BBC', 'GB'],
};

// title → (status, timelines, citations as [source, status])
const events: Record<string, [ReviewStatus, ('a' | 'b')[], [string, ReviewStatus][]]> = {
  e1: [
    'PUBLISHED',
    ['a'],
    [
      ['tass1', 'PUBLISHED'],
      ['tass2', 'PUBLISHED'],
      ['reuters1', 'DRAFT'],
    ],
  ],
  e2: [
    'PUBLISHED',
    ['a', 'b'],
    [
      ['tass1', 'DRAFT'],
      ['ap1', 'PUBLISHED'],
      ['anonymous', 'PUBLISHED'],
    ],
  ],
  e3: [
    'DRAFT',
    ['a'],
    [
      ['tass1', 'PUBLISHED'],
      ['bbc1', 'PUBLISHED'],
    ],
  ],
  e4: ['REJECTED', ['b'], [['reuters1', 'PUBLISHED']]],
  e5: [
    'PUBLISHED',
    [],
    [
      ['bbc1', 'PUBLISHED'],
      ['tass3', 'REJECTED'],
    ],
  ],
  e6: [
    'PUBLISHED',
    ['b'],
    [
      ['reuters2', 'PUBLISHED'],
      ['ap1', 'REJECTED'],
    ],
  ],
};

describe('publisher counts', () => {
  let t: TestDatabase;
  const timelineIds = { a: '', b: '' };
  const sourceIds: Record<string, string> = {};
  const eventIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestDatabase();
    for (const slug of ['a', 'b'] as const) {
      timelineIds[slug] = (await t.db.timeline.create({ data: { slug: `timeline-${slug}`, title: `Timeline ${slug}` } })).id;
    }
    for (const [key, [publisher, publisherCountry]] of Object.entries(sources)) {
      sourceIds[key] = (await t.db.source.create({ data: { title: key, publisher, publisherCountry, contentHash: contentHashOfText(key) } })).id;
    }
    for (const [title, [status, timelines, citations]] of Object.entries(events)) {
      // As ingestion writes them: the event with its links and citations in one nested create.
      const event = await t.db.event.create({
        data: {
          title,
          kind: 'POLITICAL',
          status,
          ...spanOf(parseCalendarDay('2019-06-01')!, 'DAY'),
          timelines: { create: timelines.map((slug) => ({ timelineId: timelineIds[slug] })) },
          citations: { create: citations.map(([source, citationStatus], i) => ({ sourceId: sourceIds[source]!, status: citationStatus, passageStart: i })) },
        },
      });
      eventIds[title] = event.id;
    }
  });
  afterAll(() => t.drop());

  const scopes = () => [timelineIds.a, timelineIds.b, null];

  /** For a reader and an editor, on each timeline and on none: the counts kept against the citations counted. */
  async function expectInStep() {
    // The step between: citations per event and publisher, rows at 0 aside.
    const held = await t.db.$queryRaw<{ key: string }[]>`
      SELECT concat_ws(' ', event_id, publisher, citations, published_citations) AS key FROM event_publisher WHERE citations > 0 ORDER BY 1`;
    const truth = await t.db.$queryRaw<{ key: string }[]>`
      SELECT concat_ws(' ', c.event_id, s.publisher, count(*), count(*) FILTER (WHERE c.status = 'PUBLISHED')) AS key
      FROM citation c JOIN source s ON s.id = c.source_id WHERE s.publisher IS NOT NULL GROUP BY c.event_id, s.publisher ORDER BY 1`;
    expect(held).toEqual(truth);
    for (const timelineId of scopes()) {
      for (const statuses of [READER, EDITOR]) {
        expect(await publisherCounts(t.db, timelineId, statuses), `${timelineId ?? 'no timeline'}, ${statuses.join(' ')}`).toEqual(
          await livePublisherCounts(t.db, timelineId, statuses),
        );
      }
    }
  }

  const citationOf = async (event: string, source: string) =>
    (await t.db.citation.findFirstOrThrow({ where: { eventId: eventIds[event], sourceId: sourceIds[source] }, select: { id: true } })).id;

  it('count each published event once per publisher, by the citations a reader or an editor sees', async () => {
    await expectInStep();
    // e1 cites TASS twice; e3 is a draft, e4 rejected; e2's anonymous source has no publisher.
    expect(await publisherCounts(t.db, timelineIds.a, READER)).toEqual([
      { name: 'AP', country: 'US', eventCount: 1 },
      { name: 'TASS', country: 'RU', eventCount: 1 },
    ]);
    expect(await publisherCounts(t.db, timelineIds.a, EDITOR)).toEqual([
      { name: 'TASS', country: 'RU', eventCount: 2 },
      { name: 'AP', country: 'US', eventCount: 1 },
      { name: 'Reuters', country: 'GB', eventCount: 1 },
    ]);
    // Without a timeline, e5 (on none) counts too; e5's TASS citation is rejected, e6's AP one too.
    expect(await publisherCounts(t.db, null, EDITOR)).toEqual([
      { name: 'TASS', country: 'RU', eventCount: 3 },
      { name: 'AP', country: 'US', eventCount: 2 },
      { name: 'Reuters', country: 'GB', eventCount: 2 },
      { name: 'BBC', country: 'GB', eventCount: 1 },
    ]);
    expect(await publisherCounts(t.db, null, READER)).toEqual([
      { name: 'AP', country: 'US', eventCount: 1 },
      { name: 'BBC', country: 'GB', eventCount: 1 },
      { name: 'Reuters', country: 'GB', eventCount: 1 },
      { name: 'TASS', country: 'RU', eventCount: 1 },
    ]);
    // Any other choice of statuses is counted from the citations.
    expect(await publisherCounts(t.db, timelineIds.a, ['DRAFT'])).toEqual([
      { name: 'Reuters', country: 'GB', eventCount: 1 },
      { name: 'TASS', country: 'RU', eventCount: 1 },
    ]);
  });

  it('follow citations added, reviewed, removed and moved', async () => {
    await t.db.citation.createMany({
      data: [
        { eventId: eventIds.e6!, sourceId: sourceIds.tass1!, status: 'PUBLISHED' },
        { eventId: eventIds.e6!, sourceId: sourceIds.bbc1!, status: 'DRAFT' },
      ],
    });
    await expectInStep();
    await t.db.citation.update({ where: { id: await citationOf('e1', 'reuters1') }, data: { status: 'PUBLISHED' } });
    await t.db.citation.update({ where: { id: await citationOf('e1', 'tass1') }, data: { status: 'DRAFT' } }); // TASS still published by tass2
    expect((await publisherCounts(t.db, timelineIds.a, READER)).find((p) => p.name === 'TASS')?.eventCount).toBe(1);
    await expectInStep();
    await t.db.citation.update({ where: { id: await citationOf('e1', 'tass2') }, data: { status: 'REJECTED' } });
    expect((await publisherCounts(t.db, timelineIds.a, READER)).find((p) => p.name === 'TASS')).toBeUndefined();
    await expectInStep();
    await t.db.citation.delete({ where: { id: await citationOf('e2', 'ap1') } });
    await expectInStep();
    // To another source (another publisher), and to another event.
    await t.db.citation.update({ where: { id: await citationOf('e5', 'bbc1') }, data: { sourceId: sourceIds.tass1! } });
    await t.db.citation.update({ where: { id: await citationOf('e4', 'reuters1') }, data: { eventId: eventIds.e2! } });
    await expectInStep();
    await t.db.citation.updateMany({ where: { eventId: { in: [eventIds.e1!, eventIds.e2!] } }, data: { status: 'PUBLISHED' } });
    await expectInStep();
  });

  it('follow sources whose publisher changes, and sources deleted with their citations', async () => {
    await t.db.source.update({ where: { id: sourceIds.reuters2 }, data: { publisher: 'Thomson Reuters' } });
    await t.db.source.update({ where: { id: sourceIds.anonymous }, data: { publisher: 'AP' } });
    await t.db.source.update({ where: { id: sourceIds.bbc1 }, data: { publisher: null } });
    await t.db.source.updateMany({ data: { title: 'retitled' } }); // changes no count
    await expectInStep();
    expect((await publisherCounts(t.db, null, EDITOR)).map((p) => p.name)).toContain('Thomson Reuters');
    await t.db.source.delete({ where: { id: sourceIds.tass2 } });
    await t.db.source.delete({ where: { id: sourceIds.bbc1 } }); // no publisher by now
    await expectInStep();
    // e6's only AP citation: AP loses the event.
    const apBefore = (await publisherCounts(t.db, timelineIds.b, EDITOR)).find((p) => p.name === 'AP')!.eventCount;
    await t.db.source.delete({ where: { id: sourceIds.ap1 } });
    expect((await publisherCounts(t.db, timelineIds.b, EDITOR)).find((p) => p.name === 'AP')?.eventCount ?? 0).toBe(apBefore - 1);
    await expectInStep();
  });

  it('follow events published, unpublished and deleted', async () => {
    await t.db.event.update({ where: { id: eventIds.e3 }, data: { status: 'PUBLISHED' } });
    await t.db.event.update({ where: { id: eventIds.e2 }, data: { status: 'DRAFT' } });
    await t.db.event.update({ where: { id: eventIds.e4 }, data: { status: 'DRAFT' } }); // rejected to draft: still not counted
    await t.db.event.updateMany({ data: { needsReview: true } }); // changes no count
    await expectInStep();
    await t.db.event.updateMany({ where: { id: { in: [eventIds.e2!, eventIds.e4!] } }, data: { status: 'PUBLISHED' } });
    await expectInStep();
    await t.db.event.delete({ where: { id: eventIds.e6 } });
    await expectInStep();
  });

  it('follow links added, removed and changed, and deleted timelines', async () => {
    await t.db.timelineEvent.create({ data: { timelineId: timelineIds.a, eventId: eventIds.e5! } });
    await t.db.timelineEvent.delete({ where: { timelineId_eventId: { timelineId: timelineIds.a, eventId: eventIds.e1! } } });
    await expectInStep();
    await t.db.timelineEvent.update({
      where: { timelineId_eventId: { timelineId: timelineIds.b, eventId: eventIds.e4! } },
      data: { eventId: eventIds.e3! },
    });
    await t.db.timelineEvent.update({
      where: { timelineId_eventId: { timelineId: timelineIds.a, eventId: eventIds.e5! } },
      data: { timelineId: timelineIds.b },
    });
    await expectInStep();
    const doomed = await t.db.timeline.create({ data: { slug: 'doomed', title: 'Doomed', events: { create: [{ eventId: eventIds.e3! }] } } });
    expect(await publisherCounts(t.db, doomed.id, EDITOR)).toEqual(await livePublisherCounts(t.db, doomed.id, EDITOR));
    await t.db.timeline.delete({ where: { id: doomed.id } });
    expect(await t.db.timelinePublisherEventCount.count({ where: { timelineId: doomed.id } })).toBe(0);
    await expectInStep();
  });

  it('follow a merge: the kept event takes the other one’s citations and timelines, the other is deleted', async () => {
    // As review/merge-events.ts in the server writes it.
    await t.db.$transaction(async (tx) => {
      const merged = await tx.event.findUniqueOrThrow({ where: { id: eventIds.e5 }, include: { citations: true, timelines: true } });
      await tx.timelineEvent.createMany({ data: merged.timelines.map((l) => ({ ...l, eventId: eventIds.e1! })), skipDuplicates: true });
      await tx.citation.createMany({
        data: merged.citations.map(({ id: _id, createdAt: _at, ...c }) => ({ ...c, eventId: eventIds.e1! })),
        skipDuplicates: true,
      });
      await tx.event.delete({ where: { id: eventIds.e5 } });
    });
    await expectInStep();
  });

  it('follow bulk inserts of one statement, rolled back with their transaction', async () => {
    await t.db.$executeRaw`
      INSERT INTO event (id, title, kind, starts_on, ends_on, precision, status, updated_at)
      SELECT md5('bulk' || g)::uuid, 'bulk ' || g, 'OTHER', date '2019-06-01', date '2019-06-01', 'DAY',
             (CASE WHEN g % 4 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ReviewStatus", now()
      FROM generate_series(1, 400) g`;
    const bulkCitations = Prisma.sql`
      INSERT INTO citation (id, event_id, source_id, status)
      SELECT md5('bulk citation' || g || k)::uuid, md5('bulk' || g)::uuid, s.id, (CASE WHEN (g + k) % 3 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ReviewStatus"
      FROM generate_series(1, 400) g, generate_series(0, 2) k,
           LATERAL (SELECT id FROM source ORDER BY id OFFSET (g * (k + 1)) % (SELECT count(*) FROM source) LIMIT 1) s`;
    const bulkLinks = Prisma.sql`INSERT INTO timeline_event (timeline_id, event_id) SELECT ${timelineIds.b}::uuid, id FROM event WHERE title LIKE 'bulk %'`;
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.$executeRaw(bulkCitations);
        await tx.$executeRaw(bulkLinks);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expectInStep();
    await t.db.$executeRaw(bulkLinks);
    await t.db.$executeRaw(bulkCitations);
    await expectInStep();
    expect((await publisherCounts(t.db, timelineIds.b, EDITOR)).reduce((n, p) => n + p.eventCount, 0)).toBeGreaterThan(300);
  });

  it('read one row per publisher of the timeline, never a citation or an event', async () => {
    for (const timelineId of scopes()) {
      for (const count of ['events_by_published_citations', 'events_by_any_citation']) {
        const sql = withCountriesSql(publisherCountsSql(timelineId, Prisma.raw(count)));
        const [row] = await t.db.$queryRaw<{ 'QUERY PLAN': [{ Plan: object }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
        const relations = [...JSON.stringify(row!['QUERY PLAN']).matchAll(/"Relation Name":"([^"]+)"/g)].map((m) => m[1]);
        expect(relations).toContain(timelineId ? 'timeline_publisher_event_count' : 'publisher_event_count');
        expect(relations).not.toContain('citation');
        expect(relations).not.toContain('event');
        expect(relations).not.toContain('timeline_event');
      }
    }
  });

  it('empty with the links or the citations truncated', async () => {
    await t.db.$executeRaw`TRUNCATE timeline_event`;
    await expectInStep();
    expect(await t.db.timelinePublisherEventCount.count()).toBe(0);
    await t.db.$executeRaw`TRUNCATE citation CASCADE`;
    await expectInStep();
    expect(await publisherCounts(t.db, null, EDITOR)).toEqual([]);
  });
});
