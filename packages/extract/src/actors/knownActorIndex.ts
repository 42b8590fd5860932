import { foldForMatch, slugify } from '../text/fold.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { KnownActor, MentionSource } from '../types.ts';
import { MisspellingIndex } from './misspellings.ts';
import { PLACE_ID_PREFIX } from './placeIds.ts';
import { PLACES } from './places.ts';
import { NOT_A_NAME } from './vocabulary.ts';

// Everything about the known-actor list that can be worked out once, before any article
// is read: a token trie of names and aliases, derived surnames, place words that point
// at known countries, and the misspelling index. Building it is the expensive part of
// createExtractor; reading an article then costs one pass over its tokens.

/** How a token of a name must be written in the text for the name to match. */
type CaseRule = 'any' | 'capitalized' | 'upper';

export interface NamePattern {
  tokens: readonly string[];
  cases: readonly CaseRule[];
  actorId: string;
  source: MentionSource;
  /** Place words (demonyms, capitals, country names from the built-in table) rank below the list's own names. */
  fromPlaceTable: boolean;
}

export interface KnownActorProfile {
  actor: KnownActor;
  /** Countries the actor belongs to, from `country` and from demonyms in the description. */
  affiliationIds: readonly string[];
  /** Folded description, searched for role words ("foreign minister"). */
  description: string;
}

export interface KnownActorIndex {
  patternsByFirstToken: ReadonlyMap<string, readonly NamePattern[]>;
  misspellings: MisspellingIndex<string>;
  profiles: ReadonlyMap<string, KnownActorProfile>;
  /** Folded name, alias or id → actor id; used to read `country` fields and expected actor names. */
  idByFoldedName: ReadonlyMap<string, string>;
}

export function buildKnownActorIndex(knownActors: readonly KnownActor[]): KnownActorIndex {
  const patterns: NamePattern[] = [];
  const idByFoldedName = new Map<string, string>();
  const misspellings = new MisspellingIndex<string>();
  for (const actor of knownActors) {
    idByFoldedName.set(foldForMatch(actor.id), actor.id);
    addPattern(patterns, actor.name, actor.id, 'name', false, idByFoldedName);
    for (const alias of actor.aliases) addPattern(patterns, alias, actor.id, 'alias', false, idByFoldedName);
  }
  addSurnames(knownActors, patterns, misspellings);
  for (const actor of knownActors) {
    for (const surface of [actor.name, ...actor.aliases]) {
      const words = wordTokens(surface);
      const only = words[0];
      if (words.length === 1 && only !== undefined && only.capitalized && !only.upper) misspellings.add(only.folded, actor.id);
    }
  }
  const placeActors = addPlaces(patterns, idByFoldedName);
  const countryIdByCode = countryCodes(knownActors);
  const profiles = new Map<string, KnownActorProfile>();
  for (const actor of [...knownActors, ...placeActors]) profiles.set(actor.id, profileOf(actor, idByFoldedName, countryIdByCode));
  return { patternsByFirstToken: groupByFirstToken(patterns), misspellings, profiles, idByFoldedName };
}

function wordTokens(text: string): Token[] {
  return tokenize(text).filter((token) => token.kind !== 'punct');
}

function caseRuleOf(token: Token): CaseRule {
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  if (token.upper && letters.length >= 2 && letters.length <= 5) return 'upper';
  return token.capitalized ? 'capitalized' : 'any';
}

function addPattern(
  patterns: NamePattern[],
  surface: string,
  actorId: string,
  source: MentionSource,
  fromPlaceTable: boolean,
  idByFoldedName: Map<string, string>,
): void {
  const words = wordTokens(surface);
  if (words.length === 0) return;
  const namesTheActor = source === 'name' || source === 'alias';
  if (namesTheActor && !idByFoldedName.has(foldForMatch(surface))) idByFoldedName.set(foldForMatch(surface), actorId);
  patterns.push({
    tokens: words.map((token) => token.folded),
    cases: words.map(caseRuleOf),
    actorId,
    source,
    fromPlaceTable,
  });
}

/**
 * People are mostly called by surname after the first mention. "Sergei Ryabkov" gives
 * "Ryabkov"; three-part Spanish names give the paternal surname and the full surname
 * ("Vladimir Padrino López" → "Padrino", "Padrino López"). A surname shared by two known
 * people is left out: it cannot say which one is meant.
 */
function addSurnames(knownActors: readonly KnownActor[], patterns: NamePattern[], misspellings: MisspellingIndex<string>): void {
  const owners = new Map<string, { words: Token[]; actorIds: Set<string> }>();
  for (const actor of knownActors) {
    if (actor.kind !== 'PERSON') continue;
    const words = wordTokens(actor.name).filter((token) => token.capitalized);
    const variants = words.length === 2 ? [words.slice(1)] : words.length >= 3 ? [words.slice(1, 2), words.slice(1)] : [];
    for (const variant of variants) {
      const key = variant.map((token) => token.folded).join(' ');
      if (variant.length === 1 && (key.length < 3 || NOT_A_NAME.has(key))) continue;
      const entry = owners.get(key) ?? { words: variant, actorIds: new Set<string>() };
      entry.actorIds.add(actor.id);
      owners.set(key, entry);
    }
  }
  for (const [key, { words, actorIds }] of owners) {
    const [actorId] = [...actorIds];
    if (actorIds.size !== 1 || actorId === undefined) continue;
    patterns.push({ tokens: words.map((token) => token.folded), cases: words.map(() => 'capitalized'), actorId, source: 'surname', fromPlaceTable: false });
    if (words.length === 1) misspellings.add(key, actorId);
  }
}

/** Ids of countries that come from the gazetteer rather than the actor table: mentions of them propose a new actor. */
export { PLACE_ID_PREFIX };

/**
 * Place words point at the table's actor for that country; a country the table does
 * not hold gets a stand-in actor under its canonical name, so a first article about a
 * new crisis still finds "Sweden", "Swedish" and "Stockholm" as one country.
 */
function addPlaces(patterns: NamePattern[], idByFoldedName: Map<string, string>): KnownActor[] {
  const standIns: KnownActor[] = [];
  for (const place of PLACES) {
    let actorId = place.names.map((name) => idByFoldedName.get(foldForMatch(name))).find((id) => id !== undefined);
    if (actorId === undefined) {
      const name = place.names[0] ?? '';
      actorId = `${PLACE_ID_PREFIX}${slugify(name)}`;
      standIns.push({ id: actorId, name, kind: place.kind, aliases: [] });
    }
    for (const name of place.names) addPattern(patterns, name, actorId, 'name', true, idByFoldedName);
    for (const demonym of place.demonyms) addPattern(patterns, demonym, actorId, 'demonym', true, idByFoldedName);
    for (const capital of place.capitals) addPattern(patterns, capital, actorId, 'capital', true, idByFoldedName);
  }
  return standIns;
}

function groupByFirstToken(patterns: NamePattern[]): Map<string, NamePattern[]> {
  const grouped = new Map<string, NamePattern[]>();
  for (const pattern of patterns) {
    const first = pattern.tokens[0];
    if (first === undefined) continue;
    const list = grouped.get(first) ?? [];
    list.push(pattern);
    grouped.set(first, list);
  }
  // Longest first so "Venezuelan National Assembly" beats "Venezuelan"; the list's own
  // names before the built-in place words.
  for (const list of grouped.values()) {
    list.sort((a, b) => b.tokens.length - a.tokens.length || Number(a.fromPlaceTable) - Number(b.fromPlaceTable));
  }
  return grouped;
}

/**
 * Lists may give a person's country as an ISO code ("RU"); a country in the same list
 * that carries that code in its own `country` field is the one meant.
 */
function countryCodes(knownActors: readonly KnownActor[]): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const actor of knownActors) {
    const code = actor.country?.trim();
    if (actor.kind === 'COUNTRY' && code !== undefined && code !== '') byCode.set(foldForMatch(code), actor.id);
  }
  return byCode;
}

function profileOf(actor: KnownActor, idByFoldedName: ReadonlyMap<string, string>, countryIdByCode: ReadonlyMap<string, string>): KnownActorProfile {
  const affiliationIds = new Set<string>();
  const country = actor.country?.trim();
  if (country !== undefined && country !== '') {
    const folded = foldForMatch(country);
    const countryId = countryIdByCode.get(folded) ?? idByFoldedName.get(folded) ?? placeActorId(country, idByFoldedName);
    if (countryId !== undefined && countryId !== actor.id) affiliationIds.add(countryId);
  }
  const description = foldForMatch(actor.description ?? '');
  if (actor.kind === 'PERSON') {
    for (const id of placesNamedIn(descriptionHead(actor.description ?? ''), idByFoldedName)) if (id !== actor.id) affiliationIds.add(id);
  }
  return { actor, affiliationIds: [...affiliationIds], description };
}

function placeActorId(surface: string, idByFoldedName: ReadonlyMap<string, string>): string | undefined {
  const folded = foldForMatch(surface);
  for (const place of PLACES) {
    const surfaces = [...place.names, ...place.demonyms, ...place.capitals].map(foldForMatch);
    if (!surfaces.includes(folded)) continue;
    return place.names.map((name) => idByFoldedName.get(foldForMatch(name))).find((id) => id !== undefined);
  }
  return undefined;
}

/**
 * What a person's description says they are, before a clause about what they
 * did: "Venezuelan minister who led the talks in Oslo" belongs to Venezuela,
 * not to the country of the talks.
 */
function descriptionHead(description: string): string {
  return description.split(/\s(?:who|whom|whose|which|that|where|when)\s/i)[0] ?? description;
}

function placesNamedIn(text: string, idByFoldedName: ReadonlyMap<string, string>): string[] {
  const ids: string[] = [];
  for (const token of wordTokens(text)) {
    if (!token.capitalized) continue;
    const id = placeActorId(token.text, idByFoldedName) ?? countryIdByName(token.folded, idByFoldedName);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

function countryIdByName(folded: string, idByFoldedName: ReadonlyMap<string, string>): string | undefined {
  return PLACES.some((place) => place.names.some((name) => foldForMatch(name) === folded)) ? idByFoldedName.get(folded) : undefined;
}
