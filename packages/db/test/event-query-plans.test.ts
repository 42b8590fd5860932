// The plans of the queries the timeline sends, on enough events (100,000 over
// 25 years) for the planner to choose as it does at scale: a window page
// reads about a page of events wherever the window lies and however wide it
// is, page 1,000 as little as page 1, and the histogram and window count
// never read the events at all, nor, on a timeline, its links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { parseCalendarDay } from '@chronicle/calendar';
import { countEventsSql, findEventPage, pageIdsSql } from '../src/queries/event-page.ts';
import { histogramSql } from '../src/queries/event-histogram.ts';
import { timelineExtentsSql } from '../src/queries/timeline-extent.ts';
import type { EventFilter } from '../src/queries/event-filter.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

const day = (value: string) => parseCalendarDay(value)!;
const EVENTS = 100_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

describe('query plans at 100,000 events', () => {
  let t: TestDatabase;
  let timelineId: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    // 90% DAY, 8% MONTH, 2% YEAR, as the bench's synthetic data; a tenth are drafts.
    await t.db.$executeRaw`
      INSERT INTO event (id, title, kind, starts_on, ends_on, precision, status, updated_at)
      SELECT md5('event' || g)::uuid, 'Event ' || g, (enum_range(NULL::"EventKind"))[1 + g % 9],
             CASE WHEN g % 50 = 0 THEN date_trunc('year', d)::date WHEN g % 12 = 0 THEN date_trunc('month', d)::date ELSE d END,
             CASE WHEN g % 50 = 0 THEN (date_trunc('year', d) + interval '1 year - 1 day')::date
                  WHEN g % 12 = 0 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date ELSE d END,
             (CASE WHEN g % 50 = 0 THEN 'YEAR' WHEN g % 12 = 0 THEN 'MONTH' ELSE 'DAY' END)::"DatePrecision",
             (CASE WHEN g % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ReviewStatus", now()
      FROM generate_series(1, ${EVENTS}::bigint) g, LATERAL (SELECT date '2000-01-01' + ((g * 7919) % 9131)::int AS d) day`;
    // All of them on one timeline, linked in one statement as the browser bench links them.
    timelineId = (await t.db.timeline.create({ data: { slug: 'everything', title: 'Everything' } })).id;
    await t.db.$executeRaw`INSERT INTO timeline_event (timeline_id, event_id) SELECT ${timelineId}::uuid, id FROM event`;
    await t.db.$executeRaw`ANALYZE`;
  }, 120_000);
  afterAll(() => t.drop());

  async function plan(sql: Prisma.Sql, settings: Prisma.Sql[] = []): Promise<PlanNode[]> {
    return t.db.$transaction(async (tx) => {
      for (const setting of settings) await tx.$executeRaw(setting);
      const [row] = await tx.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
      return nodesOf(row!['QUERY PLAN'][0].Plan);
    });
  }

  /** Rows the plan read from a table: those each scan node kept and those its filter threw away, times its loops. */
  const rowsRead = (nodes: PlanNode[], table: string) =>
    nodes
      .filter((n) => n['Relation Name'] === table)
      .reduce((sum, n) => sum + (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0)) * n['Actual Loops'], 0);
  const eventRowsRead = (nodes: PlanNode[]) => rowsRead(nodes, 'event');

  const reader: EventFilter = { statuses: ['PUBLISHED'] };
  const windows = [
    ['a week in 2003', '2003-03-01', '2003-03-07'],
    ['a week mid-month in 2012', '2012-05-17', '2012-05-23'],
    ['two years at the end', '2022-01-01', '2023-12-31'],
    ['twenty-five years', '2000-01-01', '2024-12-31'],
  ] as const;

  // Mid-year and mid-month windows: the year's and month's events run on their first day.
  it.each(windows.flatMap(([name, from, to]) => [50, 200].map((first) => [name, first, from, to] as const)))(
    'a window page reads about a page of events: %s, first %i',
    async (_, first, from, to) => {
      const nodes = await plan(pageIdsSql({ ...reader, from: day(from), to: day(to) }, { first }));
      expect(nodes.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'event')).toBe(false);
      // The page, the one more that says there is a next page, and the long events running on the first day.
      expect(eventRowsRead(nodes)).toBeLessThan(1_000);
    },
  );

  // At a million events the planner, offered the LIMIT, walked the (status, starts_on) index from 2000 to find
  // the events running on the window's first day (7 s). Statistics at this size do not tempt it; discouraging
  // sorts and bitmap scans does: the page must still read about a page.
  it('a window page does not walk the index from 2000 for the events running on its first day, however tempted', async () => {
    const nodes = await plan(pageIdsSql({ ...reader, from: day('2012-05-17'), to: day('2012-05-23') }, { first: 50 }), [
      Prisma.sql`SET LOCAL enable_sort = off`,
      Prisma.sql`SET LOCAL enable_bitmapscan = off`,
    ]);
    expect(eventRowsRead(nodes)).toBeLessThan(1_000);
  });

  it('page 1,000 of a keyset walk reads as few events as page 1', async () => {
    const filter = { ...reader, from: day('2001-01-01'), to: day('2024-12-31') };
    let after = null;
    for (let i = 0; i < 999; i += 1) {
      // Pages of 50: 49,950 events in, well into the 25 years.
      after = (await findEventPage(t.db, filter, { first: 50, after })).cursors.at(-1)!;
    }
    const first = eventRowsRead(await plan(pageIdsSql(filter, { first: 50 })));
    const thousandth = eventRowsRead(await plan(pageIdsSql(filter, { first: 50, after })));
    expect(thousandth).toBeLessThanOrEqual(first * 1.2 + 10);
  }, 120_000);

  it.each([50, 500])('the histogram in %i buckets and the window count read the per-span counts, not the events', async (buckets) => {
    for (const [, from, to] of windows) {
      const filter = { ...reader, from: day(from), to: day(to) };
      const size = Math.ceil((day(to).getTime() - day(from).getTime()) / 86_400_000 / buckets) || 1;
      expect(eventRowsRead(await plan(histogramSql(filter, size)))).toBe(0);
      expect(eventRowsRead(await plan(countEventsSql(filter)))).toBe(0);
    }
  });

  // A timeline of 100,000 events took seconds to paint at a million: its extent and histogram joined every link to its event.
  it.each([50, 500])(
    'on a timeline, the extent, the histogram in %i buckets and the window count read its per-span counts, not its events or links',
    async (buckets) => {
      const touched = (nodes: PlanNode[]) => rowsRead(nodes, 'event') + rowsRead(nodes, 'timeline_event');
      expect(touched(await plan(timelineExtentsSql([timelineId])))).toBe(0);
      for (const [, from, to] of windows) {
        const filter = { ...reader, timelineId, from: day(from), to: day(to) };
        const size = Math.ceil((day(to).getTime() - day(from).getTime()) / 86_400_000 / buckets) || 1;
        const histogram = await plan(histogramSql(filter, size));
        expect(touched(histogram)).toBe(0);
        expect(rowsRead(histogram, 'timeline_span_count')).toBeGreaterThan(0);
        expect(touched(await plan(countEventsSql(filter)))).toBe(0);
      }
    },
  );
});
