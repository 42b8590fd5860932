// Readers see the stances and citations an editor has published; editors see
// drafts and rejections too, to review them.
import type { ReviewStatus } from '@chronicle/db';
import type { Viewer } from '../context.ts';

export function visibleStanceStatuses(viewer: Viewer): ReviewStatus[] {
  return viewer.editor ? ['PUBLISHED', 'DRAFT', 'REJECTED'] : ['PUBLISHED'];
}
