import type { ArticleText } from '../text/articleText.ts';
import { countriesIn } from '../actors/descriptors.ts';
import type { Mention, MentionTable } from '../actors/mention.ts';
import { isNewsOutlet } from '../actors/newsOutlet.ts';
import { PERSON_PRONOUNS, ROLE_NOUNS, TITLE_WORDS } from '../actors/vocabulary.ts';
import { BETWEEN_SPEAKER_AND_VERB, SPEECH_VERBS, type SpeechVerbClass } from './speechVerbs.ts';

// Who speaks in a sentence, read from the words around a speech verb without a parser:
// "Ryabkov said", "…,” said Zakharova", "Sergei Ryabkov, deputy foreign minister of
// Russia, stated", "the official representative …, Maria Zakharova, called for",
// "he added", "The Russian vice chancellor said". Pronouns and descriptions are only
// located here; the discourse model decides who they are.

export type Subject =
  | { kind: 'mention'; mention: Mention }
  | { kind: 'pronoun'; tokenIndex: number }
  | { kind: 'description'; tokenStart: number; tokenEnd: number; roleText: string; affiliationKeys: string[] };

export interface Attribution {
  sentenceIndex: number;
  verbIndex: number;
  /** The verb as written, lowercased ("said", "called for", "according to"). */
  verb: string;
  verbClass: SpeechVerbClass;
  subject: Subject;
  /** The speaker comes after the reported words (", Ryabkov said." or "…,” said Zakharova."). */
  trailing: boolean;
  /** The verb shares its subject with an earlier verb ("Pence met … and promised …"). */
  coordinated: boolean;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '”', '“', '»', '«']);
const MAX_APPOSITIVE_TOKENS = 16;
const MAX_DESCRIPTION_TOKENS = 7;

export interface AttributionContext {
  article: ArticleText;
  mentions: MentionTable;
  /** Whether a token belongs to a date expression ("Pompeo on Monday said"). */
  isDateToken: (tokenIndex: number) => boolean;
}

export function findAttribution(context: AttributionContext, sentenceIndex: number): Attribution | null {
  const { article } = context;
  const range = article.sentenceTokens[sentenceIndex];
  if (range === undefined) return null;
  const signed = postSignedIn(context, range);
  if (signed !== null) return { sentenceIndex, ...signed };
  // "According to BBC News, the OAS announced …": an outlet opening the sentence passes the
  // words on; they are the speaker's its report names, if it names one.
  let carried: Attribution | null = null;
  for (let index = range.first; index < range.end; index++) {
    const token = article.tokens[index];
    if (token === undefined || token.kind !== 'word' || article.quoteOfToken[index] !== -1) continue;
    if (token.folded === 'according' && article.tokens[index + 1]?.folded === 'to') {
      const subject = subjectStartingAt(context, index + 2, range.end);
      if (subject === null) continue;
      const found: Attribution = {
        sentenceIndex,
        verbIndex: index,
        verb: 'according to',
        verbClass: 'report',
        subject,
        trailing: index > range.first + 2,
        coordinated: false,
      };
      if (found.trailing || subject.kind !== 'mention' || !isNewsOutlet(article, subject.mention)) return found;
      carried ??= found;
      continue;
    }
    const verbClass = SPEECH_VERBS.get(token.folded);
    if (verbClass === undefined || (token.capitalized && index === range.first)) continue;
    const verb = verbPhrase(article, index);
    const before = article.tokens[index - 1];
    const beforeThat = article.tokens[index - 2];
    const afterQuote = QUOTE_MARKS.has(before?.text ?? '') || (before?.text === ',' && QUOTE_MARKS.has(beforeThat?.text ?? ''));
    if (afterQuote) {
      const subject = subjectStartingAt(context, index + 1, range.end);
      if (subject !== null) return { sentenceIndex, verbIndex: index, verb, verbClass, subject, trailing: true, coordinated: false };
    }
    const subjectEnd = skipBackOverModifiers(context, index - 1, range.first);
    const direct = subjectEndingAt(context, subjectEnd, range.first, true);
    const shared = direct === null && article.tokens[subjectEnd]?.folded === 'and' ? sentenceSubject(context, range.first, subjectEnd) : null;
    const subject = direct ?? shared;
    if (subject === null) continue;
    if (direct !== null && inSubordinateClause(article, range.first, subjectStartToken(direct))) continue;
    const trailing = reportedWordsComeFirst(context, subject, range.first) && nothingReportedAfter(article, index + verb.split(' ').length, range.end);
    return { sentenceIndex, verbIndex: index, verb, verbClass, subject, trailing, coordinated: shared !== null };
  }
  return carried;
}

const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'until', 'once', 'as']);

/**
 * "Morales resigned on Sunday after the army chief urged him to step down": the army
 * chief's words belong to the subordinate clause; the sentence tells Morales's
 * resignation, so it has no attribution of its own there.
 */
function inSubordinateClause(article: ArticleText, first: number, subjectStart: number): boolean {
  let mainVerbSeen = false;
  for (let position = first; position < subjectStart; position++) {
    const token = article.tokens[position];
    if (token === undefined || token.kind !== 'word' || article.quoteOfToken[position] !== -1) continue;
    if (mainVerbSeen && SUBORDINATORS.has(token.folded)) return true;
    if (!token.capitalized && /ed$/.test(token.folded)) mainVerbSeen = true;
  }
  return false;
}

function subjectStartToken(subject: Subject): number {
  return subject.kind === 'mention' ? subject.mention.tokenStart : subject.kind === 'pronoun' ? subject.tokenIndex : subject.tokenStart;
}

/**
 * "Pompeo spoke with Lavrov on Monday and warned that …": the second verb shares the
 * sentence's subject, the first person named at its start (after any title).
 */
function sentenceSubject(context: AttributionContext, first: number, end: number): Subject | null {
  const { article, mentions } = context;
  let fallback: Mention | null = null;
  for (let position = first; position < end; position++) {
    const mention = mentions.startingAt(position);
    if (mention === undefined || mention.source === 'demonym' || article.quoteOfToken[position] !== -1) continue;
    const before = article.tokens[position - 1];
    const opensClause =
      position === first || before === undefined || before.text === ',' || before.text === '–' || TITLE_WORDS.has(before.folded) || before.capitalized;
    if (!opensClause) return fallback === null ? null : { kind: 'mention', mention: fallback };
    if (mention.kind === 'PERSON') return { kind: 'mention', mention };
    fallback ??= mention;
    position = mention.tokenEnd - 1;
  }
  return fallback === null ? null : { kind: 'mention', mention: fallback };
}

function verbPhrase(article: ArticleText, index: number): string {
  const word = article.tokens[index]?.folded ?? '';
  const next = article.tokens[index + 1]?.folded;
  if ((word === 'called' || word === 'calls') && next === 'for') return `${word} for`;
  if (word === 'pointed' && next === 'out') return 'pointed out';
  return word;
}

function skipBackOverModifiers(context: AttributionContext, from: number, first: number): number {
  let position = from;
  while (position >= first) {
    const token = context.article.tokens[position];
    if (token === undefined) break;
    const isModifier = BETWEEN_SPEAKER_AND_VERB.has(token.folded) || (token.kind === 'word' && !token.capitalized && token.folded.endsWith('ly'));
    const isDate = context.isDateToken(position) || ((token.folded === 'on' || token.folded === 'in') && context.isDateToken(position + 1));
    if (!isModifier && !isDate) break;
    position--;
  }
  return position;
}

function subjectEndingAt(context: AttributionContext, position: number, first: number, allowAppositive: boolean): Subject | null {
  const { article, mentions } = context;
  if (position < first) return null;
  const token = article.tokens[position];
  if (token === undefined) return null;
  const mention = mentions.endingAt(position);
  if (mention !== undefined && mention.source !== 'demonym') {
    if (mention.kind === 'COUNTRY' && article.tokens[mention.tokenStart - 1]?.folded === 'of') {
      const description = descriptionEndingAt(context, mention.tokenStart - 2, first, position + 1);
      if (description !== null) return description;
    }
    return { kind: 'mention', mention };
  }
  if (PERSON_PRONOUNS.has(token.folded)) return { kind: 'pronoun', tokenIndex: position };
  if (ROLE_NOUNS.has(token.folded)) return descriptionEndingAt(context, position, first, position + 1);
  if (GOVERNING_BODIES.has(token.folded)) return bodyOfCountry(context, position, first);
  if (token.text === ')') {
    let open = position - 1;
    while (open > first && article.tokens[open]?.text !== '(') open--;
    return open > first ? subjectEndingAt(context, open - 1, first, allowAppositive) : null;
  }
  if (token.text === ',' && allowAppositive) return subjectBeforeAppositive(context, position, first);
  return null;
}

/**
 * "X, <description>, said" and "<description>, X, said": the comma before the verb
 * closes an apposition. A named person inside it is the speaker; otherwise the speaker
 * is whoever stands before it.
 */
function subjectBeforeAppositive(context: AttributionContext, closingComma: number, first: number): Subject | null {
  const { article, mentions } = context;
  let openingComma = closingComma - 1;
  while (openingComma >= first && openingComma > closingComma - MAX_APPOSITIVE_TOKENS && article.tokens[openingComma]?.text !== ',') {
    if (article.quoteOfToken[openingComma] !== -1) return null;
    openingComma--;
  }
  if (article.tokens[openingComma]?.text !== ',') return null;
  // ", Maria Zakharova," is the speaker; ", which recognized Guaidó …," only describes the one before it.
  const named = mentions.endingAt(closingComma - 1);
  if (named !== undefined && named.kind === 'PERSON' && named.source !== 'description' && onlyTitlesBetween(context, openingComma + 1, named.tokenStart)) {
    return { kind: 'mention', mention: named };
  }
  return subjectEndingAt(context, openingComma - 1, first, false);
}

/** Lowercase names of a state's organs: "Russia's foreign ministry said" is Russia speaking. */
// prettier-ignore
const GOVERNING_BODIES: ReadonlySet<string> = new Set(['ministry', 'government', 'office', 'embassy', 'presidency', 'administration', 'military', 'army', 'authorities', 'cabinet', 'parliament']);

function bodyOfCountry(context: AttributionContext, bodyIndex: number, first: number): Subject | null {
  let position = bodyIndex - 1;
  while (
    position > bodyIndex - 3 &&
    position >= first &&
    context.article.tokens[position]?.capitalized === false &&
    context.article.tokens[position]?.kind === 'word'
  )
    position--;
  const owner = context.mentions.endingAt(position);
  if (owner === undefined || (owner.kind !== 'COUNTRY' && owner.kind !== 'ORGANIZATION' && owner.kind !== 'GROUP')) return null;
  const ownedByName = owner.possessive && owner.source !== 'demonym';
  const ownedByDemonym = owner.source === 'demonym' && context.article.tokens[owner.tokenStart - 1]?.folded === 'the';
  return ownedByName || ownedByDemonym ? { kind: 'mention', mention: owner } : null;
}

function onlyTitlesBetween(context: AttributionContext, first: number, end: number): boolean {
  for (let position = first; position < end; position++) {
    const token = context.article.tokens[position];
    if (token === undefined) return false;
    const known = context.mentions.at(position);
    if (!TITLE_WORDS.has(token.folded) && token.folded !== 'the' && (known === undefined || known.kind === 'PERSON')) return false;
  }
  return true;
}

/** "the Russian vice chancellor", "the diplomat", "the deputy foreign minister of Russia". */
function descriptionEndingAt(context: AttributionContext, roleIndex: number, first: number, end: number): Subject | null {
  const { article, mentions } = context;
  if (!ROLE_NOUNS.has(article.tokens[roleIndex]?.folded ?? '')) return null;
  for (let position = roleIndex - 1; position >= Math.max(first, roleIndex - MAX_DESCRIPTION_TOKENS); position--) {
    const token = article.tokens[position];
    if (token === undefined || (token.kind === 'punct' && token.text !== '-')) return null;
    if (token.folded === 'the') {
      const roleText = article.tokens
        .slice(position, end)
        .map((word) => word.folded)
        .join(' ');
      return { kind: 'description', tokenStart: position, tokenEnd: end, roleText, affiliationKeys: countriesIn(mentions, position, end) };
    }
    const named = mentions.at(position);
    if (named !== undefined && named.source !== 'demonym' && named.kind !== 'COUNTRY') return null;
    if (token.capitalized && !TITLE_WORDS.has(token.folded) && named === undefined) return null;
  }
  return null;
}

function subjectStartingAt(context: AttributionContext, position: number, end: number): Subject | null {
  const { article, mentions } = context;
  let cursor = position;
  while (cursor < end && TITLE_WORDS.has(article.tokens[cursor]?.folded ?? '') && mentions.startingAt(cursor) === undefined) cursor++;
  cursor = pastDemonymTitle(context, cursor, end);
  const afterDeterminer = article.tokens[cursor]?.folded === 'the' ? mentions.startingAt(cursor + 1) : undefined;
  const mention = mentions.startingAt(cursor) ?? afterDeterminer;
  if (mention !== undefined && mention.source !== 'demonym') return { kind: 'mention', mention };
  const token = article.tokens[cursor];
  if (token === undefined) return null;
  if (PERSON_PRONOUNS.has(token.folded)) return { kind: 'pronoun', tokenIndex: cursor };
  if (token.folded !== 'the') return null;
  for (let roleIndex = cursor + 1; roleIndex < Math.min(end, cursor + MAX_DESCRIPTION_TOKENS); roleIndex++) {
    const word = article.tokens[roleIndex];
    if (word === undefined || word.kind === 'punct') return null;
    if (ROLE_NOUNS.has(word.folded) && !ROLE_NOUNS.has(article.tokens[roleIndex + 1]?.folded ?? '')) {
      let descriptionEnd = roleIndex + 1;
      const ofCountry = article.tokens[descriptionEnd]?.folded === 'of' ? mentions.startingAt(descriptionEnd + 1) : undefined;
      if (ofCountry !== undefined && ofCountry.kind === 'COUNTRY') descriptionEnd = ofCountry.tokenEnd;
      return descriptionEndingAt(context, roleIndex, cursor, descriptionEnd);
    }
  }
  return null;
}

/**
 * "…,” said Armenian Prime Minister Nikol Pashinyan": a demonym opening a capitalised title
 * belongs to the title, and the speaker is the person the title ends on. Returns where that
 * person starts, or `position` unchanged.
 */
function pastDemonymTitle(context: AttributionContext, position: number, end: number): number {
  const { article, mentions } = context;
  const demonym = mentions.startingAt(position);
  if (demonym === undefined || demonym.source !== 'demonym') return position;
  let cursor = demonym.tokenEnd;
  while (
    cursor < end &&
    article.tokens[cursor]?.capitalized === true &&
    TITLE_WORDS.has(article.tokens[cursor]?.folded ?? '') &&
    mentions.startingAt(cursor) === undefined
  )
    cursor++;
  return cursor > demonym.tokenEnd && mentions.startingAt(cursor)?.kind === 'PERSON' ? cursor : position;
}

// prettier-ignore
const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'to', 'after', 'before', 'while', 'from', 'when', 'as', 'via', 'through', 'without']);

/** After "Ryabkov said" the sentence ends or only says where and when, rather than what was said. */
function nothingReportedAfter(article: ArticleText, afterVerb: number, end: number): boolean {
  const rest = article.tokens.slice(afterVerb, end).filter((token) => token.kind !== 'punct');
  if (rest.some((token) => token.folded === 'that')) return false;
  const next = rest[0];
  return next === undefined || rest.length <= 3 || CIRCUMSTANCE_OPENERS.has(next.folded);
}

/** ", Ryabkov said." after a reported clause, as opposed to "Ryabkov said that …". */
function reportedWordsComeFirst(context: AttributionContext, subject: Subject, first: number): boolean {
  const start = subject.kind === 'mention' ? subject.mention.tokenStart : subject.kind === 'pronoun' ? subject.tokenIndex : subject.tokenStart;
  const determiner = context.article.tokens[start - 1]?.folded === 'the' ? 1 : 0;
  const before = context.article.tokens[start - 1 - determiner];
  return start - first >= 3 && (before?.text === ',' || QUOTE_MARKS.has(before?.text ?? ''));
}

/** The verb a post's signature stands for; headlines read it (events/describeEvent.ts). */
export const POSTED = 'posted';

/** "<post> — Jorge Arreaza M (@jaarreaza) December 23, 2019": the signature names who wrote the post's words. */
function postSignedIn(context: AttributionContext, range: { first: number; end: number }): Omit<Attribution, 'sentenceIndex'> | null {
  const { article } = context;
  const first = article.tokens[range.first];
  const last = article.tokens[range.end - 1];
  if (first === undefined || last === undefined) return null;
  const post = article.layout.posts.find((candidate) => first.start <= candidate.authorStart && candidate.authorEnd <= last.end);
  if (post === undefined) return null;
  const author = context.mentions.all.find((mention) => mention.kind === 'PERSON' && post.authorStart <= mention.start && mention.end <= post.authorEnd);
  if (author === undefined) return null;
  // The dash before the name stands where a speech verb would.
  let dash = author.tokenStart - 1;
  while (dash > range.first && article.tokens[dash]?.kind !== 'punct') dash--;
  return { verbIndex: dash, verb: POSTED, verbClass: 'report', subject: { kind: 'mention', mention: author }, trailing: true, coordinated: false };
}
