// Events in time order, a page at a time, with keyset pagination on
// (starts_on, id): page 1,000 costs what page 1 costs (keyset-page.ts).
import type { Database } from '../client.ts';
import { Prisma, type Event } from '../generated/prisma/client.ts';
import { eventFilterSql, hasActorSql, type EventFilter } from './event-filter.ts';
import { spanCountsCover, spanCountTotalSql } from './event-span-counts.ts';
import { keysetAfterSql, keysetOrderSql, toKeysetPage, type KeysetOrder } from './keyset-page.ts';
import { EVENT_COLUMNS } from './model-columns.ts';

export interface EventCursor {
  startsOn: Date;
  id: string;
}

export interface EventPage {
  /** The page's events, whole, in time order. */
  events: Event[];
  /** Cursor of each event, in the same order. */
  cursors: EventCursor[];
  hasNextPage: boolean;
}

export async function findEventPage(db: Database, filter: EventFilter, page: { first: number; after?: EventCursor | null }): Promise<EventPage> {
  const rows = await db.$queryRaw<Event[]>`
    SELECT ${EVENT_COLUMNS} FROM (${pageIdsSql(filter, page)}) page JOIN event e ON e.id = page.id
    ORDER BY e.starts_on, e.id`;
  return toEventPage(rows, page.first);
}

/** Time order: by first day, then id. */
const EVENT_ORDER: KeysetOrder = { columns: [Prisma.sql`e.starts_on`, Prisma.sql`e.id`] };
/** The same order over the unaliased (id, starts_on) rows pageIdsSql unites. */
const MEETING_ORDER: KeysetOrder = { columns: [Prisma.sql`starts_on`, Prisma.sql`id`] };

function afterEventSql(after: EventCursor | null | undefined): Prisma.Sql {
  return keysetAfterSql(EVENT_ORDER, after ? [Prisma.sql`${after.startsOn}::date`, Prisma.sql`${after.id}::uuid`] : null);
}

export function toEventPage<T extends { startsOn: Date; id: string }>(rows: T[], first: number): { events: T[]; cursors: EventCursor[]; hasNextPage: boolean } {
  const page = toKeysetPage(rows, first, (e): EventCursor => ({ startsOn: e.startsOn, id: e.id }));
  return { events: page.rows, cursors: page.cursors, hasNextPage: page.hasNextPage };
}

/**
 * The ids (and order keys) of the page's events and one more, in time order.
 *
 * With a window start, the events meeting the window are those that start
 * inside it, found in order along the (status, starts_on, id) index and
 * stopped at the page's end, plus those that started earlier and still run
 * on the first day, found through the span's GiST index (few: the months,
 * years and ranges around that day). One `span && window` test over both
 * made the planner choose between a scan from the year 2000 and sorting
 * every event in a wide window. The running ones are fenced off in a
 * materialized CTE: offered the LIMIT, the planner walked the
 * (status, starts_on) index from 2000 looking for them (7 s at a million
 * events), not knowing they all sit just before the window.
 */
export function pageIdsSql(filter: EventFilter, page: { first: number; after?: EventCursor | null }): Prisma.Sql {
  const after = afterEventSql(page.after);
  const ordered = keysetOrderSql(EVENT_ORDER, page.first);
  if (!filter.from) {
    const where = eventFilterSql({ ...filter, from: null, to: null });
    const to = filter.to ? Prisma.sql`AND e.starts_on <= ${filter.to}::date` : Prisma.empty;
    return Prisma.sql`SELECT e.id, e.starts_on FROM event e WHERE ${where} ${to} ${after} ${ordered}`;
  }
  const where = eventFilterSql({ ...filter, from: null, to: null });
  const to = filter.to ? Prisma.sql`AND e.starts_on <= ${filter.to}::date` : Prisma.empty;
  const meetingOrdered = keysetOrderSql(MEETING_ORDER, page.first);
  return Prisma.sql`
    SELECT id, starts_on FROM (
      (SELECT e.id, e.starts_on FROM event e
       WHERE ${where} AND e.starts_on >= ${filter.from}::date ${to} ${after}
       ${ordered})
      UNION ALL
      (WITH running AS MATERIALIZED (
         SELECT e.id, e.starts_on FROM event e
         WHERE ${where} AND e.starts_on < ${filter.from}::date AND e.span @> ${filter.from}::date ${after}
       )
       SELECT id, starts_on FROM running ${meetingOrdered})
    ) meeting
    ${meetingOrdered}`;
}

/** Events matching `filter`: from the per-span counts when they cover the filter (a wide window counts in milliseconds). */
export async function countEvents(db: Database, filter: EventFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>(countEventsSql(filter));
  return Number(row?.count ?? 0);
}

export function countEventsSql(filter: EventFilter): Prisma.Sql {
  if (spanCountsCover(filter)) return spanCountTotalSql(filter);
  return Prisma.sql`SELECT count(*) AS count FROM event e WHERE ${eventFilterSql(filter)}`;
}

/**
 * The same page for each of several actors, in one query: a list of actors
 * with their events costs one statement, not one per actor. `filter.actorIds`
 * is ignored; `filter.actorRole` applies to each actor.
 */
export async function findEventPagesPerActor(
  db: Database,
  filter: EventFilter,
  actorIds: readonly string[],
  page: { first: number; after?: EventCursor | null },
): Promise<Map<string, EventPage>> {
  const where = eventFilterSql({ ...filter, actorIds: null });
  const ofActor = hasActorSql(Prisma.raw('e'), Prisma.sql`wanted.actor_id`, filter.actorRole);
  const rows = await db.$queryRaw<(Event & { forActor: string })[]>`
    SELECT wanted.actor_id AS "forActor", page.* FROM unnest(${actorIds as string[]}::uuid[]) AS wanted(actor_id)
    CROSS JOIN LATERAL (
      SELECT ${EVENT_COLUMNS} FROM event e
      WHERE ${where} AND ${ofActor} ${afterEventSql(page.after)}
      ${keysetOrderSql(EVENT_ORDER, page.first)}
    ) page`;
  const rowsOf = new Map<string, Event[]>(actorIds.map((id) => [id, []]));
  for (const { forActor, ...event } of rows) rowsOf.get(forActor)?.push(event);
  return new Map([...rowsOf].map(([actorId, events]) => [actorId, toEventPage(events, page.first)]));
}

/** Events matching `filter` for each actor, in one query. */
export async function countEventsPerActor(db: Database, filter: EventFilter, actorIds: readonly string[]): Promise<Map<string, number>> {
  const where = eventFilterSql({ ...filter, actorIds: null });
  const ofActor = hasActorSql(Prisma.raw('e'), Prisma.sql`wanted.actor_id`, filter.actorRole);
  const rows = await db.$queryRaw<{ actor_id: string; count: bigint }[]>`
    SELECT wanted.actor_id, (SELECT count(*) FROM event e WHERE ${where} AND ${ofActor}) AS count
    FROM unnest(${actorIds as string[]}::uuid[]) AS wanted(actor_id)`;
  return new Map(rows.map((row) => [row.actor_id, Number(row.count)]));
}
