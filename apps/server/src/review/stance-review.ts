// Stances and their citations reach readers only once an editor publishes
// them, like events: ingestion proposes, an editor decides.
import type { Database } from '@chronicle/db';
import { Conflict, NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/**
 * Publishing and rejecting citations both look at a stance's other citations
 * before they write: the stance's row lock makes them wait for each other, so
 * together they cannot leave a published stance without a source.
 */
async function lockStance(tx: Transaction, id: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM stance WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFound('There is no such stance.');
  return rows[0]!.status;
}

/** Published stances are sourced: at least one citation that is not rejected. Its draft citations go public with it. */
export async function publishStance(db: Database, id: string) {
  return writeWithChanges(db, async (tx, changes) => {
    const before = await lockStance(tx, id);
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
    const before = await lockStance(tx, id);
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
    const stanceStatus = await lockStance(tx, citation.stanceId);
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
