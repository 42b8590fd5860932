// Events in time order, a page at a time, with keyset pagination on
// (starts_on, id): page 1,000 costs what page 1 costs.
import type { Database } from '../client.ts';
import { Prisma, type Event } from '../generated/prisma/client.ts';
import { eventFilterSql, type EventFilter } from './event-filter.ts';

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

// The event's columns under the Prisma model's field names, so the page comes
// back whole from the one query that finds it (enums as their text values).
const EVENT_COLUMNS = Prisma.sql`e.id, e.title, e.summary, e.kind::text AS kind, e.starts_on AS "startsOn",
  e.ends_on AS "endsOn", e.is_range AS "isRange", e.precision::text AS precision, e.status::text AS status,
  e.place, e.country, e.needs_review AS "needsReview", e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

export async function findEventPage(
  db: Database,
  filter: EventFilter,
  page: { first: number; after?: EventCursor | null },
): Promise<EventPage> {
  const where = eventFilterSql(filter);
  const after = page.after
    ? Prisma.sql`AND (e.starts_on, e.id) > (${page.after.startsOn}::date, ${page.after.id}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<Event[]>`
    SELECT ${EVENT_COLUMNS} FROM event e
    WHERE ${where} ${after}
    ORDER BY e.starts_on, e.id
    LIMIT ${page.first + 1}`;
  const events = rows.slice(0, page.first);
  return {
    events,
    cursors: events.map((e) => ({ startsOn: e.startsOn, id: e.id })),
    hasNextPage: rows.length > page.first,
  };
}

export async function countEvents(db: Database, filter: EventFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM event e WHERE ${eventFilterSql(filter)}`;
  return Number(row?.count ?? 0);
}
