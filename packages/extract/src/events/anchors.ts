import type { ArticleText } from '../text/articleText.ts';
import { firstTokenAtOrAfter } from '../text/tokenize.ts';
import type { DateMention } from '../types.ts';
import type { Range } from './eventDraft.ts';

// Which dates start an event, and how much of their sentence belongs to that event.

/** A date after one of these bounds another happening rather than dating one ("since 2014", "until March"). */
const BOUNDING_WORDS = /\b(since|until|till|by|before|after|ahead of|as of|through|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?$/i;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where', 'when']);

export function anchorsAnEvent(article: ArticleText, date: DateMention): boolean {
  const firstToken = firstTokenAtOrAfter(article.tokens, date.span.start);
  if (article.quoteOfToken[firstToken] !== -1) return false;
  const sentenceIndex = article.sentenceOfToken[firstToken] ?? -1;
  const sentence = article.layout.sentences[sentenceIndex];
  const paragraph = sentence === undefined ? undefined : article.layout.paragraphs[sentence.paragraphIndex];
  if (paragraph === undefined || paragraph.kind !== 'body' || date.span.start < paragraph.proseStart) return false;
  const before = article.text.slice(Math.max(sentence?.start ?? 0, date.span.start - 30), date.span.start);
  return !BOUNDING_WORDS.test(before);
}

export interface Scope {
  range: Range;
  /** A comma-enclosed relative clause ("Maduro, who took office on January 10 …, called …"). */
  parenthetical: boolean;
}

/**
 * A date inside a relative clause set off by commas dates only that clause and the
 * noun it hangs on; the rest of the sentence is another happening. Any other date
 * dates the whole sentence.
 */
export function scopeOfDate(article: ArticleText, sentenceIndex: number, date: DateMention): Scope {
  const sentence = article.layout.sentences[sentenceIndex];
  const range = article.sentenceTokens[sentenceIndex];
  const whole: Scope = { range: { start: sentence?.start ?? date.span.start, end: sentence?.end ?? date.span.end }, parenthetical: false };
  if (sentence === undefined || range === undefined) return whole;
  const dateToken = firstTokenAtOrAfter(article.tokens, date.span.start);
  const openingComma = relativeClauseOpening(article, dateToken, range.first);
  if (openingComma === null) return whole;
  const dateEnd = firstTokenAtOrAfter(article.tokens, date.span.end);
  let closingComma = dateEnd;
  while (closingComma < range.end && article.tokens[closingComma]?.text !== ',') closingComma++;
  const continuesAfter = article.tokens.slice(closingComma + 1, range.end).some((token) => token.kind === 'word');
  if (closingComma >= range.end || !continuesAfter) return whole;
  let antecedentStart = openingComma - 1;
  while (antecedentStart > range.first && article.tokens[antecedentStart - 1]?.text !== ',') antecedentStart--;
  const startToken = article.tokens[antecedentStart];
  const endToken = article.tokens[closingComma - 1];
  if (startToken === undefined || endToken === undefined) return whole;
  return { range: { start: Math.max(startToken.start, article.layout.paragraphs[sentence.paragraphIndex]?.proseStart ?? 0), end: endToken.end }, parenthetical: true };
}

function relativeClauseOpening(article: ArticleText, dateToken: number, first: number): number | null {
  for (let position = dateToken - 1; position > first; position--) {
    const token = article.tokens[position];
    if (token?.text !== ',') continue;
    return RELATIVE_PRONOUNS.has(article.tokens[position + 1]?.folded ?? '') ? position : null;
  }
  return null;
}
