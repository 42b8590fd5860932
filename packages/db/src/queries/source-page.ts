// The sources list: newest publication first, narrowed by title or publisher.
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { toCalendarDay } from '@chronicle/calendar';
import { keysetAfterSql, keysetOrderSql, toKeysetPage, type KeysetOrder, type KeysetPage } from './keyset-page.ts';
import { publicSourceSql } from './public-rows.ts';

export interface SourceListFilter {
  /** A substring of the title or the publisher, any case. */
  search?: string | null;
  /** Readers see the sources something published cites (public-rows.ts); editors every one. */
  publicOnly: boolean;
}

/** Where a page ends: the publication day, YYYY-MM-DD (NO_PUBLICATION_DAY for a source without one), then the id. */
export interface SourceCursor {
  day: string;
  id: string;
}

/** Sources without a publication day sort last, as if published on this day. */
export const NO_PUBLICATION_DAY = '0001-01-01';

const DAY = Prisma.sql`coalesce(s.published_on, ${NO_PUBLICATION_DAY}::date)`;
const SOURCE_ORDER: KeysetOrder = { columns: [DAY, Prisma.sql`s.id`], descending: true };

function sourceFilterSql(filter: SourceListFilter): Prisma.Sql {
  const search = filter.search?.trim();
  // % and _ in a search are themselves, not wildcards (a backslash is ILIKE's default escape).
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const matches = pattern ? Prisma.sql`(s.title ILIKE ${pattern} OR s.publisher ILIKE ${pattern})` : Prisma.sql`true`;
  return Prisma.sql`${matches} AND ${filter.publicOnly ? publicSourceSql(Prisma.raw('s')) : Prisma.sql`true`}`;
}

/** The ids of a page of sources, newest publication first. */
export async function findSourcePage(
  db: Database,
  filter: SourceListFilter,
  page: { first: number; after?: SourceCursor | null },
): Promise<KeysetPage<string, SourceCursor>> {
  const after = page.after ? [Prisma.sql`${page.after.day}::date`, Prisma.sql`${page.after.id}::uuid`] : null;
  const rows = await db.$queryRaw<{ id: string; day: Date }[]>`
    SELECT s.id, ${DAY} AS day FROM source s
    WHERE ${sourceFilterSql(filter)} ${keysetAfterSql(SOURCE_ORDER, after)}
    ${keysetOrderSql(SOURCE_ORDER, page.first)}`;
  const found = toKeysetPage(rows, page.first, (row): SourceCursor => ({ day: toCalendarDay(row.day), id: row.id }));
  return { ...found, rows: found.rows.map((row) => row.id) };
}

/** Sources matching `filter`, over all pages. */
export async function countSources(db: Database, filter: SourceListFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM source s WHERE ${sourceFilterSql(filter)}`;
  return Number(row?.count ?? 0);
}
