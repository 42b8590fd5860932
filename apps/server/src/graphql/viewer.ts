// Who is asking: an editor (with an API token) or an anonymous reader, and so
// which review statuses they may see. The request's loaders are made from the
// viewer before the context that holds both exists (see context.ts).
import type { ReviewStatus } from '@chronicle/db';
import type { Editor } from '../auth/api-tokens.ts';

export interface Viewer {
  editor: Editor | null;
}

const ALL_STATUSES: readonly ReviewStatus[] = ['PUBLISHED', 'DRAFT', 'REJECTED'];
const PUBLIC_STATUSES: readonly ReviewStatus[] = ['PUBLISHED'];

/**
 * The review statuses this viewer may see, of events and stances alike (and
 * of their citations and quotes).
 */
export function visibleStatuses(viewer: Viewer): readonly ReviewStatus[] {
  return viewer.editor !== null ? ALL_STATUSES : PUBLIC_STATUSES;
}
