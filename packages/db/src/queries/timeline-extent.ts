// How much of a timeline readers see: its published events' count and first and last day.
import type { Database } from '../client.ts';

export interface TimelineExtent {
  count: number;
  /** First day of its earliest published event; null when it has none. */
  start: Date | null;
  /** Last day of its latest published event; null when it has none. */
  end: Date | null;
}

/** The extent of each timeline, in one statement (a timeline without published events counts 0). */
export async function timelineExtents(db: Database, timelineIds: readonly string[]): Promise<Map<string, TimelineExtent>> {
  const rows = await db.$queryRaw<{ timeline_id: string; count: bigint; start: Date | null; end: Date | null }[]>`
    SELECT te.timeline_id, count(*) AS count, min(e.starts_on) AS start, max(e.ends_on) AS "end"
    FROM event e JOIN timeline_event te ON te.event_id = e.id
    WHERE te.timeline_id = ANY(${[...timelineIds]}::uuid[]) AND e.status = 'PUBLISHED'
    GROUP BY te.timeline_id`;
  const found = new Map(rows.map((r) => [r.timeline_id, { count: Number(r.count), start: r.start, end: r.end }]));
  return new Map(timelineIds.map((id) => [id, found.get(id) ?? { count: 0, start: null, end: null }]));
}
