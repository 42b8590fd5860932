import countries from 'world-countries';
import { foldForMatch } from '../text/fold.ts';
import type { ActorKind } from '../types.ts';

// Every country of the world, and the other words news copy uses for it: short and
// official names, demonyms ("Swedish", "Swedes"), capitals and seats of power used as
// metonyms ("Moscow", "the White House"). The countries come from the world-countries
// data set (ISO 3166 with English demonyms and capitals); the press's own usage that the
// data set lacks is added below. A place becomes a mention of the known actor with one
// of its names, or, when the actor table has none, of a proposed actor under its
// canonical (first) name.

export interface Place {
  /** Canonical name first. */
  names: readonly string[];
  demonyms: readonly string[];
  capitals: readonly string[];
  kind: ActorKind;
}

/** What wire copy writes that the data set does not: press short names, seats of power, plural demonyms it lacks. */
const PRESS_USAGE: Readonly<Record<string, Partial<Omit<Place, 'kind'>>>> = {
  US: { names: ['United States', 'U.S.', 'U.S.A.', 'US', 'America'], capitals: ['Washington', 'White House'] },
  GB: { names: ['United Kingdom', 'Britain', 'U.K.'], demonyms: ['British', 'Briton', 'Britons'], capitals: ['Downing Street', 'Whitehall'] },
  RU: { names: ['Russia'], capitals: ['Kremlin'] },
  VE: { names: ['Venezuela'], capitals: ['Miraflores'] },
  CN: { names: ['China', "People's Republic of China"] },
  TR: { names: ['Turkey', 'Türkiye'] },
  BR: { capitals: ['Planalto'] },
  FR: { capitals: ['Elysee', 'Élysée'] },
  UA: { capitals: ['Kyiv', 'Kiev'] },
  KP: { names: ['North Korea'] },
  KR: { names: ['South Korea'] },
  CD: { names: ['Democratic Republic of the Congo', 'DR Congo', 'DRC'] },
  CG: { names: ['Republic of the Congo'] },
  CZ: { names: ['Czech Republic', 'Czechia'] },
  MM: { names: ['Myanmar', 'Burma'] },
  CI: { names: ['Ivory Coast', "Côte d'Ivoire"] },
  AE: { names: ['United Arab Emirates', 'UAE'], demonyms: ['Emirati', 'Emiratis'] },
  SY: { names: ['Syria'] },
  IR: { names: ['Iran'] },
  BO: { names: ['Bolivia'] },
  PS: { names: ['Palestine', 'Palestinian territories'] },
  VA: { names: ['Vatican', 'Holy See'] },
  BY: { names: ['Belarus'], demonyms: ['Belarusian', 'Belarusians'], capitals: ['Minsk'] },
  MK: { names: ['North Macedonia', 'Macedonia'] },
  SZ: { names: ['Eswatini', 'Swaziland'] },
  TW: { names: ['Taiwan'] },
  HK: { names: ['Hong Kong'] },
};

/** Names that are a country's but mostly mean something else in English copy. */
// prettier-ignore
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['georgia', 'jordan', 'chad', 'niger', 'guinea', 'turkey', 'china', 'jersey', 'man', 'french', 'polish', 'dominica']);
// prettier-ignore
const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set(['victoria', 'kingston', 'georgetown', 'hamilton', 'santiago', 'san jose', 'saint john', 'city of victoria', 'washington d.c.', 'jamestown', 'hope', 'avarua', 'palikir']);

type Country = (typeof countries)[number];

function englishDemonyms(country: Country): string[] {
  const english = country.demonyms?.['eng'];
  const forms = new Set<string>();
  for (const form of [english?.m, english?.f]) {
    if (form === undefined || form === '') continue;
    forms.add(form);
    // "Swedes" is not derivable; "Venezuelans", "Americans" are.
    if (!/(?:ese|sh|ch|ss|s|i)$/i.test(form)) forms.add(`${form}s`);
  }
  return [...forms];
}

/** Demonyms of sovereign states: a territory sharing one ("American", "French") does not get it. */
const SOVEREIGN_DEMONYMS: ReadonlySet<string> = new Set(
  countries.filter((country) => country.independent === true).flatMap((country) => englishDemonyms(country).map(foldForMatch)),
);

function placeOf(country: Country): Place {
  const usage = PRESS_USAGE[country.cca2] ?? {};
  const demonyms = englishDemonyms(country).filter((demonym) => country.independent === true || !SOVEREIGN_DEMONYMS.has(foldForMatch(demonym)));
  const codes = country.altSpellings.filter((spelling) => /^[A-Z]{2,3}$/.test(spelling) && spelling !== country.cca2);
  const names = unique([
    ...(usage.names ?? []),
    country.name.common,
    country.name.official,
    ...codes,
    ...country.altSpellings.filter((spelling) => spelling.length > 3),
  ]);
  const capitals = unique([...country.capital, ...(usage.capitals ?? [])]).filter((capital) => !AMBIGUOUS_CAPITALS.has(foldForMatch(capital)));
  return {
    names: names.filter((name, index) => index === 0 || !AMBIGUOUS_NAMES.has(foldForMatch(name))),
    demonyms: unique([...demonyms, ...(usage.demonyms ?? [])]),
    capitals,
    kind: 'COUNTRY',
  };
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const folded = foldForMatch(value);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

const UNIONS: readonly Place[] = [{ names: ['European Union', 'EU', 'E.U.'], demonyms: [], capitals: ['Brussels'], kind: 'ORGANIZATION' }];

export const PLACES: readonly Place[] = [...countries.map(placeOf), ...UNIONS];

/** A place word right after one of these belongs to a larger region ("Latin American", "South America"). */
export const REGION_QUALIFIERS: ReadonlySet<string> = new Set(['latin', 'south', 'central', 'north', 'pan', 'anglo', 'east', 'west', 'southeast', 'sub']);

/** Demonyms of the place one of whose names is `name` ("Venezuela" → "Venezuelan", "Venezuelans"). */
export function demonymsOf(name: string): readonly string[] {
  const folded = foldForMatch(name);
  return PLACES.find((place) => place.names.some((candidate) => foldForMatch(candidate) === folded))?.demonyms ?? [];
}
