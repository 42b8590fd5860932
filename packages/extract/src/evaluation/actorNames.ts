import { foldForMatch } from '../text/fold.ts';
import type { ActorRef, KnownActor, ProposedActor } from '../types.ts';

// Expected files name actors in plain words ("Sergei Ryabkov", "United States"); the
// extractor returns references. Both are turned into one comparable key: the known
// actor's id when the name or an alias matches one, else the folded name.
//
// A proposed actor is named as the article names it, and an article may give only the
// surname ("Bashir" for "Omar al-Bashir"). When the page's expected names are given, a
// predicted name that is the last words of exactly one expected name (or the other way
// round) counts as that actor, the way an editor would merge it on review.

export type ActorKeyOf = {
  expected(name: string): string;
  predicted(ref: ActorRef): string;
  /** Readable name for a key, for reports. */
  label(key: string): string;
};

export function actorKeys(knownActors: readonly KnownActor[], proposedActors: readonly ProposedActor[], expectedNames: readonly string[] = []): ActorKeyOf {
  const idByName = new Map<string, string>();
  const nameById = new Map<string, string>();
  const surfacesById = new Map<string, string[]>();
  for (const actor of knownActors) {
    nameById.set(actor.id, actor.name);
    surfacesById.set(actor.id, [actor.name, ...actor.aliases]);
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
  const expectedByKey = new Map(expectedNames.map((name) => [byName(name), name]));
  /** The key of the one expected actor these names shorten or lengthen, if exactly one. */
  const lenientMatch = (surfaces: readonly string[]): string | null => {
    const candidates = [...expectedByKey].filter(([, expected]) => surfaces.some((surface) => sameActorName(surface, expected)));
    return candidates.length === 1 ? (candidates[0]?.[0] ?? null) : null;
  };
  const predicted = (ref: ActorRef): string => {
    const strict = ref.kind === 'known' ? `known:${ref.actorId}` : byName(proposedNames.get(ref.proposedKey) ?? ref.proposedKey);
    if (expectedByKey.has(strict)) return strict;
    const surfaces = ref.kind === 'known' ? (surfacesById.get(ref.actorId) ?? []) : [proposedNames.get(ref.proposedKey) ?? ref.proposedKey];
    return lenientMatch(surfaces) ?? strict;
  };
  return {
    expected: byName,
    predicted,
    label: (key) => (key.startsWith('known:') ? (nameById.get(key.slice(6)) ?? key.slice(6)) : key.slice(5)),
  };
}

/**
 * Same person or body by name: equal once folded, one name is the other's last words
 * ("Bashir", "Omar al-Bashir"), or the longer adds where the body is ("… of Hong Kong").
 */
export function sameActorName(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length === 0 || right.length === 0) return false;
  if (left.join(' ') === right.join(' ')) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  const tail = longer.slice(longer.length - shorter.length);
  if (shorter.join(' ') === tail.join(' ') && shorter.join('').length >= 4) return true;
  // "Legislative Council" and "Legislative Council of Hong Kong": the same body, placed.
  const head = longer.slice(0, shorter.length);
  return shorter.length >= 2 && head.join(' ') === shorter.join(' ') && /^(?:of|in)$/.test(longer[shorter.length] ?? '');
}

function nameWords(name: string): string[] {
  return foldForMatch(name)
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word !== 'al' && word !== 'el');
}
