// What readers may see of actors and sources, as SQL. Editors see every row;
// the API asks these for everyone else (apps/server/src/graphql/visibility.ts).
import type { Database } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * Condition on an actor row `alias`. An actor that ingestion proposed
 * reaches readers once an editor confirms it, or publishes something that
 * names it (publishing is the editor's word that the actor is right): an
 * event it takes part in, a quote it speaks, a stance it holds or receives.
 */
export function publicActorSql(alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    ${alias}.status = 'CONFIRMED'
    OR EXISTS (SELECT 1 FROM event_actor ea JOIN event e ON e.id = ea.event_id WHERE ea.actor_id = ${alias}.id AND e.status = 'PUBLISHED')
    OR EXISTS (SELECT 1 FROM quote q JOIN event e ON e.id = q.event_id WHERE q.speaker_id = ${alias}.id AND q.status = 'PUBLISHED' AND e.status = 'PUBLISHED')
    OR EXISTS (SELECT 1 FROM stance st WHERE (st.actor_id = ${alias}.id OR st.target_id = ${alias}.id) AND st.status = 'PUBLISHED'))`;
}

/**
 * Condition on a source row `alias`: a source is public once a published
 * event or a published stance cites it, through a published citation. An
 * article whose proposals are all still drafts (and its full text) stays with
 * the editors.
 */
export function publicSourceSql(alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM citation c JOIN event e ON e.id = c.event_id WHERE c.source_id = ${alias}.id AND c.status = 'PUBLISHED' AND e.status = 'PUBLISHED')
    OR EXISTS (
      SELECT 1 FROM stance_citation sc JOIN stance st ON st.id = sc.stance_id
      WHERE sc.source_id = ${alias}.id AND sc.status = 'PUBLISHED' AND st.status = 'PUBLISHED'))`;
}

/** Whether readers may see the actor with this id (see publicActorSql). */
export async function isActorPublic(db: Database, actorId: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM actor a WHERE a.id = ${actorId}::uuid AND ${publicActorSql(Prisma.raw('a'))}`;
  return rows.length > 0;
}

/** Whether readers may see the source with this id (see publicSourceSql). */
export async function isSourcePublic(db: Database, sourceId: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM source s WHERE s.id = ${sourceId}::uuid AND ${publicSourceSql(Prisma.raw('s'))}`;
  return rows.length > 0;
}
