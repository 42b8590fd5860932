// Who may see what. Readers see what an editor has published: published
// events and stances, confirmed actors, and sources that something published cites.
// Editors see everything, drafts and proposals included. Every resolver that
// hands out events, actors or sources asks here.
import { Prisma, type ActorStatus, type ReviewStatus } from '@chronicle/db';
import type { Context, Viewer } from './context.ts';

const ALL_STATUSES: readonly ReviewStatus[] = ['PUBLISHED', 'DRAFT', 'REJECTED'];
const PUBLIC_STATUSES: readonly ReviewStatus[] = ['PUBLISHED'];

export const isEditor = (context: Context): boolean => context.viewer.editor !== null;

/**
 * The review statuses this viewer may see, of events and stances alike (and
 * of their citations and quotes). Takes the viewer, not the context, because the
 * request's loaders are made with it before the context exists.
 */
export function visibleStatuses(viewer: Viewer): readonly ReviewStatus[] {
  return viewer.editor !== null ? ALL_STATUSES : PUBLIC_STATUSES;
}

/** Whether this viewer may see an event, stance, citation or quote in this review status. */
export function canSeeReviewed(context: Context, row: { status: ReviewStatus }): boolean {
  return row.status === 'PUBLISHED' || isEditor(context);
}

/**
 * SQL condition on an actor row `alias`. An actor that ingestion proposed
 * reaches readers once an editor confirms it, or publishes something that
 * names it (publishing is the editor's word that the actor is right): an
 * event it takes part in, a quote it speaks, a stance it holds or receives.
 */
export function visibleActorSql(context: Context, alias: Prisma.Sql): Prisma.Sql {
  if (isEditor(context)) return Prisma.sql`true`;
  return Prisma.sql`(
    ${alias}.status = 'CONFIRMED'
    OR EXISTS (SELECT 1 FROM event_actor ea JOIN event e ON e.id = ea.event_id WHERE ea.actor_id = ${alias}.id AND e.status = 'PUBLISHED')
    OR EXISTS (SELECT 1 FROM quote q JOIN event e ON e.id = q.event_id WHERE q.speaker_id = ${alias}.id AND q.status = 'PUBLISHED' AND e.status = 'PUBLISHED')
    OR EXISTS (SELECT 1 FROM stance st WHERE (st.actor_id = ${alias}.id OR st.target_id = ${alias}.id) AND st.status = 'PUBLISHED'))`;
}

/** Whether this viewer may see this actor (see visibleActorSql). */
export async function canSeeActor(context: Context, actor: { id: string; status: ActorStatus }): Promise<boolean> {
  if (actor.status === 'CONFIRMED' || isEditor(context)) return true;
  const rows = await context.db.$queryRaw<unknown[]>`SELECT 1 FROM actor a WHERE a.id = ${actor.id}::uuid AND ${visibleActorSql(context, Prisma.raw('a'))}`;
  return rows.length > 0;
}

/**
 * A citation or quote reaches readers when it is published and so is its
 * event: a further article's evidence waits for an editor even when the event
 * is public.
 */
export function canSeeEvidence(context: Context, row: { status: ReviewStatus; event: { status: ReviewStatus } }): boolean {
  return canSeeReviewed(context, row) && canSeeReviewed(context, row.event);
}

/**
 * SQL condition on a source row `alias`: for readers, a source is public once
 * a published event or a published stance cites it, through a published citation. An article whose proposals
 * are all still drafts (and its full text) stays with the editors.
 */
export function visibleSourceSql(context: Context, alias: Prisma.Sql): Prisma.Sql {
  if (isEditor(context)) return Prisma.sql`true`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM citation c JOIN event e ON e.id = c.event_id WHERE c.source_id = ${alias}.id AND c.status = 'PUBLISHED' AND e.status = 'PUBLISHED')
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
