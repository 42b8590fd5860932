// Event density over a window, for a zoomed-out timeline that should not load
// every event. An event counts in every bucket its span meets, so a MONTH event
// is not piled onto the 1st.
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { eventFilterSql, type EventFilter } from './event-filter.ts';

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

export async function eventHistogram(
  db: Database,
  filter: EventFilter & { from: Date; to: Date },
  buckets: number,
): Promise<HistogramBucket[]> {
  const bounds = bucketBounds(filter.from, filter.to, buckets);
  const starts = bounds.map((b) => b.from);
  const ends = bounds.map((b) => b.to);
  const rows = await db.$queryRaw<{ index: number; count: bigint }[]>`
    SELECT b.index::int AS index, count(e.id) AS count
    FROM unnest(${starts}::date[], ${ends}::date[]) WITH ORDINALITY AS b(lo, hi, index)
    LEFT JOIN event e ON e.span && daterange(b.lo, b.hi, '[]') AND ${eventFilterSql(filter)}
    GROUP BY b.index ORDER BY b.index`;
  const counts = new Map(rows.map((r) => [r.index, Number(r.count)]));
  return bounds.map((b, i) => ({ ...b, count: counts.get(i + 1) ?? 0 }));
}
