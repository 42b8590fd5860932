import type { ActorRef } from '../types.ts';

// A country that comes in only as the own country of the people acting (a person's title,
// "Venezuelan President X"; a group's country word, "Russian troops"; a minister or
// spokesperson speaking for their state) takes part only when the event names another
// country too. A domestic event lists the people and bodies acting, not their own country
// ("Maduro was sworn in"); an international one lists the countries on each side ("talks
// between Venezuelan President X and the US"). The devset's gold, written outside the team,
// follows this; the team's own fixtures listed the head of state's country on domestic events.

export interface OwnCountry {
  actorKey: string;
  ref: ActorRef;
}

/**
 * The own countries to add as participants: those for which another country is in the event,
 * named there (`namedCountryKeys`) or the own country of someone else acting in it.
 */
export function ownCountriesTakingPart(own: readonly OwnCountry[], namedCountryKeys: ReadonlySet<string>): OwnCountry[] {
  const keys = new Set([...namedCountryKeys, ...own.map((country) => country.actorKey)]);
  return own.filter((country) => [...keys].some((key) => key !== country.actorKey));
}
