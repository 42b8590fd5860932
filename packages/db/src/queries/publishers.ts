// The publishers behind a timeline's published events: what a reader can
// narrow the timeline to ("the crisis as TASS told it").
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { ReviewStatus } from '../generated/prisma/enums.ts';
import { MAX_PUBLISHERS, withCountries, type PublisherCount } from './publisher-rows.ts';
import { livePublisherCounts } from './publishers-live.ts';

export { MAX_PUBLISHERS, type PublisherCount } from './publisher-rows.ts';

/**
 * The count kept for a choice of citation statuses (migration
 * 20261203140000_publisher_event_counts): a reader's (PUBLISHED only) or an
 * editor's (every status). Null for any other choice.
 */
function keptCount(citationStatuses: readonly ReviewStatus[]): Prisma.Sql | null {
  const chosen = new Set(citationStatuses);
  if (chosen.size === 1 && chosen.has('PUBLISHED')) return Prisma.raw('events_by_published_citations');
  if (Object.values(ReviewStatus).every((status) => chosen.has(status))) return Prisma.raw('events_by_any_citation');
  return null;
}

/** The ranked query publisherCounts reads: one row per publisher from the counts triggers keep, never the citations. */
export function publisherCountsSql(timelineId: string | null, count: Prisma.Sql): Prisma.Sql {
  // Without a timeline, the count over all events: a table of its own, as
  // small as the timeline's, rather than a sum over every timeline's rows
  // (an event is on several timelines, or none).
  // Rows at 0 stay in both tables (a publisher whose events all went).
  return timelineId
    ? Prisma.sql`
        SELECT publisher AS name, ${count} AS event_count FROM timeline_publisher_event_count
        WHERE timeline_id = ${timelineId}::uuid AND ${count} > 0
        ORDER BY event_count DESC, publisher LIMIT ${MAX_PUBLISHERS}`
    : Prisma.sql`
        SELECT publisher AS name, ${count} AS event_count FROM publisher_event_count
        WHERE ${count} > 0
        ORDER BY event_count DESC, publisher LIMIT ${MAX_PUBLISHERS}`;
}

/**
 * Publishers citing published events (of `timelineId`, or of any timeline),
 * most events first, then by name. Only citations in `citationStatuses` count.
 * A publisher written with two countries on different sources keeps the one
 * most of its sources give.
 */
export async function publisherCounts(db: Database, timelineId: string | null, citationStatuses: readonly ReviewStatus[]): Promise<PublisherCount[]> {
  const count = keptCount(citationStatuses);
  if (!count) return livePublisherCounts(db, timelineId, citationStatuses);
  return withCountries(db, publisherCountsSql(timelineId, count));
}
