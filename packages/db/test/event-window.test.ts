// The window query: events whose [start, end] meets the window, exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarDay, spanOf } from '@chronicle/calendar';
import type { DatePrecision } from '../src/generated/prisma/enums.ts';
import { countEvents, findEventPage } from '../src/queries/event-page.ts';
import { eventHistogram } from '../src/queries/event-histogram.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

const day = (value: string) => parseCalendarDay(value)!;

// Small named fixtures: title → (start, precision, end?)
const fixtures: [string, string, DatePrecision, string?][] = [
  ['june-month', '2019-06-01', 'MONTH'],
  ['may-31', '2019-05-31', 'DAY'],
  ['june-30', '2019-06-30', 'DAY'],
  ['july-1', '2019-07-01', 'DAY'],
  ['year-2018', '2018-01-01', 'YEAR'],
  ['march-to-may', '2019-03-01', 'MONTH', '2019-05-01'],
  ['week-of-june-24', '2019-06-24', 'WEEK'],
];

describe('events overlapping a window', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    for (const [title, start, precision, end] of fixtures) {
      await t.db.event.create({
        data: { title, kind: 'OTHER', status: 'PUBLISHED', ...spanOf(day(start), precision, end ? day(end) : null) },
      });
    }
  });
  afterAll(() => t.drop());

  async function titlesIn(from: string | null, to: string | null): Promise<string[]> {
    const page = await findEventPage(t.db, { statuses: ['PUBLISHED'], from: from ? day(from) : null, to: to ? day(to) : null }, { first: 100 });
    return page.events.map((e) => e.title).sort();
  }

  it('a month-precision event meets windows that touch either edge of its month', async () => {
    expect(await titlesIn('2019-06-30', '2019-07-05')).toEqual(['july-1', 'june-30', 'june-month', 'week-of-june-24'].sort());
    expect(await titlesIn('2019-05-20', '2019-06-01')).toEqual(['june-month', 'march-to-may', 'may-31'].sort());
  });

  it('a window just outside the month does not meet it', async () => {
    expect(await titlesIn('2019-07-02', '2019-07-31')).toEqual([]);
    expect(await titlesIn('2019-01-01', '2019-02-28')).toEqual([]);
  });

  it('ranges, weeks and years meet windows anywhere inside them', async () => {
    expect(await titlesIn('2019-04-10', '2019-04-10')).toEqual(['march-to-may']);
    expect(await titlesIn('2019-06-27', '2019-06-27')).toEqual(['june-month', 'week-of-june-24']);
    expect(await titlesIn('2018-12-31', '2018-12-31')).toEqual(['year-2018']);
  });

  it('open-ended windows work from either side', async () => {
    expect(await titlesIn('2019-06-30', null)).toEqual(['july-1', 'june-30', 'june-month', 'week-of-june-24'].sort());
    expect(await titlesIn(null, '2018-12-31')).toEqual(['year-2018']);
  });

  it('pages with keyset cursors in time order, no event twice or missed', async () => {
    const filter = { statuses: ['PUBLISHED' as const] };
    const seen: string[] = [];
    let after = null;
    for (;;) {
      const page = await findEventPage(t.db, filter, { first: 2, after });
      seen.push(...page.events.map((e) => e.title));
      if (!page.hasNextPage) break;
      after = page.cursors.at(-1)!;
    }
    expect(seen).toEqual(['year-2018', 'march-to-may', 'may-31', 'june-month', 'week-of-june-24', 'june-30', 'july-1']);
    expect(await countEvents(t.db, filter)).toBe(fixtures.length);
  });

  it('counts an event in every histogram bucket its span meets', async () => {
    const buckets = await eventHistogram(t.db, { statuses: ['PUBLISHED'], from: day('2019-05-02'), to: day('2019-07-30') }, 3);
    expect(buckets.map((b) => [b.from.toISOString().slice(0, 10), b.to.toISOString().slice(0, 10), b.count])).toEqual([
      ['2019-05-02', '2019-05-31', 2], // march-to-may, may-31
      ['2019-06-01', '2019-06-30', 3], // june-month, week-of-june-24, june-30
      ['2019-07-01', '2019-07-30', 1], // july-1
    ]);
  });

  it('refuses a month-precision event stored as a day of the month', async () => {
    await expect(
      t.db.event.create({
        data: { title: 'dishonest', kind: 'OTHER', precision: 'MONTH', startsOn: day('2019-06-01'), endsOn: day('2019-06-01') },
      }),
    ).rejects.toThrow(/event_(single_period|end_on_period_boundary)/);
  });
});
