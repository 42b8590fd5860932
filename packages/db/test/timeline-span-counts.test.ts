// The per-timeline span counts that a timeline's extent, histogram and window
// count read: kept in step with the links and the events by every kind of
// write, and answering what the naive queries over the events answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarDay, spanOf } from '@chronicle/calendar';
import type { DatePrecision, EventKind, ReviewStatus } from '../src/generated/prisma/enums.ts';
import { countEvents } from '../src/queries/event-page.ts';
import { eventHistogram } from '../src/queries/event-histogram.ts';
import type { EventFilter } from '../src/queries/event-filter.ts';
import { timelineExtents } from '../src/queries/timeline-extent.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { bruteForceHistogram } from './support/brute-force-histogram.ts';

const day = (value: string) => parseCalendarDay(value)!;

// title → (start, precision, end?, kind, status, timelines)
const fixtures: [string, string, DatePrecision, string | null, EventKind, ReviewStatus, ('a' | 'b')[]][] = [
  ['june-month', '2019-06-01', 'MONTH', null, 'POLITICAL', 'PUBLISHED', ['a']],
  ['may-31', '2019-05-31', 'DAY', null, 'MILITARY', 'PUBLISHED', ['a', 'b']],
  ['june-30', '2019-06-30', 'DAY', null, 'POLITICAL', 'PUBLISHED', ['a']],
  ['june-30-draft', '2019-06-30', 'DAY', null, 'POLITICAL', 'DRAFT', ['a']],
  ['july-1', '2019-07-01', 'DAY', null, 'OTHER', 'PUBLISHED', ['b']],
  ['year-2018', '2018-01-01', 'YEAR', null, 'OTHER', 'PUBLISHED', ['a']],
  ['march-to-may', '2019-03-01', 'MONTH', '2019-05-01', 'LEGAL', 'PUBLISHED', ['a', 'b']],
  ['week-of-june-24', '2019-06-24', 'WEEK', null, 'PROTEST', 'PUBLISHED', ['b']],
  ['twin-of-june-30', '2019-06-30', 'DAY', null, 'POLITICAL', 'PUBLISHED', ['a']],
  ['on-no-timeline', '2019-06-30', 'DAY', null, 'POLITICAL', 'PUBLISHED', []],
];

describe('per-timeline span counts', () => {
  let t: TestDatabase;
  const timelineIds = { a: '', b: '' };
  beforeAll(async () => {
    t = await createTestDatabase();
    for (const slug of ['a', 'b'] as const) {
      timelineIds[slug] = (await t.db.timeline.create({ data: { slug: `timeline-${slug}`, title: `Timeline ${slug}` } })).id;
    }
    const actor = await t.db.actor.create({ data: { slug: 'someone', name: 'Someone', kind: 'PERSON' } });
    for (const [title, start, precision, end, kind, status, timelines] of fixtures) {
      // As ingestion and imports write them: the event and its links in one nested create.
      await t.db.event.create({
        data: {
          title,
          kind,
          status,
          ...spanOf(day(start), precision, end ? day(end) : null),
          timelines: { create: timelines.map((slug) => ({ timelineId: timelineIds[slug] })) },
          ...(title.startsWith('june') ? { actors: { create: [{ actorId: actor.id, role: 'SUBJECT' }] } } : {}),
        },
      });
    }
  });
  afterAll(() => t.drop());

  /** What the counts table holds (non-zero rows) and what counting the links' events gives, as comparable lists. */
  async function countsAndTruth() {
    const held = await t.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT concat_ws(' ', timeline_id, status, kind, starts_on, ends_on) AS key, events AS n FROM timeline_span_count WHERE events > 0 ORDER BY 1`;
    const truth = await t.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT concat_ws(' ', te.timeline_id, e.status, e.kind, e.starts_on, e.ends_on) AS key, count(*)::int AS n
      FROM timeline_event te JOIN event e ON e.id = te.event_id GROUP BY 1 ORDER BY 1`;
    return { held, truth };
  }

  async function expectInStep() {
    const { held, truth } = await countsAndTruth();
    expect(held).toEqual(truth);
    return held;
  }

  const eventId = async (title: string) => (await t.db.event.findFirstOrThrow({ where: { title }, select: { id: true } })).id;

  it('follow events created with their links, and links added and removed', async () => {
    const held = await expectInStep();
    expect(held.find((row) => row.key.startsWith(`${timelineIds.a} PUBLISHED POLITICAL 2019-06-30`))?.n).toBe(2);

    const loose = await eventId('on-no-timeline');
    await t.db.timelineEvent.create({ data: { timelineId: timelineIds.a, eventId: loose } });
    expect((await expectInStep()).find((row) => row.key.startsWith(`${timelineIds.a} PUBLISHED POLITICAL 2019-06-30`))?.n).toBe(3);
    await t.db.timelineEvent.delete({ where: { timelineId_eventId: { timelineId: timelineIds.a, eventId: loose } } });
    await t.db.timelineEvent.createMany({
      data: [
        { timelineId: timelineIds.b, eventId: loose },
        { timelineId: timelineIds.b, eventId: await eventId('june-30') },
      ],
    });
    await expectInStep();
    // A link moved from one event to another, and from one timeline to another.
    await t.db.timelineEvent.update({
      where: { timelineId_eventId: { timelineId: timelineIds.b, eventId: loose } },
      data: { eventId: await eventId('year-2018') },
    });
    await t.db.timelineEvent.update({
      where: { timelineId_eventId: { timelineId: timelineIds.b, eventId: await eventId('july-1') } },
      data: { timelineId: timelineIds.a },
    });
    await expectInStep();
  });

  it('follow updates of status, kind and dates in every timeline of the event, and ignore other updates', async () => {
    const shared = await eventId('may-31');
    await t.db.event.update({ where: { id: shared }, data: { status: 'REJECTED' } });
    await t.db.event.update({ where: { id: shared }, data: { title: 'may-31, retitled' } }); // changes no count
    await t.db.event.updateMany({ where: { title: { in: ['july-1', 'june-30-draft'] } }, data: { kind: 'LEGAL', ...spanOf(day('2019-07-02'), 'DAY') } });
    await t.db.event.updateMany({ where: { title: 'june-30-draft' }, data: { status: 'PUBLISHED' } });
    const held = await expectInStep();
    for (const timeline of [timelineIds.a, timelineIds.b]) {
      expect(held.find((row) => row.key.startsWith(`${timeline} REJECTED MILITARY 2019-05-31`))?.n).toBe(1);
    }
  });

  it('follow deleted events (their links go with them) and deleted timelines', async () => {
    await t.db.event.delete({ where: { id: await eventId('march-to-may') } }); // on both timelines
    await t.db.event.deleteMany({ where: { title: { in: ['june-month', 'week-of-june-24'] } } });
    await expectInStep();
    const doomed = await t.db.timeline.create({ data: { slug: 'doomed', title: 'Doomed', events: { create: [{ eventId: await eventId('june-30') }] } } });
    await expectInStep();
    await t.db.timeline.delete({ where: { id: doomed.id } });
    await expectInStep();
    expect(await t.db.timelineSpanCount.count({ where: { timelineId: doomed.id } })).toBe(0);
  });

  it('follow a bulk insert of links in one statement, rolled back with its transaction', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      title: `bulk ${i}`,
      kind: 'ECONOMIC' as const,
      status: 'PUBLISHED' as const,
      ...spanOf(day(`2019-06-${String(1 + (i % 20)).padStart(2, '0')}`), 'DAY'),
    }));
    await t.db.event.createMany({ data: many });
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO timeline_event (timeline_id, event_id) SELECT ${timelineIds.b}::uuid, id FROM event WHERE title LIKE 'bulk %'`;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expectInStep();
    await t.db.$executeRaw`INSERT INTO timeline_event (timeline_id, event_id) SELECT ${timelineIds.b}::uuid, id FROM event WHERE title LIKE 'bulk %'`;
    const held = await expectInStep();
    expect(held.filter((row) => row.key.startsWith(`${timelineIds.b} PUBLISHED ECONOMIC`)).reduce((n, row) => n + row.n, 0)).toBe(40);
  });

  it('give the extent, histogram and count that the naive queries over the events give', async () => {
    const actor = await t.db.actor.findFirstOrThrow({ where: { slug: 'someone' } });
    const empty = await t.db.timeline.create({ data: { slug: 'empty', title: 'Empty' } });
    const ids = [timelineIds.a, timelineIds.b, empty.id];
    const naive = await t.db.$queryRaw<{ timeline_id: string; count: bigint; start: Date; end: Date }[]>`
      SELECT te.timeline_id, count(*) AS count, min(e.starts_on) AS start, max(e.ends_on) AS "end"
      FROM event e JOIN timeline_event te ON te.event_id = e.id
      WHERE te.timeline_id = ANY(${ids}::uuid[]) AND e.status = 'PUBLISHED' GROUP BY te.timeline_id`;
    const extents = await timelineExtents(t.db, ids);
    for (const row of naive) expect(extents.get(row.timeline_id)).toEqual({ count: Number(row.count), start: row.start, end: row.end });
    expect(extents.get(empty.id)).toEqual({ count: 0, start: null, end: null });
    expect(extents.get(timelineIds.a)!.count).toBeGreaterThan(0);

    const window = { from: day('2019-02-11'), to: day('2019-07-20') };
    for (const timelineId of [timelineIds.a, timelineIds.b]) {
      const filters: EventFilter[] = [
        { timelineId, statuses: ['PUBLISHED'] },
        { timelineId, statuses: ['PUBLISHED', 'DRAFT', 'REJECTED'] },
        { timelineId, statuses: ['PUBLISHED'], kinds: ['POLITICAL', 'LEGAL'] },
        { timelineId, statuses: ['PUBLISHED'], actorIds: [actor.id] }, // not in the counts: read from the events
      ];
      for (const filter of filters) {
        for (const buckets of [1, 7, 50, 500]) {
          const withWindow = { ...filter, ...window };
          expect(await eventHistogram(t.db, withWindow, buckets), `${JSON.stringify(filter)} ${buckets}`).toEqual(
            await bruteForceHistogram(t.db, withWindow, buckets),
          );
        }
        const expected = (await bruteForceHistogram(t.db, { ...filter, ...window }, 1))[0]!.count;
        expect(await countEvents(t.db, { ...filter, ...window }), JSON.stringify(filter)).toBe(expected);
      }
      // One end of the window open, as the list view asks.
      expect(await countEvents(t.db, { timelineId, statuses: ['PUBLISHED'], from: day('2019-06-30') })).toBe(
        await t.db.event.count({ where: { status: 'PUBLISHED', endsOn: { gte: day('2019-06-30') }, timelines: { some: { timelineId } } } }),
      );
    }
  });
});
