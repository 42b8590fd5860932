// Two records of one happening become one: the kept event takes the other's
// citations, quotes, actors and timelines; the other is deleted.
import { lockEvents, type Database, type ReviewStatus } from '@chronicle/db';
import { InvalidInput, NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';

export async function mergeEvents(db: Database, keepId: string, mergeId: string) {
  if (keepId === mergeId) throw new InvalidInput('An event cannot be merged into itself.', 'merge');
  return writeWithChanges(db, async (tx, changes) => {
    // Both rows first, in id order: two merges into one event then queue
    // instead of deadlocking in the count triggers, which lock the events
    // whose links and citations they count (migration 20261203200000).
    await lockEvents(tx, [keepId, mergeId]);
    const [keep, merge] = await Promise.all([
      tx.event.findUnique({ where: { id: keepId } }),
      tx.event.findUnique({ where: { id: mergeId }, include: { actors: true, citations: true, timelines: true } }),
    ]);
    if (!keep || !merge) throw new NotFound('There is no such event.');
    changes.event(keepId, 'MERGED', keep.status === 'PUBLISHED', mergeId);
    changes.event(mergeId, 'DELETED', merge.status === 'PUBLISHED');

    await tx.eventActor.createMany({ data: merge.actors.map((a) => ({ ...a, eventId: keepId })), skipDuplicates: true });
    await tx.timelineEvent.createMany({ data: merge.timelines.map((t) => ({ ...t, eventId: keepId })), skipDuplicates: true });
    // Evidence of an event readers never saw (a draft, or one an editor
    // rejected) arrives as a draft: it waits for a decision on the kept event
    // rather than going public with it.
    const arriving = (status: ReviewStatus): ReviewStatus => (merge.status === 'PUBLISHED' || status === 'REJECTED' ? status : 'DRAFT');
    await tx.citation.createMany({
      data: merge.citations.map(({ id: _id, createdAt: _at, ...c }) => ({ ...c, eventId: keepId, status: arriving(c.status) })),
      skipDuplicates: true,
    });
    if (merge.status !== 'PUBLISHED') await tx.quote.updateMany({ where: { eventId: mergeId, status: 'PUBLISHED' }, data: { status: 'DRAFT' } });
    await tx.quote.updateMany({ where: { eventId: mergeId }, data: { eventId: keepId } });
    await tx.event.delete({ where: { id: mergeId } });
    // Merged citations keep their status: drafts still wait for an editor's decision on the kept event.
    const waiting = await tx.citation.count({ where: { eventId: keepId, status: 'DRAFT' } });
    return tx.event.update({ where: { id: keepId }, data: { needsReview: keep.status === 'PUBLISHED' && waiting > 0 } });
  });
}
