// Who may see what. Readers see what an editor has published: published
// events, confirmed actors, and sources that something published cites.
// Editors see everything, drafts and proposals included. Every resolver that
// hands out events, actors or sources asks here.
import { Prisma, type ActorStatus, type ReviewStatus } from '@chronicle/db';
import type { Context } from './context.ts';

const ALL_STATUSES: readonly ReviewStatus[] = ['PUBLISHED', 'DRAFT', 'REJECTED'];
const PUBLIC_STATUSES: readonly ReviewStatus[] = ['PUBLISHED'];

export const isEditor = (context: Context): boolean => context.viewer.editor !== null;

/** The review statuses of events this viewer may see. */
export function visibleEventStatuses(context: Context): readonly ReviewStatus[] {
  return isEditor(context) ? ALL_STATUSES : PUBLIC_STATUSES;
}

export function canSeeEvent(context: Context, event: { status: ReviewStatus }): boolean {
  return event.status === 'PUBLISHED' || isEditor(context);
}

/** Actors proposed by ingestion wait for an editor's confirmation before readers meet them. */
export function canSeeActor(context: Context, actor: { status: ActorStatus }): boolean {
  return actor.status === 'CONFIRMED' || isEditor(context);
}

/** SQL condition on an actor row `alias` for this viewer. */
export function visibleActorSql(context: Context, alias: Prisma.Sql): Prisma.Sql {
  return isEditor(context) ? Prisma.sql`true` : Prisma.sql`${alias}.status = 'CONFIRMED'`;
}

/**
 * SQL condition on a source row `alias`: for readers, a source is public once
 * a published event or a published stance cites it. An article whose proposals
 * are all still drafts (and its full text) stays with the editors.
 */
export function visibleSourceSql(context: Context, alias: Prisma.Sql): Prisma.Sql {
  if (isEditor(context)) return Prisma.sql`true`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM citation c JOIN event e ON e.id = c.event_id WHERE c.source_id = ${alias}.id AND e.status = 'PUBLISHED')
    OR EXISTS (
      SELECT 1 FROM stance_citation sc JOIN stance st ON st.id = sc.stance_id
      WHERE sc.source_id = ${alias}.id AND sc.status = 'PUBLISHED' AND st.status = 'PUBLISHED'))`;
}

/** Whether this viewer may see the source with this id. */
export async function canSeeSource(context: Context, sourceId: string): Promise<boolean> {
  if (isEditor(context)) return true;
  const rows = await context.db.$queryRaw<unknown[]>`SELECT 1 FROM source s WHERE s.id = ${sourceId}::uuid AND ${visibleSourceSql(context, Prisma.raw('s'))}`;
  return rows.length > 0;
}
