// The stances an article states. A new stance waits for an editor, as a
// proposed event does; one on file keeps its status, whatever an editor
// decided, and gains this article as further evidence, which readers see once
// an editor accepts it. Three statements for the whole article: the new
// stances, the stances as they now stand, the citations.
import { insertDraftStanceCitations, insertDraftStances, stancesByKey, type Database, type Stance, type StanceKey } from '@chronicle/db';
import type { Extraction } from '@chronicle/extract';
import type { ChangeLog } from '../live/write-with-changes.ts';
import type { ActorIdOf } from './actor-references.ts';
import { inTextOrder, type ProposedStance } from './ingest-result.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

const keyOf = (k: StanceKey) => `${k.actorId} ${k.targetId} ${k.kind}`;

export async function writeStances(
  { tx, changes, sourceId, actorIdOf }: { tx: Transaction; changes: ChangeLog; sourceId: string; actorIdOf: ActorIdOf },
  stances: Extraction['stances'],
): Promise<ProposedStance[]> {
  const stated = stances.flatMap((stance) => {
    const actorId = actorIdOf(stance.actor);
    const targetId = actorIdOf(stance.target);
    if (!actorId || !targetId || actorId === targetId) return [];
    return [{ key: { actorId, targetId, kind: stance.stance }, passage: stance.passage }];
  });
  if (stated.length === 0) return [];
  const keys = stated.map((s) => s.key);
  // The article says the stance holds, not since when: "since" stays unknown.
  const written = await insertDraftStances(tx, keys);
  // Read after writing, as a new statement: a stance another article wrote meanwhile is there too.
  const held = new Map((await stancesByKey(tx, keys)).map((stance) => [keyOf(stance), stance]));
  const stanceOf = (key: StanceKey): Stance => {
    const stance = held.get(keyOf(key));
    if (!stance) throw new Error(`The stance ${keyOf(key)} was written but is not on file.`);
    return stance;
  };

  const order = new Map<string, Stance>();
  for (const { key } of stated) {
    const stance = stanceOf(key);
    // As when each mention was written on its own: the first mention of a stance new here created it, every other one updated it.
    changes.stance(stance.id, written.has(stance.id) && !order.has(stance.id) ? 'CREATED' : 'UPDATED', stance.status === 'PUBLISHED');
    order.set(stance.id, stance);
  }
  // Two extracted stances that resolve to the same actors and sentence are one citation.
  const cited = await insertDraftStanceCitations(
    tx,
    stated.map(({ key, passage }) => ({
      stanceId: stanceOf(key).id,
      sourceId,
      passage: passage.text,
      passageStart: passage.start,
      passageEnd: passage.end,
    })),
  );
  return [...order.values()].map((stance) => ({ stance, citations: inTextOrder(cited.filter((c) => c.stanceId === stance.id)) }));
}
