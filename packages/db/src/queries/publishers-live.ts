// The publishers of published events counted from the citations themselves:
// seconds at a million events, so only for a choice of citation statuses the
// rollup (publishers.ts) does not keep, and as the truth its tests compare with.
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ReviewStatus } from '../generated/prisma/enums.ts';
import { MAX_PUBLISHERS, withCountries, type PublisherCount } from './publisher-rows.ts';

export async function livePublisherCounts(db: Database, timelineId: string | null, citationStatuses: readonly ReviewStatus[]): Promise<PublisherCount[]> {
  const inTimeline = timelineId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM timeline_event te WHERE te.event_id = e.id AND te.timeline_id = ${timelineId}::uuid)`
    : Prisma.empty;
  return withCountries(
    db,
    Prisma.sql`
      SELECT s.publisher AS name, count(DISTINCT e.id) AS event_count
      FROM citation c
      JOIN source s ON s.id = c.source_id
      JOIN event e ON e.id = c.event_id
      WHERE e.status = 'PUBLISHED' AND c.status::text = ANY(${citationStatuses}::text[])
        AND s.publisher IS NOT NULL ${inTimeline}
      GROUP BY s.publisher
      ORDER BY event_count DESC, s.publisher
      LIMIT ${MAX_PUBLISHERS}`,
  );
}
