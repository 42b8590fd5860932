import type { Mention } from '../actors/mention.ts';

// What a speaker says about a country's forces ("fear of the Cuban security forces in the
// country", "the presence of Cuban military personnel", "Cuban soldiers must go home") is
// said about that country: the state answers for its troops, and an editor lists the state
// as the one spoken about. On the devset, 3 such targets on 2 pages were the country's in
// the gold, none the forces'. Groups ("the Venezuelan opposition", "Hong Kong protesters")
// stand against their state, so they stay what they are.

export function spokenAbout(target: Mention): Pick<Mention, 'actorKey' | 'ref'> {
  return target.kind === 'ORGANIZATION' && target.country !== undefined ? target.country : target;
}
