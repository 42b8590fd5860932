import type { ArticleText } from '../text/articleText.ts';
import { foldForMatch, slugify } from '../text/fold.ts';
import type { ActorKind, ProposedActor } from '../types.ts';
import type { KnownActorIndex } from './knownActorIndex.ts';
import { knownKey, proposedKey, type Mention, type MentionTable } from './mention.ts';
import { demonymsOf } from './places.ts';
import { ROLE_NOUNS } from './vocabulary.ts';

// Collective actors named after a country: "Hong Kong protesters", "Myanmar's military",
// "Belarusian police", "the Venezuelan opposition". They act in news as often as people
// do and no actor table holds them before the crisis starts. The country word and the
// group noun become one proposed actor, named as the article writes the country, with
// the group noun in a standard form (an army, the military and troops are one "Armed
// Forces").

interface GroupNoun {
  /** Folded words as they appear in the text. */
  words: readonly string[];
  name: string;
  kind: ActorKind;
}

const GROUP_NOUNS: readonly GroupNoun[] = [
  { words: ['armed', 'forces'], name: 'Armed Forces', kind: 'ORGANIZATION' },
  { words: ['security', 'forces'], name: 'security forces', kind: 'ORGANIZATION' },
  { words: ['air', 'force'], name: 'Air Force', kind: 'ORGANIZATION' },
  { words: ['army'], name: 'Armed Forces', kind: 'ORGANIZATION' },
  { words: ['military'], name: 'Armed Forces', kind: 'ORGANIZATION' },
  { words: ['troops'], name: 'Armed Forces', kind: 'ORGANIZATION' },
  { words: ['soldiers'], name: 'Armed Forces', kind: 'ORGANIZATION' },
  { words: ['navy'], name: 'Navy', kind: 'ORGANIZATION' },
  { words: ['police'], name: 'police', kind: 'ORGANIZATION' },
  { words: ['protesters'], name: 'protesters', kind: 'GROUP' },
  { words: ['protestors'], name: 'protesters', kind: 'GROUP' },
  { words: ['demonstrators'], name: 'protesters', kind: 'GROUP' },
  { words: ['opposition'], name: 'opposition', kind: 'GROUP' },
  { words: ['rebels'], name: 'rebels', kind: 'GROUP' },
  { words: ['separatists'], name: 'separatists', kind: 'GROUP' },
  { words: ['militants'], name: 'militants', kind: 'GROUP' },
];

/** What may stand between the country and the group noun: "Myanmar's military", "the Venezuelan armed forces". */
const PLACE_SOURCES: ReadonlySet<Mention['source']> = new Set(['demonym', 'name', 'alias']);

export function proposeGroups(article: ArticleText, mentions: MentionTable, index: KnownActorIndex): ProposedActor[] {
  const byKey = new Map<string, ProposedActor>();
  for (const place of [...mentions.all]) {
    if (place.kind !== 'COUNTRY' || !PLACE_SOURCES.has(place.source)) continue;
    // The opposition written apart from its country word ("the Venezuelan government and the
    // opposition", "supporters of Venezuelan opposition leader X") is named with that word as written.
    const shared = oppositionSharingCountry(article, place, mentions) ?? supportersOfOppositionLeader(article, place, mentions);
    const noun = groupNounAfter(article, place, mentions);
    const group = shared ?? noun ?? protestsIn(article, place, mentions);
    if (group === null) continue;
    const written =
      shared !== null ? (article.tokens[place.tokenStart]?.text ?? '') : noun === null ? adjectiveOf(article, place) : countryWord(article, place, mentions);
    const name = `${written} ${group.noun.name}`;
    const key = slugify(name);
    const last = article.tokens[group.tokenEnd - 1];
    if (last === undefined) continue;
    const knownId = knownGroupId(index, written, group.noun);
    const profile = knownId === undefined ? undefined : index.profiles.get(knownId);
    const replacement: Mention = {
      actorKey: profile === undefined ? proposedKey(key) : knownKey(profile.actor.id),
      ref: profile === undefined ? { kind: 'proposed', proposedKey: key } : { kind: 'known', actorId: profile.actor.id },
      kind: profile?.actor.kind ?? group.noun.kind,
      start: shared === null ? place.start : (article.tokens[shared.tokenStart]?.start ?? place.start),
      end: last.end,
      tokenStart: shared === null ? place.tokenStart : shared.tokenStart,
      tokenEnd: group.tokenEnd,
      source: 'name',
      possessive: last.possessive,
      country: place,
    };
    // The country word stays a mention of the country too: "Russian troops" also says Russia.
    mentions.add(replacement);
    if (profile !== undefined) continue;
    const proposal = byKey.get(key) ?? { key, name, kind: group.noun.kind, mentions: [] };
    proposal.mentions.push({ text: article.text.slice(replacement.start, replacement.end), start: replacement.start, end: replacement.end });
    byKey.set(key, proposal);
  }
  return [...byKey.values()];
}

/** Where a group is written apart from its country word: the mention spans these tokens. */
interface GroupWords {
  noun: GroupNoun;
  tokenStart: number;
  tokenEnd: number;
}

const OPPOSITION = GROUP_NOUNS.find((noun) => noun.name === 'opposition');
const STATE_NOUNS: ReadonlySet<string> = new Set(['government', 'authorities', 'administration', 'regime']);

/** "talks between the Venezuelan government and the opposition": the country word qualifies both sides. */
function oppositionSharingCountry(article: ArticleText, place: Mention, mentions: MentionTable): GroupWords | null {
  if (OPPOSITION === undefined || !STATE_NOUNS.has(article.tokens[place.tokenEnd - 1]?.folded ?? '')) return null;
  let position = place.tokenEnd;
  if (article.tokens[position]?.folded !== 'and') return null;
  position++;
  if (article.tokens[position]?.folded === 'the') position++;
  if (article.tokens[position]?.folded !== 'opposition' || mentions.at(position) !== undefined || opensTitle(article, position + 1)) return null;
  return { noun: OPPOSITION, tokenStart: position, tokenEnd: position + 1 };
}

const SUPPORTERS: ReadonlySet<string> = new Set(['supporters', 'followers', 'backers', 'sympathizers', 'sympathisers']);

/**
 * "thousands of supporters of Venezuelan opposition leader X marched": the leader's
 * supporters are the opposition acting, and the mention spans "supporters of … opposition"
 * so the group, not its leader, is who marched.
 */
function supportersOfOppositionLeader(article: ArticleText, place: Mention, mentions: MentionTable): GroupWords | null {
  const position = place.tokenEnd;
  if (OPPOSITION === undefined || place.possessive || article.tokens[position]?.folded !== 'opposition' || mentions.at(position) !== undefined) return null;
  if (!opensTitle(article, position + 1)) return null;
  const of = article.tokens[place.tokenStart - 1];
  const supporters = article.tokens[place.tokenStart - 2];
  if (of?.folded !== 'of' || !SUPPORTERS.has(supporters?.folded ?? '')) return null;
  return { noun: OPPOSITION, tokenStart: place.tokenStart - 2, tokenEnd: position + 1 };
}

/** The table may know the group already: "Venezuela's armed forces" is its "Venezuelan armed forces". */
function knownGroupId(index: KnownActorIndex, written: string, noun: GroupNoun): string | undefined {
  const countryWords = [written, ...demonymsOf(written)];
  const nounForms = [noun.name, noun.words.join(' ')];
  for (const country of countryWords) {
    for (const form of nounForms) {
      const id = index.idByFoldedName.get(foldForMatch(`${country} ${form}`));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

function groupNounAfter(article: ArticleText, place: Mention, mentions: MentionTable): { noun: GroupNoun; tokenEnd: number } | null {
  let position = place.tokenEnd;
  // "Venezuelan pro-government troops" is still the army; "anti-government protesters" still protesters.
  if (article.tokens[position]?.kind === 'word' && /^(?:pro|anti)$/.test(article.tokens[position]?.folded ?? '') && article.tokens[position + 1]?.text === '-')
    position += 3;
  for (const noun of GROUP_NOUNS) {
    const matches = noun.words.every((word, offset) => {
      const token = article.tokens[position + offset];
      return token !== undefined && token.folded === word && mentions.at(position + offset) === undefined;
    });
    // "Venezuelan opposition leader Juan Guaidó": the group names the person's title, it does not act.
    if (matches && !opensTitle(article, position + noun.words.length)) return { noun, tokenEnd: position + noun.words.length };
    if (matches) return null;
  }
  return null;
}

const PROTEST_NOUNS: ReadonlySet<string> = new Set(['protests', 'demonstrations', 'rallies', 'riots']);
const PROTESTERS = GROUP_NOUNS.find((noun) => noun.name === 'protesters');
const SPREAD_WORDS: ReadonlySet<string> = new Set(['in', 'across', 'throughout']);

/**
 * "Mass protests erupted in more than 30 Belarusian cities", "Protests broke out across
 * Sudan": protests told before anyone is named, where a country is named, have that
 * country's protesters acting, as their own group ("Belarusian protesters"), not the state.
 */
function protestsIn(article: ArticleText, place: Mention, mentions: MentionTable): { noun: GroupNoun; tokenEnd: number } | null {
  if (PROTESTERS === undefined || place.possessive) return null;
  const sentence = article.sentenceTokens[article.sentenceOfToken[place.tokenStart] ?? -1];
  if (sentence === undefined) return null;
  let protest = -1;
  for (let index = sentence.first; index < place.tokenStart && protest < 0; index++) {
    // Protests someone else holds, condemns or is named with come after that someone.
    if (mentions.at(index) !== undefined) return null;
    if (PROTEST_NOUNS.has(article.tokens[index]?.folded ?? '')) protest = index;
  }
  if (protest < 0 || place.tokenStart - protest > 12 || !opensClause(article, sentence.first, protest)) return null;
  let spread = false;
  for (let index = protest + 1; index < place.tokenStart; index++) {
    const token = article.tokens[index];
    // Someone named between the protests and the country is who they are about or against.
    if (token === undefined || mentions.at(index) !== undefined || token.text === ',') return null;
    spread ||= SPREAD_WORDS.has(token.folded);
  }
  return spread ? { noun: PROTESTERS, tokenEnd: place.tokenEnd } : null;
}

// prettier-ignore
const PROTEST_QUALIFIERS: ReadonlySet<string> = new Set([
  'the', 'new', 'fresh', 'more', 'further', 'mass', 'massive', 'huge', 'large', 'big', 'small', 'angry', 'violent', 'peaceful',
  'street', 'nationwide', 'widespread', 'deadly', 'student', 'spontaneous', 'sporadic', 'renewed', 'weeks', 'days', 'of',
]);

/** "Late last year, anti-government protests broke out": the protests open their clause, nobody holds or breaks them up. */
function opensClause(article: ArticleText, first: number, protest: number): boolean {
  let start = first;
  for (let index = first; index < protest; index++) if (article.tokens[index]?.text === ',') start = index + 1;
  for (let index = start; index < protest; index++) {
    const token = article.tokens[index];
    if (token === undefined) return false;
    const hyphenated = token.text === '-' || article.tokens[index + 1]?.text === '-' || article.tokens[index - 1]?.text === '-';
    if (!hyphenated && !PROTEST_QUALIFIERS.has(token.folded)) return false;
  }
  return true;
}

/** "Sudan" → "Sudanese" for its people, when the adjective is the name's own ("Myanmar" is not "Burmese", "Hong Kong" not "Hong Konger"). */
function adjectiveOf(article: ArticleText, place: Mention): string {
  const written = article.text.slice(place.start, place.end);
  if (place.source !== 'name') return written;
  const stem = foldForMatch(written).slice(0, 4);
  const adjective = demonymsOf(written).find((form) => /(?:ese|an|i)$/.test(form) && foldForMatch(form).startsWith(stem));
  return adjective ?? written;
}

/** The word after a group noun makes it part of a title: "opposition leader", "military spokesmen". */
function opensTitle(article: ArticleText, position: number): boolean {
  const token = article.tokens[position];
  if (token === undefined || token.kind !== 'word') return false;
  // "leaders", "officials", "spokesmen".
  const singular = token.folded.replace(/men$/, 'man').replace(/s$/, '');
  return ROLE_NOUNS.has(token.folded) || ROLE_NOUNS.has(singular);
}

/**
 * How a group's name spells its country: "Sudan's army" is the "Sudanese Armed Forces",
 * as the body is called, so one group does not become two ("Russia Armed Forces" beside
 * "Russian Armed Forces"). The article's own demonym comes first; without one, the
 * adjective of the name ("Myanmar" has none of its own and stays). Abbreviations ("U.S.
 * troops") stay as written.
 */
function countryWord(article: ArticleText, place: Mention, mentions: MentionTable): string {
  const written = article.text.slice(place.start, place.end);
  if (place.source === 'demonym' || /^[\p{Lu}.]+$/u.test(written)) return written;
  const demonym = mentions.all.find((mention) => mention.actorKey === place.actorKey && mention.source === 'demonym');
  if (demonym === undefined) return adjectiveOf(article, place);
  const spelled = article.text.slice(demonym.start, demonym.end);
  // "Venezuelans" names the people; the group takes the adjective.
  return demonymsOf(written).find((form) => !form.endsWith('s') || form.endsWith('ese')) ?? spelled;
}
