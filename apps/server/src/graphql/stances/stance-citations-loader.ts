// A stance's citations, batched per request: a page of stances costs one
// query for all their citations, not one per stance.
import DataLoader from 'dataloader';
import type { Database, ReviewStatus, StanceCitation } from '@chronicle/db';

/** `statuses`: what this request's viewer may see. */
export function createStanceCitationsLoader(db: Database, statuses: readonly ReviewStatus[]) {
  return new DataLoader<string, StanceCitation[]>(async (stanceIds) => {
    const rows = await db.stanceCitation.findMany({
      where: { stanceId: { in: [...stanceIds] }, status: { in: [...statuses] } },
      // Earliest published first, so the first citation is the source that said it first.
      orderBy: [{ source: { publishedOn: { sort: 'asc', nulls: 'last' } } }, { createdAt: 'asc' }, { passageStart: 'asc' }, { id: 'asc' }],
    });
    const byStance = new Map<string, StanceCitation[]>(stanceIds.map((id) => [id, []]));
    for (const row of rows) byStance.get(row.stanceId)?.push(row);
    return stanceIds.map((id) => byStance.get(id) ?? []);
  });
}
