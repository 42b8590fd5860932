// The actors list: alphabetical pages, narrowed by name, kind and review status.
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ActorKind, ActorStatus } from '../generated/prisma/enums.ts';
import { keysetAfterSql, keysetOrderSql, toKeysetPage, type KeysetOrder, type KeysetPage } from './keyset-page.ts';
import { publicActorSql } from './public-rows.ts';

export interface ActorListFilter {
  /**
   * A substring of the name or of an alias, already folded as the extractor
   * folds names (foldForMatch: lower case, no accents), which is how
   * chronicle_fold (migration actor_search_trigrams) stores them.
   */
  foldedSearch?: string | null;
  kind?: ActorKind | null;
  status?: ActorStatus | null;
  /** Readers see confirmed actors and those something published names (public-rows.ts); editors every one. */
  publicOnly: boolean;
}

/** Where a page ends: the actor's name in lower case, then its id. */
export interface ActorCursor {
  sortName: string;
  id: string;
}

const ACTOR_ORDER: KeysetOrder = { columns: [Prisma.sql`lower(a.name)`, Prisma.sql`a.id`] };

function actorFilterSql(filter: ActorListFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [filter.publicOnly ? publicActorSql(Prisma.raw('a')) : Prisma.sql`true`];
  // Control characters go: the trigram index on chronicle_actor_names joins names with one.
  const folded = filter.foldedSearch?.replace(/\p{Cc}/gu, '');
  if (folded) {
    // A substring, not a pattern: % and _ are themselves (a backslash is LIKE's default escape).
    const pattern = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`chronicle_actor_names(a.name, a.aliases) LIKE ${pattern}`);
  }
  if (filter.kind) conditions.push(Prisma.sql`a.kind::text = ${filter.kind}`);
  if (filter.status) conditions.push(Prisma.sql`a.status::text = ${filter.status}`);
  return Prisma.join(conditions, ' AND ');
}

/** The ids of a page of actors, alphabetical. */
export async function findActorPage(
  db: Database,
  filter: ActorListFilter,
  page: { first: number; after?: ActorCursor | null },
): Promise<KeysetPage<string, ActorCursor>> {
  const after = page.after ? [Prisma.sql`${page.after.sortName}`, Prisma.sql`${page.after.id}::uuid`] : null;
  const rows = await db.$queryRaw<{ id: string; sort_name: string }[]>`
    SELECT a.id, lower(a.name) AS sort_name FROM actor a
    WHERE ${actorFilterSql(filter)} ${keysetAfterSql(ACTOR_ORDER, after)}
    ${keysetOrderSql(ACTOR_ORDER, page.first)}`;
  const found = toKeysetPage(rows, page.first, (row): ActorCursor => ({ sortName: row.sort_name, id: row.id }));
  return { ...found, rows: found.rows.map((row) => row.id) };
}

/** Actors matching `filter`, over all pages. */
export async function countActors(db: Database, filter: ActorListFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM actor a WHERE ${actorFilterSql(filter)}`;
  return Number(row?.count ?? 0);
}
