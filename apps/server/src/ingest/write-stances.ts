// The stances an article states. A new stance waits for an editor, as a
// proposed event does; one on file keeps its status, whatever an editor
// decided, and gains this article as further evidence, which readers see once
// an editor accepts it.
import type { Database, StanceCitation } from '@chronicle/db';
import type { Extraction } from '@chronicle/extract';
import type { ChangeLog } from '../live/write-with-changes.ts';
import type { ActorIdOf } from './actor-references.ts';
import { inTextOrder, type ProposedStance } from './ingest-result.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

export async function writeStances(
  { tx, changes, sourceId, actorIdOf }: { tx: Transaction; changes: ChangeLog; sourceId: string; actorIdOf: ActorIdOf },
  stances: Extraction['stances'],
): Promise<ProposedStance[]> {
  const proposed = new Map<string, ProposedStance>();
  for (const stance of stances) {
    const actorId = actorIdOf(stance.actor);
    const targetId = actorIdOf(stance.target);
    if (!actorId || !targetId || actorId === targetId) continue;
    const key = { actorId, targetId, kind: stance.stance };
    // The article says the stance holds, not since when: "since" stays unknown.
    // ON CONFLICT DO NOTHING (not Prisma's upsert, which reads then inserts):
    // two articles stating a new stance at once both find the one row.
    const { count: isNew } = await tx.stance.createMany({ data: [{ ...key, status: 'DRAFT' }], skipDuplicates: true });
    const held = await tx.stance.findUniqueOrThrow({ where: { actorId_targetId_kind: key } });
    changes.stance(held.id, isNew ? 'CREATED' : 'UPDATED', held.status === 'PUBLISHED');
    // Two extracted stances that resolve to the same actors and sentence are one citation.
    const cited: StanceCitation[] = await tx.stanceCitation.createManyAndReturn({
      data: [{
        stanceId: held.id, sourceId, passage: stance.passage.text, passageStart: stance.passage.start, passageEnd: stance.passage.end,
        status: 'DRAFT',
      }],
      skipDuplicates: true,
    });
    proposed.set(held.id, { stance: held, citations: [...(proposed.get(held.id)?.citations ?? []), ...cited] });
  }
  return [...proposed.values()].map(({ stance, citations }) => ({ stance, citations: inTextOrder(citations) }));
}
