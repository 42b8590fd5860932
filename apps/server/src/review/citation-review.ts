// A further article's evidence for an event readers already see waits for an
// editor, like a stance citation: accepting or rejecting a citation decides
// the quotes that the same article gave for the same event too.
import { lockEvent, type Database, type ReviewStatus } from '@chronicle/db';
import { Conflict, NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/**
 * Publishing an event and deciding its citations all look at the event's
 * citations before they write: the event's row lock makes them wait for each
 * other, so together they cannot leave a published event without a source.
 */
export async function lockReviewedEvent(tx: Transaction, id: string): Promise<ReviewStatus> {
  const status = await lockEvent(tx, id);
  if (!status) throw new NotFound('There is no such event.');
  return status;
}

async function findCitation(tx: Transaction, id: string) {
  const citation = await tx.citation.findUnique({ where: { id }, select: { eventId: true, sourceId: true, status: true } });
  if (!citation) throw new NotFound('There is no such citation.');
  return citation;
}

/** Once no citation of the event waits for a decision, the event no longer needs review. */
async function settleReview(tx: Transaction, eventId: string) {
  const waiting = await tx.citation.count({ where: { eventId, status: 'DRAFT' } });
  if (waiting === 0) await tx.event.update({ where: { id: eventId }, data: { needsReview: false } });
}

/** Readers see the citation, and its article's quotes of the event, once the event is published too. */
export async function publishCitation(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const { eventId, sourceId } = await findCitation(tx, id);
    const eventStatus = await lockReviewedEvent(tx, eventId);
    changes.event(eventId, 'UPDATED', eventStatus === 'PUBLISHED');
    await tx.quote.updateMany({ where: { eventId, sourceId, status: { not: 'PUBLISHED' } }, data: { status: 'PUBLISHED' } });
    const citation = await tx.citation.update({ where: { id }, data: { status: 'PUBLISHED' } });
    await settleReview(tx, eventId);
    return citation;
  });
}

export async function rejectCitation(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const { eventId, sourceId, status } = await findCitation(tx, id);
    const eventStatus = await lockReviewedEvent(tx, eventId);
    changes.event(eventId, 'UPDATED', eventStatus === 'PUBLISHED');
    if (eventStatus === 'PUBLISHED' && status === 'PUBLISHED') {
      const others = await tx.citation.count({ where: { eventId, status: 'PUBLISHED', id: { not: id } } });
      if (others === 0) {
        throw new Conflict('This is the only published source of a published event: reject the event instead, or accept another citation first.');
      }
    }
    const citation = await tx.citation.update({ where: { id }, data: { status: 'REJECTED' } });
    // An article can cite an event with several passages: its quotes stay
    // while another of its citations of the event is not rejected.
    const stillCited = await tx.citation.count({ where: { eventId, sourceId, status: { not: 'REJECTED' } } });
    if (stillCited === 0) await tx.quote.updateMany({ where: { eventId, sourceId }, data: { status: 'REJECTED' } });
    await settleReview(tx, eventId);
    return citation;
  });
}
