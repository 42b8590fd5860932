// Who may see what. Readers see what an editor has published: published
// events and stances, confirmed actors, and sources that something published cites.
// Editors see everything, drafts and proposals included. Every resolver that
// hands out events, actors or sources asks here.
import { isActorPublic, isSourcePublic, type ActorStatus, type ReviewStatus } from '@chronicle/db';
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
