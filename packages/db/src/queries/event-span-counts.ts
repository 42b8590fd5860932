// The per-span event counts (table event_span_count, kept by triggers) answer
// "how many events" for filters on status, kind and window alone; any other
// filter needs the events themselves.
import { Prisma } from '../generated/prisma/client.ts';
import type { EventFilter } from './event-filter.ts';

export function spanCountsCover(filter: EventFilter): boolean {
  return (
    !filter.timelineId &&
    !(filter.actorIds && filter.actorIds.length > 0) &&
    !(filter.publishers && filter.publishers.length > 0) &&
    !(filter.publisherCountries && filter.publisherCountries.length > 0) &&
    !filter.search?.trim()
  );
}

/** Status and kind on the counts table `c`, as eventFilterSql has them on events. */
export function spanCountFilterSql(filter: EventFilter): Prisma.Sql {
  const conditions = [Prisma.sql`c.status = ANY(${filter.statuses as string[]}::"ReviewStatus"[])`, Prisma.sql`c.events > 0`];
  if (filter.kinds && filter.kinds.length > 0) conditions.push(Prisma.sql`c.kind = ANY(${filter.kinds as string[]}::"EventKind"[])`);
  return Prisma.join(conditions, ' AND ');
}

/** Events meeting the window (either end may be open), from the counts. */
export function spanCountTotalSql(filter: EventFilter): Prisma.Sql {
  const from = filter.from ? Prisma.sql`AND c.ends_on >= ${filter.from}::date` : Prisma.empty;
  const to = filter.to ? Prisma.sql`AND c.starts_on <= ${filter.to}::date` : Prisma.empty;
  return Prisma.sql`SELECT coalesce(sum(c.events), 0)::bigint AS count FROM event_span_count c WHERE ${spanCountFilterSql(filter)} ${from} ${to}`;
}
