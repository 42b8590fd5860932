// The publishers behind a timeline's published events: what a reader can
// narrow the timeline to ("the crisis as TASS told it").
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ReviewStatus } from '../generated/prisma/enums.ts';

export interface PublisherCount {
  name: string;
  country: string | null;
  eventCount: number;
}

export const MAX_PUBLISHERS = 200;

/**
 * Publishers citing published events (of `timelineId`, or of any timeline),
 * most events first, then by name. Only citations in `citationStatuses` count.
 * A publisher written with two countries on different sources keeps the one
 * most of its sources give.
 */
export async function publisherCounts(db: Database, timelineId: string | null, citationStatuses: readonly ReviewStatus[]): Promise<PublisherCount[]> {
  const inTimeline = timelineId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM timeline_event te WHERE te.event_id = e.id AND te.timeline_id = ${timelineId}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ name: string; country: string | null; event_count: bigint }[]>`
    SELECT s.publisher AS name,
           mode() WITHIN GROUP (ORDER BY s.publisher_country) AS country,
           count(DISTINCT e.id) AS event_count
    FROM citation c
    JOIN source s ON s.id = c.source_id
    JOIN event e ON e.id = c.event_id
    WHERE e.status = 'PUBLISHED' AND c.status::text = ANY(${citationStatuses as string[]}::text[])
      AND s.publisher IS NOT NULL ${inTimeline}
    GROUP BY s.publisher
    ORDER BY event_count DESC, s.publisher
    LIMIT ${MAX_PUBLISHERS}`;
  return rows.map((r) => ({ name: r.name, country: r.country?.trim() || null, eventCount: Number(r.event_count) }));
}
