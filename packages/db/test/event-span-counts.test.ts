// The per-span counts that the histogram and a window's count read: kept in
// step with the events by every kind of write, and giving the same buckets as
// counting the events themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarDay, spanOf } from '@chronicle/calendar';
import type { DatePrecision, EventKind, ReviewStatus } from '../src/generated/prisma/enums.ts';
import { countEvents } from '../src/queries/event-page.ts';
import { eventHistogram } from '../src/queries/event-histogram.ts';
import type { EventFilter } from '../src/queries/event-filter.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { bruteForceHistogram } from './support/brute-force-histogram.ts';

const day = (value: string) => parseCalendarDay(value)!;

// title → (start, precision, end?, kind, status)
const fixtures: [string, string, DatePrecision, string | null, EventKind, ReviewStatus][] = [
  ['june-month', '2019-06-01', 'MONTH', null, 'POLITICAL', 'PUBLISHED'],
  ['may-31', '2019-05-31', 'DAY', null, 'MILITARY', 'PUBLISHED'],
  ['june-30', '2019-06-30', 'DAY', null, 'POLITICAL', 'PUBLISHED'],
  ['june-30-draft', '2019-06-30', 'DAY', null, 'POLITICAL', 'DRAFT'],
  ['july-1', '2019-07-01', 'DAY', null, 'OTHER', 'PUBLISHED'],
  ['year-2018', '2018-01-01', 'YEAR', null, 'OTHER', 'PUBLISHED'],
  ['march-to-may', '2019-03-01', 'MONTH', '2019-05-01', 'LEGAL', 'PUBLISHED'],
  ['week-of-june-24', '2019-06-24', 'WEEK', null, 'PROTEST', 'PUBLISHED'],
  ['twin-of-june-30', '2019-06-30', 'DAY', null, 'POLITICAL', 'PUBLISHED'],
];

describe('per-span event counts', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    const actor = await t.db.actor.create({ data: { slug: 'someone', name: 'Someone', kind: 'PERSON' } });
    for (const [title, start, precision, end, kind, status] of fixtures) {
      await t.db.event.create({
        data: {
          title,
          kind,
          status,
          ...spanOf(day(start), precision, end ? day(end) : null),
          ...(title.startsWith('june') ? { actors: { create: [{ actorId: actor.id, role: 'SUBJECT' }] } } : {}),
        },
      });
    }
  });
  afterAll(() => t.drop());

  /** What the counts table holds (non-zero rows) and what counting the events gives, as comparable lists. */
  async function countsAndTruth() {
    const held = await t.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT concat_ws(' ', status, kind, starts_on, ends_on) AS key, events AS n FROM event_span_count WHERE events > 0 ORDER BY 1`;
    const truth = await t.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT concat_ws(' ', status, kind, starts_on, ends_on) AS key, count(*)::int AS n FROM event GROUP BY 1 ORDER BY 1`;
    return { held, truth };
  }

  it('follow single inserts, updates of status, kind and dates, and deletes', async () => {
    let { held, truth } = await countsAndTruth();
    expect(held).toEqual(truth);
    expect(held.find((row) => row.key.startsWith('PUBLISHED POLITICAL 2019-06-30'))?.n).toBe(2);

    const draft = await t.db.event.findFirstOrThrow({ where: { title: 'june-30-draft' } });
    await t.db.event.update({ where: { id: draft.id }, data: { status: 'PUBLISHED' } });
    await t.db.event.update({ where: { id: draft.id }, data: { title: 'june-30-published' } }); // changes no count
    await t.db.event.updateMany({ where: { title: 'july-1' }, data: { kind: 'LEGAL', ...spanOf(day('2019-07-02'), 'DAY') } });
    await t.db.event.deleteMany({ where: { title: 'year-2018' } });
    ({ held, truth } = await countsAndTruth());
    expect(held).toEqual(truth);
    expect(held.find((row) => row.key.startsWith('PUBLISHED POLITICAL 2019-06-30'))?.n).toBe(3);
    expect(held.some((row) => row.key.includes('2018-01-01'))).toBe(false);
  });

  it('follow a bulk insert and a bulk delete in one statement each, rolled back with their transaction', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      title: `bulk ${i}`,
      kind: 'ECONOMIC' as const,
      status: 'PUBLISHED' as const,
      ...spanOf(day(`2019-06-${String(1 + (i % 20)).padStart(2, '0')}`), 'DAY'),
    }));
    await t.db.event.createMany({ data: many });
    let { held, truth } = await countsAndTruth();
    expect(held).toEqual(truth);

    await expect(
      t.db.$transaction(async (tx) => {
        await tx.event.deleteMany({ where: { title: { startsWith: 'bulk' } } });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    ({ held, truth } = await countsAndTruth());
    expect(held).toEqual(truth);
    expect(held.filter((row) => row.key.startsWith('PUBLISHED ECONOMIC')).reduce((n, row) => n + row.n, 0)).toBe(40);

    await t.db.event.deleteMany({ where: { title: { startsWith: 'bulk' } } });
    ({ held, truth } = await countsAndTruth());
    expect(held).toEqual(truth);
  });

  it('give the histogram and the count that counting every event gives, with and without filters they cannot answer', async () => {
    const actor = await t.db.actor.findFirstOrThrow({ where: { slug: 'someone' } });
    const window = { from: day('2019-02-11'), to: day('2019-07-20') };
    const filters: EventFilter[] = [
      { statuses: ['PUBLISHED'] },
      { statuses: ['PUBLISHED', 'DRAFT'] },
      { statuses: ['PUBLISHED'], kinds: ['POLITICAL', 'LEGAL'] },
      { statuses: ['PUBLISHED'], actorIds: [actor.id] }, // not in the counts: read from the events
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
    expect(await countEvents(t.db, { statuses: ['PUBLISHED'], from: day('2019-06-30') })).toBe(
      await t.db.event.count({ where: { status: 'PUBLISHED', endsOn: { gte: day('2019-06-30') } } }),
    );
  });
});
