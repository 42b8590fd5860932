import type { Attribution } from '../speech/attribution.ts';
import type { ArticleText } from '../text/articleText.ts';
import { firstTokenAtOrAfter } from '../text/tokenize.ts';
import type { DateMention } from '../types.ts';
import { datedNounPhrase } from './datedNounPhrase.ts';
import type { Range } from './eventDraft.ts';

// Which dates start an event, and how much of their sentence belongs to that event.

/** A date after one of these bounds another happening or a span rather than dating one ("since 2014", "until March", "over the next year"). */
const BOUNDING_WORDS = /\b(since|until|till|by|before|after|ahead of|as of|through|throughout|over|within|for)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?$/i;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'whose', 'where', 'when']);
const MAX_ANTECEDENT_TOKENS = 6;
const TIME_UNITS: ReadonlySet<string> = new Set(['hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year']);
/** ", when soldiers freed López" still tells of the dated happening; ", two days after …" does not. */
const TEMPORAL_CONJUNCTIONS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'since', 'ahead']);

export function anchorsAnEvent(article: ArticleText, date: DateMention): boolean {
  const firstToken = firstTokenAtOrAfter(article.tokens, date.span.start);
  if (article.quoteOfToken[firstToken] !== -1) return false;
  const sentenceIndex = article.sentenceOfToken[firstToken] ?? -1;
  const sentence = article.layout.sentences[sentenceIndex];
  const paragraph = sentence === undefined ? undefined : article.layout.paragraphs[sentence.paragraphIndex];
  if (paragraph === undefined || paragraph.kind !== 'body' || date.span.start < paragraph.proseStart) return false;
  const before = article.text.slice(Math.max(sentence?.start ?? 0, date.span.start - 30), date.span.start);
  if (BOUNDING_WORDS.test(before) || TERM_BEFORE.test(before)) return false;
  return !isForecast(article.text.slice(sentence?.start ?? date.span.start, sentence?.end ?? date.span.end), date);
}

/** "for the term 2019-2025", "a six-year term from 2019": a term of office bounds a span, it does not happen. */
const TERM_BEFORE = /\b(?:term|mandate|tenure)\s+(?:of\s+(?:office\s+)?)?(?:from\s+)?$/i;
const SCHEDULED =
  /\b(?:scheduled|set for|due|will (?:hold|meet|vote|visit|travel|sign|take place|open|begin|start)|to be held|is to|are to|was to|were to|plans? to|planned)\b/i;

/**
 * "sales next year could halve": next month or next year, without words that schedule
 * something for it, is a forecast, not a dated happening. (A meeting "set for next
 * month" is on the timeline.)
 */
function isForecast(sentence: string, date: DateMention): boolean {
  const resolved = date.resolved;
  if (resolved === null || (resolved.precision !== 'YEAR' && resolved.precision !== 'MONTH')) return false;
  if (!/\b(?:next|coming)\b/i.test(date.span.text)) return false;
  return !SCHEDULED.test(sentence);
}

export type ScopeKind =
  /** The whole sentence (less any trailing "…, two days after …" clause). */
  | 'sentence'
  /** A relative clause set off by commas, with the noun it hangs on: "Maduro, who took office on January 10 …,". */
  | 'relative-clause'
  /** A noun phrase the date is part of, with its relative clause: "in the November elections that …" (datedNounPhrase.ts). */
  | 'noun-phrase'
  /** What a speaker reported, when the date belongs to it rather than to the speaking: "said … an agreement signed in 2001". */
  | 'reported';

export interface Scope {
  kind: ScopeKind;
  range: Range;
  /** Parts of `range` that describe another happening. */
  excluded: Range[];
  /** For relative clauses: the clause alone, which other events of the sentence leave out. */
  clause: Range | null;
  /** For relative clauses: the token the clause hangs on (the end of the antecedent). */
  antecedentToken: number | null;
  /** Excluded asides that tell what the dated noun did: left out of the title, their actors take part. */
  describing?: Range[];
}

export function scopeOfDate(article: ArticleText, sentenceIndex: number, date: DateMention, attribution: Attribution | null): Scope {
  const sentence = article.layout.sentences[sentenceIndex];
  const range = article.sentenceTokens[sentenceIndex];
  const paragraph = sentence === undefined ? undefined : article.layout.paragraphs[sentence.paragraphIndex];
  const sentenceRange = { start: Math.max(sentence?.start ?? date.span.start, paragraph?.proseStart ?? 0), end: sentence?.end ?? date.span.end };
  const whole: Scope = { kind: 'sentence', range: sentenceRange, excluded: [], clause: null, antecedentToken: null };
  if (range === undefined) return whole;
  const dateToken = firstTokenAtOrAfter(article.tokens, date.span.start);
  const verbToken = attribution === null || attribution.trailing ? null : attribution.verbIndex;
  const relative = relativeClauseAround(article, dateToken, firstTokenAtOrAfter(article.tokens, date.span.end), range.first, range.end, verbToken);
  if (relative !== null) return relative;
  const phrase = datedNounPhrase(article, dateToken, firstTokenAtOrAfter(article.tokens, date.span.end), range.first, range.end);
  if (phrase !== null) return { kind: 'noun-phrase', range: phrase, excluded: [], clause: phrase, antecedentToken: null };
  if (attribution !== null && dateIsReported(article, attribution, dateToken)) {
    const first = reportedClauseStart(article, attribution, dateToken) ?? dateToken;
    const start = article.tokens[first]?.start ?? sentenceRange.start;
    return { kind: 'reported', range: { start, end: sentenceRange.end }, excluded: [], clause: null, antecedentToken: null };
  }
  const tail = temporalTail(article, dateToken, range.first, range.end);
  const asides = undatedRelativeClauses(article, range.first, range.end, date);
  const describing = asides.filter((aside) => describesDatedNoun(article, firstTokenAtOrAfter(article.tokens, aside.start), date));
  return { ...whole, excluded: tail === null ? asides : [...asides, tail], ...(describing.length > 0 ? { describing } : {}) };
}

/** "the 2018 elections, which returned Maduro to office,": the clause tells what the dated noun did. */
function describesDatedNoun(article: ArticleText, comma: number, date: DateMention): boolean {
  const dateEnd = firstTokenAtOrAfter(article.tokens, date.span.end);
  const between = article.tokens.slice(dateEnd, comma);
  return between.length === 1 && between.every((token) => token.kind === 'word' && !token.capitalized);
}

/** ", which brings together eight EU countries …," describes a noun; it is not part of the dated happening. */
function undatedRelativeClauses(article: ArticleText, first: number, end: number, date: DateMention): Range[] {
  const asides: Range[] = [];
  for (let position = first; position < end; position++) {
    if (article.tokens[position]?.text !== ',' || !RELATIVE_PRONOUNS.has(article.tokens[position + 1]?.folded ?? '')) continue;
    let closing = position + 2;
    while (closing < end && article.tokens[closing]?.text !== ',') closing++;
    const opening = article.tokens[position];
    const last = article.tokens[closing - 1];
    if (closing >= end || opening === undefined || last === undefined) continue;
    const aside = { start: opening.start, end: last.end };
    if (!(date.span.start >= aside.start && date.span.start < aside.end)) asides.push(aside);
    position = closing;
  }
  return asides;
}

/**
 * A date inside a relative clause set off by commas dates only that clause and the
 * noun it hangs on; the rest of the sentence is another happening. A relative clause
 * that ends the sentence is part of the sentence's own happening ("a crisis, which was
 * aggravated on January 23 …"), unless someone speaks before it: in "the Lima Group
 * said …, which began on January 10." the date is not the saying's.
 */
function relativeClauseAround(article: ArticleText, dateToken: number, dateEnd: number, first: number, end: number, verbToken: number | null): Scope | null {
  let openingComma = -1;
  for (let position = dateToken - 1; position > first; position--) {
    if (article.tokens[position]?.text !== ',') continue;
    if (RELATIVE_PRONOUNS.has(article.tokens[position + 1]?.folded ?? '')) openingComma = position;
    break;
  }
  if (openingComma < 0) return null;
  let closingComma = dateEnd;
  while (closingComma < end && article.tokens[closingComma]?.text !== ',') closingComma++;
  const continuesAfter = article.tokens.slice(closingComma + 1, end).some((token) => token.kind === 'word');
  const endsSentence = closingComma >= end || !continuesAfter;
  const spokenBefore = verbToken !== null && verbToken < openingComma;
  if (endsSentence && !spokenBefore) return null;
  if (endsSentence) closingComma = end - (article.tokens[end - 1]?.kind === 'punct' ? 1 : 0);
  let antecedentStart = openingComma - 1;
  const antecedentLimit = spokenBefore && verbToken !== null ? Math.max(verbToken + 1, openingComma - MAX_ANTECEDENT_TOKENS) : first;
  while (antecedentStart > antecedentLimit && article.tokens[antecedentStart - 1]?.text !== ',') antecedentStart--;
  const startToken = article.tokens[antecedentStart];
  const commaToken = article.tokens[openingComma];
  const lastToken = article.tokens[closingComma - 1];
  if (startToken === undefined || commaToken === undefined || lastToken === undefined) return null;
  return {
    kind: 'relative-clause',
    range: { start: startToken.start, end: lastToken.end },
    excluded: [],
    clause: { start: commaToken.start, end: lastToken.end },
    antecedentToken: openingComma - 1,
  };
}

/**
 * "Peskov said on Tuesday that … an agreement signed in 2001": a date inside the words a
 * speaker reported (after "that") dates what was reported, not the saying. Without a
 * "that", a date at the end ("declared Maduro a usurper last week") dates the verb.
 */
function dateIsReported(article: ArticleText, attribution: Attribution, dateToken: number): boolean {
  return !attribution.trailing && reportedClauseStart(article, attribution, dateToken) !== null;
}

/** The first token after "that" when a "that" stands between the verb and the date. */
function reportedClauseStart(article: ArticleText, attribution: Attribution, dateToken: number): number | null {
  const afterVerb = attribution.verbIndex + attribution.verb.split(' ').length;
  if (dateToken < afterVerb) return null;
  for (let position = afterVerb; position < dateToken; position++) {
    const word = article.tokens[position]?.folded ?? '';
    if (word === 'that' || word === ':') return position + 1;
  }
  return null;
}

/** ", two days after troops … blocked convoys" at the end of a sentence tells of another happening. */
function temporalTail(article: ArticleText, dateToken: number, first: number, end: number): Range | null {
  for (let position = dateToken + 1; position < end; position++) {
    if (article.tokens[position]?.text !== ',') continue;
    let cursor = position + 1;
    const next = article.tokens[cursor];
    if (next !== undefined && (next.kind === 'number' || /^(a|an|one|two|three|four|five|six|seven|several|few|some)$/.test(next.folded))) {
      cursor++;
      if (TIME_UNITS.has(article.tokens[cursor]?.folded ?? '')) cursor++;
      else continue;
    } else if (TIME_UNITS.has(next?.folded ?? '')) {
      cursor++;
    }
    if (!TEMPORAL_CONJUNCTIONS.has(article.tokens[cursor]?.folded ?? '')) continue;
    const comma = article.tokens[position];
    const last = article.tokens[end - 1];
    if (comma === undefined || last === undefined || position <= first) return null;
    return { start: comma.start, end: last.end };
  }
  return null;
}
