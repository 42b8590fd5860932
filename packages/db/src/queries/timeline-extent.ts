// How much of a timeline readers see: its published events' count and first and last day.
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';

export interface TimelineExtent {
  count: number;
  /** First day of its earliest published event; null when it has none. */
  start: Date | null;
  /** Last day of its latest published event; null when it has none. */
  end: Date | null;
}

/** The extent of each timeline, in one statement (a timeline without published events counts 0). */
export async function timelineExtents(db: Database, timelineIds: readonly string[]): Promise<Map<string, TimelineExtent>> {
  const rows = await db.$queryRaw<{ timeline_id: string; count: bigint; start: Date | null; end: Date | null }[]>(timelineExtentsSql(timelineIds));
  const found = new Map(rows.map((r) => [r.timeline_id, { count: Number(r.count), start: r.start, end: r.end }]));
  return new Map(timelineIds.map((id) => [id, found.get(id) ?? { count: 0, start: null, end: null }]));
}

/**
 * From the timelines' per-span counts (timeline_span_count, kept by
 * triggers): a few rows per day and kind, where joining the timeline's links
 * to its events read every one of them (seconds at a million).
 */
export function timelineExtentsSql(timelineIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT c.timeline_id, sum(c.events) AS count, min(c.starts_on) AS start, max(c.ends_on) AS "end"
    FROM timeline_span_count c
    WHERE c.timeline_id = ANY(${[...timelineIds]}::uuid[]) AND c.status = 'PUBLISHED' AND c.events > 0
    GROUP BY c.timeline_id`;
}
