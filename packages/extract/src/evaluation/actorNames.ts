import { foldForMatch } from '../text/fold.ts';
import type { ActorRef, KnownActor, ProposedActor } from '../types.ts';

// Expected files name actors in plain words ("Sergei Ryabkov", "United States"); the
// extractor returns references. Both are turned into one comparable key: the known
// actor's id when the name or an alias matches one, else the folded name.

export type ActorKeyOf = {
  expected(name: string): string;
  predicted(ref: ActorRef): string;
  /** Readable name for a key, for reports. */
  label(key: string): string;
};

export function actorKeys(knownActors: readonly KnownActor[], proposedActors: readonly ProposedActor[]): ActorKeyOf {
  const idByName = new Map<string, string>();
  const nameById = new Map<string, string>();
  for (const actor of knownActors) {
    nameById.set(actor.id, actor.name);
    for (const surface of [actor.id, actor.name, ...actor.aliases]) {
      const folded = foldForMatch(surface);
      if (!idByName.has(folded)) idByName.set(folded, actor.id);
    }
  }
  const proposedNames = new Map(proposedActors.map((actor) => [actor.key, actor.name]));
  const byName = (name: string): string => {
    const folded = foldForMatch(name.trim());
    const id = idByName.get(folded);
    return id === undefined ? `name:${folded}` : `known:${id}`;
  };
  return {
    expected: byName,
    predicted: (ref) => (ref.kind === 'known' ? `known:${ref.actorId}` : byName(proposedNames.get(ref.proposedKey) ?? ref.proposedKey)),
    label: (key) => (key.startsWith('known:') ? (nameById.get(key.slice(6)) ?? key.slice(6)) : key.slice(5)),
  };
}
