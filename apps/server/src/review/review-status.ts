import type { Database } from '@chronicle/db';
import { Conflict } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';
import { lockReviewedEvent } from './citation-review.ts';

/**
 * Published events are sourced: at least one citation that is not rejected.
 * Its draft citations and quotes go public with it.
 */
export async function publishEvent(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const before = await lockReviewedEvent(tx, id);
    const sourced = await tx.citation.count({ where: { eventId: id, status: { not: 'REJECTED' } } });
    if (sourced === 0) {
      throw new Conflict('An event needs at least one source citation that is not rejected before it can be published.');
    }
    await tx.citation.updateMany({ where: { eventId: id, status: 'DRAFT' }, data: { status: 'PUBLISHED' } });
    await tx.quote.updateMany({ where: { eventId: id, status: 'DRAFT' }, data: { status: 'PUBLISHED' } });
    changes.event(id, 'PUBLISHED', before === 'PUBLISHED');
    return tx.event.update({ where: { id }, data: { status: 'PUBLISHED', needsReview: false } });
  });
}

/** Citations and quotes keep their status, so an editor who changes their mind can publish the event again. */
export async function rejectEvent(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const before = await lockReviewedEvent(tx, id);
    changes.event(id, 'REJECTED', before === 'PUBLISHED');
    return tx.event.update({ where: { id }, data: { status: 'REJECTED', needsReview: false } });
  });
}
