// Event density over a window, for a zoomed-out timeline that should not load
// every event. An event counts in every bucket its span meets, so a MONTH event
// is not piled onto the 1st.
import { readRows, type Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { eventFilterSql, type EventFilter } from './event-filter.ts';
import { spanCountRowsSql, spanCountsCover } from './event-span-counts.ts';

export interface HistogramBucket {
  from: Date;
  /** Last day of the bucket, inclusive. */
  to: Date;
  count: number;
}

const DAY_MS = 86_400_000;

/** Splits [from, to] into `buckets` runs of whole days (the last may be shorter). */
export function bucketBounds(from: Date, to: Date, buckets: number): { from: Date; to: Date }[] {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  const size = Math.max(1, Math.ceil(days / buckets));
  const bounds: { from: Date; to: Date }[] = [];
  for (let offset = 0; offset < days; offset += size) {
    const start = new Date(from.getTime() + offset * DAY_MS);
    const end = new Date(Math.min(from.getTime() + (offset + size - 1) * DAY_MS, to.getTime()));
    bounds.push({ from: start, to: end });
  }
  return bounds;
}

export async function eventHistogram(db: Database, filter: EventFilter & { from: Date; to: Date }, buckets: number): Promise<HistogramBucket[]> {
  const bounds = bucketBounds(filter.from, filter.to, buckets);
  // Prepared on each connection (readRows): a zoomed-out timeline sends this as often as it pans.
  const rows = await readRows<{ index: number; count: bigint | string }>(db, histogramStatement(filter, buckets));
  const counts = new Map(rows.map((r) => [r.index, Number(r.count)]));
  return bounds.map((b, i) => ({ ...b, count: counts.get(i) ?? 0 }));
}

/** The statement eventHistogram runs: counts per bucket index. */
export function histogramStatement(filter: EventFilter & { from: Date; to: Date }, buckets: number): Prisma.Sql {
  return histogramSql(filter, bucketDays(filter.from, filter.to, buckets));
}

function bucketDays(from: Date, to: Date, buckets: number): number {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  return Math.max(1, Math.ceil(days / buckets));
}

/**
 * Counts per bucket index (from 0). Buckets are runs of `size` days from
 * `from`, so the buckets a span meets are a range of indexes computed from
 * its clipped ends: each matching row is read once, whatever the number of
 * buckets (joining buckets to events looped over buckets × events). With
 * only timeline, status and kind to filter on, the rows are the per-span
 * counts (event-span-counts.ts), a few per day, not the events themselves.
 */
export function histogramSql(filter: EventFilter & { from: Date; to: Date }, size: number): Prisma.Sql {
  const from = Prisma.sql`${filter.from}::date`;
  const to = Prisma.sql`${filter.to}::date`;
  const indexes = (alias: Prisma.Sql) =>
    Prisma.sql`generate_series((greatest(${alias}.starts_on, ${from}) - ${from}) / ${size}::int, (least(${alias}.ends_on, ${to}) - ${from}) / ${size}::int) AS k`;
  if (spanCountsCover(filter)) {
    const rows = spanCountRowsSql(filter, {
      single: Prisma.sql`(c.starts_on - ${from}) / ${size}::int AS k, c.events`,
      long: Prisma.sql`k, c.events`,
      from: Prisma.sql`, ${indexes(Prisma.raw('c'))}`,
    });
    return Prisma.sql`SELECT k::int AS index, sum(events)::bigint AS count FROM (${rows}) meeting GROUP BY k`;
  }
  return Prisma.sql`
    SELECT k::int AS index, count(*) AS count
    FROM event e, ${indexes(Prisma.raw('e'))}
    WHERE ${eventFilterSql(filter)}
    GROUP BY k`;
}
