// What ingestion needs of the actor table to write the actors an article
// proposes: who holds the slugs a name may take, and the new rows, all of an
// article's in one statement each.
import type { Actor, ActorKind } from '../generated/prisma/client.ts';
import { newId } from '../new-id.ts';
import { ACTOR_COLUMNS } from './model-columns.ts';
import { inIdOrder } from './returning-order.ts';
import type { Queryable } from './row-locks.ts';

/** The n-th slug a name folding to `base` may take: "base", then "base-2", "base-3"… */
export function slugAt(base: string, n: number): string {
  return n === 1 ? base : `${base}-${n}`;
}

/**
 * For each start: the actor at slugAt(base, n), at n + 1, and so on while
 * one is there, then the first free slug (held by null). One statement for
 * all starts, each step an index lookup.
 */
export async function slugHolders(tx: Queryable, starts: readonly { base: string; n: number }[]): Promise<Map<string, Actor | null>> {
  if (starts.length === 0) return new Map();
  const rows = await tx.$queryRaw<(Actor & { walkedSlug: string; held: boolean })[]>`
    WITH RECURSIVE walk(base, n, slug) AS (
      SELECT w.base, w.n, CASE WHEN w.n = 1 THEN w.base ELSE w.base || '-' || w.n END
      FROM jsonb_to_recordset(${JSON.stringify(starts)}::jsonb) AS w(base text, n int)
      UNION ALL
      SELECT walk.base, walk.n + 1, walk.base || '-' || (walk.n + 1) FROM walk
      WHERE EXISTS (SELECT 1 FROM actor WHERE actor.slug = walk.slug)
    )
    SELECT walk.slug AS "walkedSlug", a.id IS NOT NULL AS held, ${ACTOR_COLUMNS}
    FROM walk LEFT JOIN actor a ON a.slug = walk.slug`;
  return new Map(rows.map(({ walkedSlug, held, ...actor }) => [walkedSlug, held ? actor : null]));
}

export interface NewActor {
  slug: string;
  name: string;
  kind: ActorKind;
  description: string;
}

/** Writes the actors as PROPOSED; gives them back in the order given. */
export async function insertProposedActors(tx: Queryable, actors: readonly NewActor[]): Promise<Actor[]> {
  if (actors.length === 0) return [];
  const rows = actors.map((actor) => ({ id: newId(), ...actor }));
  const now = new Date().toISOString();
  const written = await tx.$queryRaw<Actor[]>`
    INSERT INTO actor AS a (id, slug, name, kind, status, description, created_at, updated_at)
    SELECT r.id, r.slug, r.name, r.kind::"ActorKind", 'PROPOSED', r.description, ${now}::timestamptz, ${now}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, slug text, name text, kind text, description text)
    RETURNING ${ACTOR_COLUMNS}`;
  return inIdOrder(
    rows.map((row) => row.id),
    written,
  );
}
