// The stances an actor holds and those held towards it, batched per request:
// a page of actors costs one query for each list, not one per actor.
import DataLoader from 'dataloader';
import type { Database, ReviewStatus, Stance } from '@chronicle/db';

function stancesBy(db: Database, side: 'actor' | 'target', statuses: readonly ReviewStatus[]) {
  return new DataLoader<string, Stance[]>(async (actorIds) => {
    const ids = [...actorIds];
    const rows = await db.stance.findMany({
      where: { ...(side === 'actor' ? { actorId: { in: ids } } : { targetId: { in: ids } }), status: { in: [...statuses] } },
      orderBy: [{ since: 'asc' }, { id: 'asc' }],
    });
    const byActor = new Map<string, Stance[]>(ids.map((id) => [id, []]));
    for (const row of rows) byActor.get(side === 'actor' ? row.actorId : row.targetId)?.push(row);
    return ids.map((id) => byActor.get(id) ?? []);
  });
}

/** `statuses`: what this request's viewer may see. */
export function createActorStancesLoaders(db: Database, statuses: readonly ReviewStatus[]) {
  return { stancesOfActor: stancesBy(db, 'actor', statuses), stancesTowardsActor: stancesBy(db, 'target', statuses) };
}
