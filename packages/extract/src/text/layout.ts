import { findEmbeddedPost, type EmbeddedPost } from './embeddedPosts.ts';
import { foldForMatch } from './fold.ts';

// Splits an article into paragraphs, quotations and sentences. Everything downstream
// works on these offsets, so they always point into the original text.

export type ParagraphKind = 'headline' | 'body' | 'boilerplate';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
  /** Where the prose starts, after a dateline such as "MOSCOW –"; equals start when there is none. */
  proseStart: number;
}

export interface QuoteSpan {
  paragraphIndex: number;
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the paragraph end when a quote runs on). */
  end: number;
  contentStart: number;
  contentEnd: number;
}

export interface Sentence {
  index: number;
  paragraphIndex: number;
  start: number;
  end: number;
}

export interface ArticleLayout {
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  sentences: Sentence[];
  /** Posts copied into the page with their signature (see embeddedPosts.ts). */
  posts: EmbeddedPost[];
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

export function layoutArticle(text: string, title?: string): ArticleLayout {
  const blocks = splitParagraphBlocks(text);
  const paragraphs: Paragraph[] = [];
  const quotes: QuoteSpan[] = [];
  const sentences: Sentence[] = [];
  const posts: EmbeddedPost[] = [];
  for (const block of blocks) {
    const index = paragraphs.length;
    const blockText = text.slice(block.start, block.end);
    // A post ends on its signature, not like prose, yet it is what someone said.
    const post = findEmbeddedPost(text, block.start, block.end);
    if (post !== null) posts.push(post);
    const kind =
      post !== null
        ? 'body'
        : classifyParagraph(
            blockText,
            index,
            blocks.length,
            title,
            paragraphs.some((paragraph) => paragraph.kind === 'body'),
          );
    const proseStart = kind === 'body' && post === null && !paragraphs.some((p) => p.kind === 'body') ? block.start + datelineLength(blockText) : block.start;
    paragraphs.push({ index, start: block.start, end: block.end, kind, proseStart });
    // A post's words are its author's, as if quoted, and one statement: quotation marks inside them nest.
    const paragraphQuotes =
      post === null
        ? findQuoteSpans(text, block.start, block.end, index)
        : [{ paragraphIndex: index, start: post.wordsStart, end: post.wordsEnd, contentStart: post.wordsStart, contentEnd: post.wordsEnd }];
    quotes.push(...paragraphQuotes);
    for (const range of splitSentences(text, block.start, block.end, paragraphQuotes)) {
      sentences.push({ index: sentences.length, paragraphIndex: index, start: range.start, end: range.end });
    }
  }
  return { paragraphs, quotes, sentences, posts };
}

interface Range {
  start: number;
  end: number;
}

function splitParagraphBlocks(text: string): Range[] {
  const blocks: Range[] = [];
  let cursor = 0;
  const pushTrimmed = (start: number, end: number): void => {
    const slice = text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trailing = slice.length - slice.trimEnd().length;
    if (start + leading < end - trailing) blocks.push({ start: start + leading, end: end - trailing });
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    pushTrimmed(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  pushTrimmed(cursor, text.length);
  return blocks.flatMap((block) => splitLines(text, block));
}

/**
 * Pages copied from the web put each paragraph, headline, timestamp and caption on a
 * line of its own, without blank lines between them. A line break is a paragraph break
 * unless the text is wrapped: the line ends without closing punctuation and the next
 * one goes on in lowercase.
 */
function splitLines(text: string, block: Range): Range[] {
  const lines: Range[] = [];
  let start = block.start;
  for (let newline = text.indexOf('\n', block.start); newline >= 0 && newline < block.end; newline = text.indexOf('\n', newline + 1)) {
    const before = text.slice(start, newline).trimEnd();
    const after = text.slice(newline + 1, block.end).trimStart();
    const wrapped = !/[.!?:"”»)]$/.test(before) && /^[\p{Ll}(]/u.test(after);
    if (wrapped || before === '') continue;
    lines.push({ start, end: start + before.length });
    start = newline + 1 + (text.slice(newline + 1, block.end).length - after.length);
  }
  if (start < block.end) lines.push({ start, end: block.end });
  return lines;
}

const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^[-–—•*\s]*advertisement[-–—•*\s]*$/i,
  /^\(?(subscribe|sign up|follow us|read more|read also|click here|share this|related:|related articles|see also|photo:|image:|video:|copyright|©|all rights reserved|reporting by|editing by|additional reporting|writing by|compiled by|translated by)/i,
  // Timestamps: "Tuesday, 15th January 2019, 6:42 pm", "Updated 5:32 am", "Published: 12 March".
  /^(?:(?:updated|published|posted|last updated|first published)\b[:\s]*)?(?:\p{L}+day,?\s*)?[\p{L}\d ,.:]{0,40}\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|et|bst)?\b[\p{L}\d ,.:()+-]{0,20}$/iu,
  /^(?:updated|published|posted|last updated|first published)\b/i,
  // Photo credits and captions that say so: "(AP Photo/…)", "in this photo released by …".
  /\b(?:AP Photo|Reuters\/|AFP\/Getty|Getty Images|photo credit|in this (?:photo|image|handout)|file photo)\b/i,
];
// An excerpt cut with "…" still ends like prose.
const ENDS_LIKE_PROSE = /[.!?"”»)…]$/;

function classifyParagraph(blockText: string, index: number, blockCount: number, title: string | undefined, afterBody: boolean): ParagraphKind {
  if (BOILERPLATE_PATTERNS.some((pattern) => pattern.test(blockText))) return 'boilerplate';
  const wordCount = blockText.split(/\s+/).length;
  const endsLikeProse = ENDS_LIKE_PROSE.test(blockText);
  const isTitle = title !== undefined && title.trim() !== '' && foldForMatch(blockText) === foldForMatch(title.trim());
  if (isTitle || (index === 0 && blockCount > 1 && !endsLikeProse && wordCount <= 25)) return 'headline';
  // Short unpunctuated lines between paragraphs are page furniture ("Share", "Related stories").
  if (!endsLikeProse && wordCount <= 5) return 'boilerplate';
  // An excerpt may stop mid-sentence; its last paragraph is still prose.
  const cutShort = index === blockCount - 1 && wordCount > 8;
  // Other unpunctuated lines are a standfirst before the story and crossheads or captions
  // inside it ("Protesters outside parliament tonight"): they retell, they do not report.
  if (!endsLikeProse && !cutShort && wordCount <= 30) return afterBody ? 'boilerplate' : 'headline';
  // A standfirst may run longer ("The late entry of Costa Rica as competition gave …"), still without a full stop.
  if (!endsLikeProse && !cutShort && !afterBody && wordCount <= 60) return 'headline';
  return 'body';
}

// "MOSCOW –", "CARACAS, Jan 23 (Reuters) -", "WASHINGTON (AP) —": a place in capitals, an
// optional date and agency, then a dash. The place names where the report was filed,
// not an actor of the story.
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’/-]{1,40}?(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)*\s*(?:\([^)]{1,40}\))?\s*[–—-]{1,2}\s+/u;
// "Caracas, Nov 17 (AFP/APP):", "CARACAS, July 15. /TASS/.", "HONG KONG:": agency styles.
const AGENCY_DATELINES: readonly RegExp[] = [
  /^\p{Lu}[\p{L}\p{M} .'’-]{1,40}?,\s*\p{Lu}[\p{L}.]*\s+\d{1,2},?\s*\([^)]{1,30}\)\s*[:–—-]\s+/u,
  /^\p{Lu}[\p{L}\p{M} .'’-]{1,40}?,\s*\p{Lu}[\p{L}.]*\s+\d{1,2}\.\s*\/[\p{Lu}-]{2,12}\/\.?\s+/u,
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}:\s+/u,
];

function datelineLength(blockText: string): number {
  for (const pattern of [DATELINE, ...AGENCY_DATELINES]) {
    const match = pattern.exec(blockText);
    if (match !== null) return match[0].length;
  }
  return 0;
}

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);

const QUOTE_MARK = /["“”«»„]/g;

function findQuoteSpans(text: string, start: number, end: number, paragraphIndex: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openIsStraight = false;
  const close = (closeAt: number, markLength: number): void => {
    spans.push(trimmedQuote(text, paragraphIndex, openAt, closeAt, markLength));
    openAt = -1;
  };
  QUOTE_MARK.lastIndex = start;
  for (let found = QUOTE_MARK.exec(text); found !== null && found.index < end; found = QUOTE_MARK.exec(text)) {
    const offset = found.index;
    const char = found[0];
    if (char === '"') {
      if (openAt >= 0 && openIsStraight) close(offset, 1);
      else if (openAt < 0) {
        openAt = offset;
        openIsStraight = true;
      }
    } else if (OPENING_QUOTES.has(char)) {
      // An unbalanced opener ends the previous quotation rather than nesting inside it.
      if (openAt >= 0) close(offset, 0);
      openAt = offset;
      openIsStraight = false;
    } else if (CLOSING_QUOTES.has(char) && openAt >= 0 && !openIsStraight) {
      close(offset, 1);
    }
  }
  // Wire style leaves a quotation open at the end of a paragraph when it continues in the next.
  if (openAt >= 0) close(end, 0);
  return spans;
}

function trimmedQuote(text: string, paragraphIndex: number, openAt: number, closeAt: number, closingMarkLength: number): QuoteSpan {
  let contentStart = openAt + 1;
  let contentEnd = closeAt;
  while (contentStart < contentEnd && /\s/.test(text[contentStart] ?? '')) contentStart++;
  while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1] ?? '')) contentEnd--;
  return { paragraphIndex, start: openAt, end: closeAt + closingMarkLength, contentStart, contentEnd };
}

// Abbreviations whose period does not end a sentence.
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'st', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'prof', 'approx', 'dept', 'est', 'fig', 'pres',
]);

const SENTENCE_PUNCTUATION = /[.!?]/g;

function splitSentences(text: string, start: number, end: number, quotes: readonly QuoteSpan[]): Range[] {
  const ranges: Range[] = [];
  let sentenceStart = start;
  let quoteCursor = 0;
  SENTENCE_PUNCTUATION.lastIndex = start;
  for (let found = SENTENCE_PUNCTUATION.exec(text); found !== null && found.index < end; found = SENTENCE_PUNCTUATION.exec(text)) {
    const offset = found.index;
    if (offset < sentenceStart) continue;
    while (quoteCursor < quotes.length && (quotes[quoteCursor]?.end ?? 0) <= offset) quoteCursor++;
    const quote = quotes[quoteCursor];
    const insideQuote = quote !== undefined && quote.start <= offset && offset < quote.end;
    const char = found[0];
    if (insideQuote) continue;
    let boundary = offset + 1;
    while (boundary < end && /[.!?)\]’'"”»]/.test(text[boundary] ?? '')) boundary++;
    if (!startsNewSentence(text, boundary, end)) continue;
    if (char === '.' && endsWithAbbreviation(text, sentenceStart, offset)) continue;
    ranges.push({ start: sentenceStart, end: boundary });
    sentenceStart = skipSpaces(text, boundary, end);
    SENTENCE_PUNCTUATION.lastIndex = sentenceStart;
  }
  if (sentenceStart < end) ranges.push({ start: sentenceStart, end });
  return ranges;
}

function startsNewSentence(text: string, boundary: number, end: number): boolean {
  if (boundary >= end) return false;
  if (!/\s/.test(text[boundary] ?? '')) return false;
  const next = text[skipSpaces(text, boundary, end)] ?? '';
  return /[\p{Lu}\p{N}"“«‘'(]/u.test(next);
}

function skipSpaces(text: string, offset: number, end: number): number {
  let cursor = offset;
  while (cursor < end && /\s/.test(text[cursor] ?? '')) cursor++;
  return cursor;
}

function endsWithAbbreviation(text: string, sentenceStart: number, periodAt: number): boolean {
  let wordStart = periodAt;
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, periodAt);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (word.includes('.')) return true; // "U.S." or "a.m."
  return ABBREVIATIONS.has(word.toLowerCase());
}
