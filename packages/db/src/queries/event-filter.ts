// The WHERE clause shared by the event list and the histogram: one place
// decides what "matches the filter" means.
import { Prisma } from '../generated/prisma/client.ts';
import type { ActorRole, EventKind, ReviewStatus } from '../generated/prisma/enums.ts';

export interface EventFilter {
  timelineId?: string | null;
  /** First day of the window, inclusive. Events whose span meets the window match. */
  from?: Date | null;
  /** Last day of the window, inclusive. */
  to?: Date | null;
  /** Events with any of these actors. */
  actorIds?: readonly string[] | null;
  /** With actorIds: only where the actor has this role. */
  actorRole?: ActorRole | null;
  kinds?: readonly EventKind[] | null;
  statuses: readonly ReviewStatus[];
  /** Full-text search over titles, summaries and quotes (web-search syntax: "quoted phrase", -not, or). */
  search?: string | null;
  /**
   * Review statuses of the quotes the search looks at; defaults to `statuses`.
   * A reader's search must not find an event through a quote still waiting
   * for an editor, however public the event is.
   */
  quoteStatuses?: readonly ReviewStatus[] | null;
  /** Events cited by any of these publishers (exact names). */
  publishers?: readonly string[] | null;
  /** Events cited by a publisher of any of these countries (ISO alpha-2). */
  publisherCountries?: readonly string[] | null;
  /**
   * Review statuses of the citations the publisher filters look at; defaults
   * to `quoteStatuses`: a reader must not find an event through an outlet
   * whose citation still waits for an editor.
   */
  citationStatuses?: readonly ReviewStatus[] | null;
}

/** The event `alias` has an actor `= actorMatch` (in `role`, when given). */
export function hasActorSql(alias: Prisma.Sql, actorMatch: Prisma.Sql, role?: ActorRole | null): Prisma.Sql {
  const inRole = role ? Prisma.sql`AND ea.role::text = ${role}` : Prisma.empty;
  return Prisma.sql`EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = ${alias}.id AND ea.actor_id = ${actorMatch} ${inRole})`;
}

/**
 * The status test as the planner can read it: compared as the enum (not as
 * text, which hid the column's statistics and kept the (status, starts_on, id)
 * index out), and as a plain equality when there is one status, so that index
 * also gives the page its order.
 */
export function statusSql(alias: Prisma.Sql, statuses: readonly ReviewStatus[]): Prisma.Sql {
  if (statuses.length === 1) return Prisma.sql`${alias}.status = ${statuses[0]}::"ReviewStatus"`;
  return Prisma.sql`${alias}.status = ANY(${statuses}::"ReviewStatus"[])`;
}

export function eventFilterSql(filter: EventFilter, alias = Prisma.raw('e')): Prisma.Sql {
  const conditions: Prisma.Sql[] = [statusSql(alias, filter.statuses)];
  if (filter.from || filter.to) {
    // A span [starts_on, ends_on] meets the window when the two ranges overlap;
    // a MONTH event's span is its whole month, so precision is respected here.
    conditions.push(Prisma.sql`${alias}.span && daterange(${filter.from ?? null}::date, ${filter.to ?? null}::date, '[]')`);
  }
  if (filter.timelineId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM timeline_event te WHERE te.event_id = ${alias}.id AND te.timeline_id = ${filter.timelineId}::uuid)`);
  }
  if (filter.actorIds && filter.actorIds.length > 0) {
    conditions.push(hasActorSql(alias, Prisma.sql`ANY(${filter.actorIds}::uuid[])`, filter.actorRole));
  }
  if (filter.kinds && filter.kinds.length > 0) {
    conditions.push(Prisma.sql`${alias}.kind = ANY(${filter.kinds}::"EventKind"[])`);
  }
  // Like the other filters, each list narrows: any of its publishers, and (when both are given) any of its countries.
  const citedBy = (match: Prisma.Sql) => {
    const statuses = (filter.citationStatuses ?? filter.quoteStatuses ?? filter.statuses) as string[];
    return Prisma.sql`EXISTS (
      SELECT 1 FROM citation c JOIN source s ON s.id = c.source_id
      WHERE c.event_id = ${alias}.id AND c.status::text = ANY(${statuses}::text[]) AND ${match}
    )`;
  };
  if (filter.publishers && filter.publishers.length > 0) {
    conditions.push(citedBy(Prisma.sql`s.publisher = ANY(${filter.publishers}::text[])`));
  }
  if (filter.publisherCountries && filter.publisherCountries.length > 0) {
    conditions.push(citedBy(Prisma.sql`s.publisher_country::text = ANY(${filter.publisherCountries}::text[])`));
  }
  const search = filter.search?.trim();
  if (search) {
    conditions.push(Prisma.sql`(
      ${alias}.search @@ websearch_to_tsquery('english', ${search})
      OR EXISTS (
        SELECT 1 FROM quote q
        WHERE q.event_id = ${alias}.id AND q.status::text = ANY(${filter.quoteStatuses ?? filter.statuses}::text[])
          AND q.search @@ websearch_to_tsquery('english', ${search}))
    )`);
  }
  return Prisma.join(conditions, ' AND ');
}
