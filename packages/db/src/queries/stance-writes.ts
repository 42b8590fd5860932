// The stances an ingested article states, and its citations of them: one
// statement each for the whole article.
import type { Stance, StanceCitation } from '../generated/prisma/client.ts';
import type { StanceKind } from '../generated/prisma/enums.ts';
import { newId } from '../new-id.ts';
import { STANCE_CITATION_COLUMNS, STANCE_COLUMNS } from './model-columns.ts';
import { inIdOrder } from './returning-order.ts';
import type { Queryable } from './row-locks.ts';

export interface StanceKey {
  actorId: string;
  targetId: string;
  kind: StanceKind;
}

const keyRows = (keys: readonly StanceKey[]) => keys.map((k) => ({ actor_id: k.actorId, target_id: k.targetId, kind: k.kind }));

/**
 * Writes each stance not on file as a DRAFT ("since" unknown); gives the ids
 * of those it wrote. ON CONFLICT DO NOTHING: two articles stating a new
 * stance at once both end with the one row. Rows go in key order, so that
 * two such articles queue on their first common stance instead of deadlocking.
 */
export async function insertDraftStances(tx: Queryable, keys: readonly StanceKey[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO stance (id, actor_id, target_id, kind, status)
    SELECT r.id, r.actor_id, r.target_id, r.kind::"StanceKind", 'DRAFT'
    FROM jsonb_to_recordset(${JSON.stringify(keyRows(keys).map((row) => ({ id: newId(), ...row })))}::jsonb)
      AS r(id uuid, actor_id uuid, target_id uuid, kind text)
    ORDER BY r.actor_id, r.target_id, r.kind
    ON CONFLICT DO NOTHING
    RETURNING id::text AS id`;
  return new Set(rows.map((row) => row.id));
}

/** The stances on file under these keys, as a new statement sees them (with those other writers committed meanwhile). */
export async function stancesByKey(tx: Queryable, keys: readonly StanceKey[]): Promise<Stance[]> {
  if (keys.length === 0) return [];
  return tx.$queryRaw<Stance[]>`
    SELECT ${STANCE_COLUMNS} FROM stance s
    WHERE (s.actor_id, s.target_id, s.kind) IN (
      SELECT r.actor_id, r.target_id, r.kind::"StanceKind"
      FROM jsonb_to_recordset(${JSON.stringify(keyRows(keys))}::jsonb) AS r(actor_id uuid, target_id uuid, kind text))`;
}

export interface NewStanceCitation {
  stanceId: string;
  sourceId: string;
  passage: string;
  passageStart: number;
  passageEnd: number;
}

/** Writes the citations as drafts, skipping any that repeat one on file (or an earlier one of the list) for the same stance, source and passage start; gives back those written, in the order given. */
export async function insertDraftStanceCitations(tx: Queryable, citations: readonly NewStanceCitation[]): Promise<StanceCitation[]> {
  if (citations.length === 0) return [];
  const rows = citations.map((c) => ({
    id: newId(),
    stance_id: c.stanceId,
    source_id: c.sourceId,
    passage: c.passage,
    passage_start: c.passageStart,
    passage_end: c.passageEnd,
  }));
  const written = await tx.$queryRaw<StanceCitation[]>`
    INSERT INTO stance_citation AS sc (id, stance_id, source_id, passage, passage_start, passage_end, status, created_at)
    SELECT r.id, r.stance_id, r.source_id, r.passage, r.passage_start, r.passage_end, 'DRAFT', ${new Date().toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(id uuid, stance_id uuid, source_id uuid, passage text, passage_start int, passage_end int)
    ON CONFLICT (stance_id, source_id, passage_start) DO NOTHING
    RETURNING ${STANCE_CITATION_COLUMNS}`;
  return inIdOrder(
    rows.map((row) => row.id),
    written,
  );
}
