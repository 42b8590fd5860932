// How an extraction's references to actors become actor ids, once the actors
// it proposed are written.
import type { ActorRef } from '@chronicle/extract';
import { PLACE_ID_PREFIX } from '@chronicle/extract/names';

export type ActorIdOf = (ref: ActorRef | null) => string | null;

/**
 * `idByKey`: the actor written for each proposal, by its extraction key. A
 * country the actor table lacks can still reach an event or stance as the
 * gazetteer's stand-in ("place:chile", not a database id): it is the actor
 * proposed under that key, or nobody.
 */
export function actorIdsOf(idByKey: ReadonlyMap<string, string>): ActorIdOf {
  return (ref) =>
    ref === null
      ? null
      : ref.kind === 'proposed'
        ? (idByKey.get(ref.proposedKey) ?? null)
        : ref.actorId.startsWith(PLACE_ID_PREFIX)
          ? (idByKey.get(ref.actorId.slice(PLACE_ID_PREFIX.length)) ?? null)
          : ref.actorId;
}
