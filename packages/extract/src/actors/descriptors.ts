import type { ArticleText } from '../text/articleText.ts';
import { SPEECH_VERBS } from '../speech/speechVerbs.ts';
import type { KnownActorIndex } from './knownActorIndex.ts';
import { isNamed, type Mention, type MentionTable } from './mention.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

// What the article says a person is: the title before the name ("Venezuelan President
// Nicolás Maduro") and descriptions in apposition ("Sergei Ryabkov, deputy foreign
// minister of Russia," / "the official representative of the Russian Foreign Ministry,
// Maria Zakharova,"). These tell later descriptions ("the Russian vice chancellor") who
// they are about, and which country a speaker stands for.

export interface PersonProfile {
  /** What the person stands for: their countries, or, for people of no country ("EU foreign policy chief"), their organisations. */
  affiliationKeys: Set<string>;
  /** Folded descriptions, searched for role words. */
  roleTexts: string[];
}

interface Affiliations {
  countries: Set<string>;
  organizations: Set<string>;
}

export interface Descriptors {
  profiles: Map<string, PersonProfile>;
  /** Appositive descriptions, as mentions of the person they describe. */
  descriptionMentions: Mention[];
}

const MAX_APPOSITIVE_TOKENS = 14;
const MAX_TITLE_TOKENS = 6;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** A relative clause after a name says what the person did or what others think of them, not what they are. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
/** Words that belong to the sentence around a name rather than to a title. */
// prettier-ignore
const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'with', 'to', 'by', 'from', 'in', 'on', 'at', 'that', 'as', 'is', 'was', 'were',
  'are', 'be', 'been', 'has', 'have', 'had', 'met', 'after', 'before', 'when', 'while', 'who', 'which', 'also', 'not',
]);

export function describePeople(article: ArticleText, mentions: MentionTable, index: KnownActorIndex): Descriptors {
  const profiles = new Map<string, PersonProfile>();
  const descriptionMentions: Mention[] = [];
  const affiliations = new Map<string, Affiliations>();
  const profileOf = (key: string): PersonProfile => {
    let profile = profiles.get(key);
    if (profile === undefined) {
      profile = { affiliationKeys: new Set(), roleTexts: [] };
      profiles.set(key, profile);
      affiliations.set(key, { countries: new Set(), organizations: new Set() });
    }
    return profile;
  };
  for (const [actorId, known] of index.profiles) {
    if (known.actor.kind !== 'PERSON') continue;
    const profile = profileOf(`known:${actorId}`);
    // The table's "Opposition lawmaker …", "Former … president": as in a title below, no voice of the state.
    const description = known.description.split(/\s+/).map((word) => word.toLowerCase().replace(/[^a-z]/g, ''));
    if (!description.some((word) => NOT_THE_STATE.has(word)))
      for (const affiliationId of known.affiliationIds) affiliations.get(`known:${actorId}`)?.countries.add(`known:${affiliationId}`);
    if (known.description !== '') profile.roleTexts.push(known.description);
  }
  for (const person of mentions.sorted()) {
    if (person.kind !== 'PERSON' || !isNamed(person)) continue;
    const profile = profileOf(person.actorKey);
    const ranges = [titleBefore(article, person, mentions), appositiveAfter(article, person), appositiveBefore(article, person)];
    ranges.forEach((range, position) => {
      if (range === null) return;
      const [first, end] = range;
      profile.roleTexts.push(foldedText(article, first, end));
      const found = affiliations.get(person.actorKey);
      // "Venezuelan opposition leader", "former intelligence chief": named with a country they do not speak for.
      if (speaksForState(article, first, end)) for (const country of countriesIn(mentions, first, end, article)) found?.countries.add(country);
      for (const organization of organizationsIn(mentions, first, end)) found?.organizations.add(organization);
      const firstToken = article.tokens[first];
      const lastToken = article.tokens[end - 1];
      if (position > 0 && firstToken !== undefined && lastToken !== undefined) {
        descriptionMentions.push({
          ...person,
          start: firstToken.start,
          end: lastToken.end,
          tokenStart: first,
          tokenEnd: end,
          source: 'description',
          possessive: false,
        });
      }
    });
  }
  for (const [key, profile] of profiles) {
    const found = affiliations.get(key);
    if (found === undefined) continue;
    profile.affiliationKeys = found.countries.size > 0 ? found.countries : found.organizations;
  }
  return { profiles, descriptionMentions };
}

const NOT_THE_STATE: ReadonlySet<string> = new Set(['opposition', 'former', 'ex', 'exiled', 'dissident', 'rebel']);

function speaksForState(article: ArticleText, first: number, end: number): boolean {
  return !article.tokens.slice(first, end).some((token) => NOT_THE_STATE.has(token.folded));
}

function foldedText(article: ArticleText, first: number, end: number): string {
  return article.tokens
    .slice(first, end)
    .map((token) => token.folded)
    .join(' ');
}

/** Keys of known countries named (or hinted by a demonym) between two tokens. */
export function countriesIn(mentions: MentionTable, first: number, end: number, article?: ArticleText): string[] {
  const keys: string[] = [];
  for (let position = first; position < end; position++) {
    const mention = mentions.at(position);
    if (mention === undefined || mention.kind !== 'COUNTRY' || mention.tokenStart !== position) continue;
    // "deputy commander of Iran-backed militias": the country only describes the militias.
    if (article !== undefined && namedInModifier(article, mention)) continue;
    keys.push(mention.actorKey);
  }
  return keys;
}

const COMPOUND_MODIFIERS: ReadonlySet<string> = new Set(['backed', 'based', 'born', 'funded', 'supported', 'sponsored', 'allied', 'aligned', 'friendly']);

/** "Iran-backed militias", "a Paris-based group": a country glued to such a word describes someone else. */
export function namedInModifier(article: ArticleText, mention: Mention): boolean {
  const hyphen = article.tokens[mention.tokenEnd];
  const word = article.tokens[mention.tokenEnd + 1];
  return hyphen?.text === '-' && hyphen.start === mention.end && word !== undefined && word.start === hyphen.end && COMPOUND_MODIFIERS.has(word.folded);
}

/** Organisations (known or proposed) named between two tokens, for people of no country. */
function organizationsIn(mentions: MentionTable, first: number, end: number): string[] {
  const keys: string[] = [];
  for (let position = first; position < end; position++) {
    const mention = mentions.at(position);
    const isBody = mention !== undefined && (mention.kind === 'ORGANIZATION' || mention.kind === 'GROUP');
    if (isBody && mention.tokenStart === position) keys.push(mention.actorKey);
  }
  return keys;
}

/**
 * The title in front of a name: title words ("Deputy Foreign Minister"), the country or
 * body they belong to ("Venezuelan", "Kremlin", "EU"), and at most two plain words inside
 * it ("EU foreign policy chief"). Stops at anything that reads as the rest of a sentence.
 */
function titleBefore(article: ArticleText, person: Mention, mentions: MentionTable): [number, number] | null {
  let first = person.tokenStart;
  let plainWords = 0;
  const sentence = article.sentenceOfToken[person.tokenStart];
  for (let position = person.tokenStart - 1; position >= Math.max(0, person.tokenStart - MAX_TITLE_TOKENS); position--) {
    const token = article.tokens[position];
    if (token === undefined || token.kind !== 'word' || article.sentenceOfToken[position] !== sentence) break;
    const named = mentions.at(position);
    if (named !== undefined && named.kind !== 'PERSON') {
      first = named.tokenStart;
      position = named.tokenStart;
      continue;
    }
    if (TITLE_WORDS.has(token.folded)) {
      first = position;
      plainWords = 0;
      continue;
    }
    const connects = (token.folded === 'of' || token.folded === 'for') && first < person.tokenStart;
    const plain = !token.capitalized && !SENTENCE_WORDS.has(token.folded) && !SPEECH_VERBS.has(token.folded) && first < person.tokenStart;
    if (!connects && !(plain && plainWords < 2)) break;
    if (plain) plainWords++;
  }
  return first < person.tokenStart ? [first, person.tokenStart] : null;
}

function appositiveAfter(article: ArticleText, person: Mention): [number, number] | null {
  if (article.tokens[person.tokenEnd]?.text !== ',') return null;
  const first = person.tokenEnd + 1;
  const sentence = article.sentenceOfToken[person.tokenStart];
  let end = first;
  while (end < first + MAX_APPOSITIVE_TOKENS) {
    const token = article.tokens[end];
    if (token === undefined || article.sentenceOfToken[end] !== sentence || /^[,;:()“”"]$/.test(token.text) || token.text === '.') break;
    end++;
  }
  return isDescription(article, first, end, false) ? [first, end] : null;
}

function appositiveBefore(article: ArticleText, person: Mention): [number, number] | null {
  if (article.tokens[person.tokenStart - 1]?.text !== ',') return null;
  const end = person.tokenStart - 1;
  const sentence = article.sentenceOfToken[person.tokenStart];
  let first = end;
  while (first > end - MAX_APPOSITIVE_TOKENS) {
    const token = article.tokens[first - 1];
    if (token === undefined || article.sentenceOfToken[first - 1] !== sentence || /^[,;:()“”"–—-]$/.test(token.text)) break;
    first--;
  }
  return isDescription(article, first, end, true) ? [first, end] : null;
}

/** A stretch between commas is a description when it names a role and says nothing itself. */
function isDescription(article: ArticleText, first: number, end: number, needsDeterminer: boolean): boolean {
  if (end <= first) return false;
  const words = article.tokens.slice(first, end);
  const opener = words[0];
  if (opener === undefined) return false;
  if (needsDeterminer && !DETERMINERS.has(opener.folded)) return false;
  if (words.some((token) => SPEECH_VERBS.has(token.folded) || RELATIVE_WORDS.has(token.folded))) return false;
  return words.some((token) => ROLE_NOUNS.has(token.folded));
}
