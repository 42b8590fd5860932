// Keyset pagination, shared by every list the API pages through (events,
// actors, sources): rows in a fixed order over a unique key, those after the
// cursor's key, and one row more than the page to know whether another
// follows. Page 1,000 costs what page 1 costs, and rows added meanwhile do
// not shift the pages after them.
import { Prisma } from '../generated/prisma/client.ts';

/** An order over a unique key: its columns (the last one unique, the row's id), all ascending or all descending. */
export interface KeysetOrder {
  columns: readonly Prisma.Sql[];
  descending?: boolean;
}

export interface KeysetPage<T, C> {
  /** The page's rows, in order. */
  rows: T[];
  /** Each row's cursor: the values of the order's columns, to page on after it. */
  cursors: C[];
  hasNextPage: boolean;
}

/** `AND (columns) > (values)`, or `<` when descending: the rows after a cursor; nothing without one. */
export function keysetAfterSql(order: KeysetOrder, after: readonly Prisma.Sql[] | null | undefined): Prisma.Sql {
  if (!after) return Prisma.empty;
  const comparison = order.descending ? Prisma.raw('<') : Prisma.raw('>');
  return Prisma.sql`AND (${Prisma.join(order.columns, ', ')}) ${comparison} (${Prisma.join(after, ', ')})`;
}

/** `ORDER BY … LIMIT first + 1`: the page, and one row that says whether another follows. */
export function keysetOrderSql(order: KeysetOrder, first: number): Prisma.Sql {
  const columns = order.descending ? order.columns.map((column) => Prisma.sql`${column} DESC`) : order.columns;
  return Prisma.sql`ORDER BY ${Prisma.join(columns, ', ')} LIMIT ${first + 1}`;
}

/** The page in rows fetched with keysetOrderSql (up to `first` + 1 of them). */
export function toKeysetPage<T, C>(rows: readonly T[], first: number, cursorOf: (row: T) => C): KeysetPage<T, C> {
  const page = rows.slice(0, first);
  return { rows: page, cursors: page.map(cursorOf), hasNextPage: rows.length > first };
}
