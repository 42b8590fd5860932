// Stances and their citations reach readers only once an editor publishes
// them, like events: ingestion proposes, an editor decides.
import { lockStance, type Database, type ReviewStatus } from '@chronicle/db';
import { Conflict, NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/**
 * Publishing and rejecting citations both look at a stance's other citations
 * before they write: the stance's row lock makes them wait for each other, so
 * together they cannot leave a published stance without a source.
 */
async function lockReviewedStance(tx: Transaction, id: string): Promise<ReviewStatus> {
  const status = await lockStance(tx, id);
  if (!status) throw new NotFound('There is no such stance.');
  return status;
}

/** Published stances are sourced: at least one citation that is not rejected. Its draft citations go public with it. */
export async function publishStance(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const before = await lockReviewedStance(tx, id);
    changes.stance(id, 'PUBLISHED', before === 'PUBLISHED');
    const sourced = await tx.stanceCitation.count({ where: { stanceId: id, status: { not: 'REJECTED' } } });
    if (sourced === 0) {
      throw new Conflict('A stance needs at least one source citation that is not rejected before it can be published.');
    }
    await tx.stanceCitation.updateMany({ where: { stanceId: id, status: 'DRAFT' }, data: { status: 'PUBLISHED' } });
    return tx.stance.update({ where: { id }, data: { status: 'PUBLISHED' } });
  });
}

/** Citations keep their status, so an editor who changes their mind can publish the stance again. */
export async function rejectStance(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const before = await lockReviewedStance(tx, id);
    changes.stance(id, 'REJECTED', before === 'PUBLISHED');
    return tx.stance.update({ where: { id }, data: { status: 'REJECTED' } });
  });
}

export async function publishStanceCitation(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const citation = await tx.stanceCitation.findUnique({ where: { id }, select: { stance: { select: { id: true, status: true } } } });
    if (!citation) throw new NotFound('There is no such stance citation.');
    changes.stance(citation.stance.id, 'UPDATED', citation.stance.status === 'PUBLISHED');
    return tx.stanceCitation.update({ where: { id }, data: { status: 'PUBLISHED' } });
  });
}

export async function rejectStanceCitation(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const citation = await tx.stanceCitation.findUnique({ where: { id }, select: { stanceId: true, status: true } });
    if (!citation) throw new NotFound('There is no such stance citation.');
    const stanceStatus = await lockReviewedStance(tx, citation.stanceId);
    changes.stance(citation.stanceId, 'UPDATED', stanceStatus === 'PUBLISHED');
    if (stanceStatus === 'PUBLISHED' && citation.status === 'PUBLISHED') {
      const others = await tx.stanceCitation.count({ where: { stanceId: citation.stanceId, status: 'PUBLISHED', id: { not: id } } });
      if (others === 0) {
        throw new Conflict('This is the only published source of a published stance: reject the stance instead, or accept another citation first.');
      }
    }
    return tx.stanceCitation.update({ where: { id }, data: { status: 'REJECTED' } });
  });
}
