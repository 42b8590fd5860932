// Events in time order, a page at a time, with keyset pagination on
// (starts_on, id): page 1,000 costs what page 1 costs.
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { eventFilterSql, type EventFilter } from './event-filter.ts';

export interface EventCursor {
  startsOn: Date;
  id: string;
}

export interface EventPage {
  ids: string[];
  /** Cursor of each id, in the same order. */
  cursors: EventCursor[];
  hasNextPage: boolean;
}

export async function findEventPage(
  db: Database,
  filter: EventFilter,
  page: { first: number; after?: EventCursor | null },
): Promise<EventPage> {
  const where = eventFilterSql(filter);
  const after = page.after
    ? Prisma.sql`AND (e.starts_on, e.id) > (${page.after.startsOn}::date, ${page.after.id}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; starts_on: Date }[]>`
    SELECT e.id, e.starts_on FROM event e
    WHERE ${where} ${after}
    ORDER BY e.starts_on, e.id
    LIMIT ${page.first + 1}`;
  const hasNextPage = rows.length > page.first;
  const pageRows = rows.slice(0, page.first);
  return {
    ids: pageRows.map((r) => r.id),
    cursors: pageRows.map((r) => ({ startsOn: r.starts_on, id: r.id })),
    hasNextPage,
  };
}

export async function countEvents(db: Database, filter: EventFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM event e WHERE ${eventFilterSql(filter)}`;
  return Number(row?.count ?? 0);
}
