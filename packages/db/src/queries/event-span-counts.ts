// The per-span event counts answer "how many events" for filters on status,
// kind, window and timeline alone: event_span_count for all events,
// timeline_span_count for one timeline's (both kept by triggers). Any other
// filter needs the events themselves.
import { Prisma } from '../generated/prisma/client.ts';
import { statusSql, type EventFilter } from './event-filter.ts';

export function spanCountsCover(filter: EventFilter): boolean {
  return (
    !(filter.actorIds && filter.actorIds.length > 0) &&
    !(filter.publishers && filter.publishers.length > 0) &&
    !(filter.publisherCountries && filter.publisherCountries.length > 0) &&
    !filter.search?.trim()
  );
}

/** Timeline, status and kind on the counts table `c`, as eventFilterSql has them on events. */
export function spanCountFilterSql(filter: EventFilter): Prisma.Sql {
  const conditions = [statusSql(Prisma.raw('c'), filter.statuses), Prisma.sql`c.events > 0`];
  if (filter.timelineId) conditions.unshift(Prisma.sql`c.timeline_id = ${filter.timelineId}::uuid`);
  if (filter.kinds && filter.kinds.length > 0) conditions.push(Prisma.sql`c.kind = ANY(${filter.kinds as string[]}::"EventKind"[])`);
  return Prisma.join(conditions, ' AND ');
}

/**
 * The count rows meeting the window, as two sets: one-day spans (nearly all
 * rows), found along the ([timeline_id,] status, starts_on) index and needing
 * no range arithmetic, and the few longer spans (months, years, ranges).
 * `single` and `long` get the rows as alias `c`.
 */
export function spanCountRowsSql(filter: EventFilter, select: { single: Prisma.Sql; long: Prisma.Sql; from?: Prisma.Sql }): Prisma.Sql {
  const where = spanCountFilterSql(filter);
  const table = filter.timelineId ? Prisma.sql`timeline_span_count c` : Prisma.sql`event_span_count c`;
  const from = filter.from ? Prisma.sql`AND c.starts_on >= ${filter.from}::date` : Prisma.empty;
  const to = filter.to ? Prisma.sql`AND c.starts_on <= ${filter.to}::date` : Prisma.empty;
  // Longer spans meeting the window: for all events along the GiST index
  // event_span_count_span_idx (its expression, migration 20261202160000), for
  // one timeline along the partial index timeline_span_count_long_spans_idx
  // (its predicate, migration 20261203070658), a few thousand rows at most.
  const meets = filter.timelineId
    ? Prisma.sql`c.starts_on <> c.ends_on ${to} ${filter.from ? Prisma.sql`AND c.ends_on >= ${filter.from}::date` : Prisma.empty}`
    : Prisma.sql`c.starts_on <> c.ends_on AND daterange(c.starts_on, c.ends_on, '[]') && daterange(${filter.from ?? null}::date, ${filter.to ?? null}::date, '[]')`;
  return Prisma.sql`
    SELECT ${select.single} FROM ${table} WHERE ${where} AND c.starts_on = c.ends_on ${from} ${to}
    UNION ALL
    SELECT ${select.long} FROM ${table} ${select.from ?? Prisma.empty} WHERE ${where} AND ${meets}`;
}

/** Events meeting the window (either end may be open), from the counts. */
export function spanCountTotalSql(filter: EventFilter): Prisma.Sql {
  const rows = spanCountRowsSql(filter, { single: Prisma.sql`c.events`, long: Prisma.sql`c.events` });
  return Prisma.sql`SELECT coalesce(sum(events), 0)::bigint AS count FROM (${rows}) meeting`;
}
