// Who may see what. Readers see what an editor has published: published
// events and stances, confirmed actors, and sources that something published cites.
// Editors see everything, drafts and proposals included. Every resolver that
// hands out events, actors or sources asks here, or for a whole list asks
// viewer.ts which review statuses to load.
import { isActorPublic, isSourcePublic, type ActorStatus, type ReviewStatus } from '@chronicle/db';
import type { Context } from './context.ts';

export const isEditor = (context: Context): boolean => context.viewer.editor !== null;

/** Whether this viewer may see an event, stance, citation or quote in this review status. */
export function canSeeReviewed(context: Context, row: { status: ReviewStatus }): boolean {
  return row.status === 'PUBLISHED' || isEditor(context);
}

/**
 * Whether this viewer may see this actor. A proposed actor reaches readers
 * once an editor confirms it, or publishes something that names it (see
 * publicActorSql in the database package).
 */
export async function canSeeActor(context: Context, actor: { id: string; status: ActorStatus }): Promise<boolean> {
  return actor.status === 'CONFIRMED' || isEditor(context) || isActorPublic(context.db, actor.id);
}

/**
 * A citation or quote reaches readers when it is published and so is its
 * event: a further article's evidence waits for an editor even when the event
 * is public.
 */
export function canSeeEvidence(context: Context, row: { status: ReviewStatus; event: { status: ReviewStatus } }): boolean {
  return canSeeReviewed(context, row) && canSeeReviewed(context, row.event);
}

/** Whether this viewer may see the source with this id: readers, once something published cites it (see publicSourceSql). */
export async function canSeeSource(context: Context, sourceId: string): Promise<boolean> {
  return isEditor(context) || isSourcePublic(context.db, sourceId);
}
