import type { ArticleText } from '../text/articleText.ts';
import { lastStartingAtOrBefore, startingWithin } from '../text/sortedRanges.ts';
import type { TextSpan } from '../types.ts';
import { POSTED } from '../speech/attribution.ts';
import { inside, type EventDraft, type Range } from './eventDraft.ts';
import { HEADLINE_LENGTH, toHeadline, type HeadlineHints } from './headline.ts';

// A title and a summary for an event, from the article's own words. For a statement:
// "<speaker> <verb> <what follows>" or "<speaker> says <reported words>"; for anything
// else, the clause that dates it. Date expressions are dropped from titles because the
// date is shown next to them anyway; headline.ts then makes the words a headline.
const SUMMARY_LENGTH = 420;

// prettier-ignore
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'are', 'was', 'were', 'we', 'they', 'that', 'for', 'on', 'with', 'it', 'this', 'will', 'not', 'our', 'have', 'has',
]);

/** One word in ten or more an English function word: English prose has far more, Spanish or French next to none. */
function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length * 10 >= words.length;
}

/**
 * `speakerName` is null when the speaker is only the source of a reported happening;
 * `reportedEnd` is where the reported words stop in ", the ministry said." sentences.
 */
export function eventTitle(
  article: ArticleText,
  draft: EventDraft,
  dateSpans: readonly TextSpan[],
  speakerName: string | null,
  reportedEnd: number | null,
  hints: HeadlineHints,
): string {
  const { tokens } = article;
  const attribution = draft.attribution;
  const start = Math.max(draft.scope.start, proseStartOf(article, draft.scope.start));
  if (speakerName === null && reportedEnd !== null && reportedEnd > start) {
    const reported = toHeadline(tidy(withoutDates(article.text, start, reportedEnd, dateSpans)), hints);
    return attributed(reported, hints.sourceName ?? null);
  }
  if (attribution !== null && speakerName !== null && attribution.verb === POSTED) {
    const post = article.layout.posts.find((candidate) => inside(draft.scope, candidate.wordsStart));
    // A post in another language ("Denunciamos a estos gobiernos …") makes no English headline of its own words.
    if (post !== undefined && !readsAsEnglish(article.text.slice(post.wordsStart, post.wordsEnd))) return toHeadline(`${speakerName} posts on Twitter`, hints);
  }
  if (attribution !== null && speakerName !== null && attribution.verb !== 'according to') {
    const verbWords = attribution.verb.split(' ').length;
    const verbEnd = tokens[attribution.verbIndex + verbWords - 1]?.end ?? draft.scope.start;
    if (!attribution.trailing) {
      const rest = withoutDates(article.text, verbEnd, draft.scope.end, dateSpans);
      if (rest.trim().length > 0) return toHeadline(tidy(`${speakerName} ${attribution.verb} ${rest}`), hints);
    }
    const subjectStart = subjectStartOffset(article, draft);
    if (subjectStart !== null && subjectStart > start) {
      const reported = withoutDates(article.text, start, subjectStart, dateSpans).replace(/[\s,—–]+$/, '');
      return toHeadline(reportedSpeech(speakerName, tidy(reported)), hints);
    }
  }
  const ownClause = draft.date ? clauseOfDate(article.text, { start, end: draft.scope.end }, draft.date.span, dateSpans) : null;
  let clause = withoutDates(article.text, ownClause?.start ?? start, ownClause?.end ?? draft.scope.end, dateSpans, draft.excluded);
  if (speakerName !== null && draft.speaker !== null && draft.speaker.source !== 'name') {
    clause = clause.replace(article.text.slice(draft.speaker.start, draft.speaker.end), speakerName);
  }
  return toHeadline(tidy(clause), hints);
}

/**
 * What a source reports is its claim, not a fact: "Troops land in Caracas, ministry
 * says", the way wire headlines put it, when that fits; the happening alone otherwise.
 */
function attributed(headline: string, sourceName: string | null): string {
  if (sourceName === null) return headline;
  const withSource = `${headline}, ${sourceName} says`;
  return withSource.length <= HEADLINE_LENGTH ? withSource : headline;
}

/** "X says the troops will stay"; words in the first person stay a quotation: "X: “I swear …”". */
function reportedSpeech(speakerName: string, reported: string): string {
  const words = reported.replace(/^[“"‘']+|[”"’']+$/g, '').trim();
  if (/^(?:I|I'm|I've|We|We're|We've|Our|My|Let)\b/.test(words)) return `${speakerName}: “${words}”`;
  return `${speakerName} says ${lowerFirstCommonWord(words)}`;
}

/** Lowercases a common opening word; a name keeps its capital. */
function lowerFirstCommonWord(text: string): string {
  return /^(?:The|There|This|That|These|Those|It|A|An|All|No|Some|Any|Such|Its|Their|His|Her|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Most|More|About|Around|Nearly|At|Only)\b/.test(
    text,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

export function eventSummary(article: ArticleText, draft: EventDraft): string {
  const pieces = draft.passages.slice(0, 3).map((passage) => article.text.slice(Math.max(passage.start, proseStartOf(article, passage.start)), passage.end));
  return truncate(pieces.join(' ').replace(/\s+/g, ' ').trim(), SUMMARY_LENGTH);
}

// "X happened on Monday, four days after Y happened on Thursday": two dates,
// two events, one sentence. Each event is titled from its own side of the
// subordinating word, not from the whole sentence (which would give both the
// same title).
const SUBORDINATOR = /,?\s*(?:(?:\w+\s+){0,3}(?:days?|weeks?|months?|years?|hours?)\s+)?\b(after|before|following|until|when)\b/gi;

function clauseOfDate(text: string, scope: Range, date: TextSpan, dateSpans: readonly TextSpan[]): Range | null {
  const others = dateSpans.filter((span) => span.start >= scope.start && span.end <= scope.end && span.start !== date.start);
  if (others.length === 0) return null;
  const words = [...text.slice(scope.start, scope.end).matchAll(SUBORDINATOR)].map((match) => ({
    cut: scope.start + match.index,
    clauseStart: scope.start + match.index + match[0].length,
    comma: /^,\s*/.exec(match[0])?.[0].length ?? 0,
  }));
  // In a subordinate clause: the nearest such word before the date, with another date before that word.
  const opener = words.filter((word) => word.clauseStart <= date.start && others.some((span) => span.end <= word.cut)).at(-1);
  if (opener) {
    const comma = text.indexOf(',', date.end);
    return { start: opener.clauseStart, end: comma >= 0 && comma < scope.end ? comma : scope.end };
  }
  // In the main clause: the first such word after the date, with another date after it. The
  // clause keeps the comma before the word, so a date that ends the clause goes with its comma.
  const closer = words.find((word) => word.cut >= date.end && others.some((span) => span.start >= word.clauseStart));
  return closer ? { start: scope.start, end: closer.cut + closer.comma } : null;
}

function proseStartOf(article: ArticleText, offset: number): number {
  return lastStartingAtOrBefore(article.layout.paragraphs, offset)?.proseStart ?? 0;
}

function subjectStartOffset(article: ArticleText, draft: EventDraft): number | null {
  const subject = draft.attribution?.subject;
  if (subject === undefined) return null;
  if (subject.kind === 'mention') return subject.mention.start;
  const tokenIndex = subject.kind === 'pronoun' ? subject.tokenIndex : subject.tokenStart;
  const verbIndex = draft.attribution?.verbIndex ?? tokenIndex;
  // For "…,” said Zakharova" the reported words end before the verb.
  return article.tokens[Math.min(tokenIndex, verbIndex)]?.start ?? null;
}

/** Text between two offsets without date expressions (and the "on"/"in" and comma that framed them). */
/** `dateSpans` are in text order. */
function withoutDates(text: string, start: number, end: number, dateSpans: readonly TextSpan[], alsoDrop: readonly Range[] = []): string {
  const drops: (Range & { replacement?: string })[] = [...alsoDrop];
  for (const span of startingWithin(dateSpans, start, end)) {
    // Quoted words stay as they were said: "Tonight's vote" is not "the vote" in quotation marks.
    if (span.end <= end && !insideQuotation(text, start, span.start)) drops.push(possessiveDate(text, span) ?? withLeadIn(text, span));
  }
  drops.sort((a, b) => b.start - a.start);
  let result = text.slice(start, end);
  let lastStart = Number.POSITIVE_INFINITY;
  for (const drop of drops) {
    if (drop.end > lastStart || drop.start < start || drop.end > end) continue;
    result = result.slice(0, drop.start - start) + (drop.replacement ?? '') + result.slice(drop.end - start);
    lastStart = drop.start;
  }
  return result;
}

/** Whether an offset lies inside a quotation opened after `from`. */
function insideQuotation(text: string, from: number, offset: number): boolean {
  const before = text.slice(from, offset);
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** "condemned Thursday's vote" → "condemned the vote": a date owning a noun leaves its article behind. */
function possessiveDate(text: string, span: Range): (Range & { replacement: string }) | null {
  const possessive = /^['’]s\b/.exec(text.slice(span.end, span.end + 3));
  return possessive === null ? null : { start: span.start, end: span.end + possessive[0].length, replacement: 'the' };
}

function withLeadIn(text: string, span: Range): Range {
  const before = text.slice(Math.max(0, span.start - 25), span.start);
  const leadIn =
    /\b(?:(?:on|in|during|at) the (?:morning|afternoon|evening|night|start|end|beginning|early hours) of|on|in|during|earlier|later|between|from|early|late)\s+$/i.exec(
      before,
    );
  const start = leadIn === null ? span.start : span.start - leadIn[0].length;
  // "On Monday, troops …" loses its comma with the date; "… at the airport on Monday, the
  // ministry said" keeps it, since it closes the clause.
  const opensClause = /(?:^|[.;:!?(“"]|,)\s*$/.test(text.slice(Math.max(0, start - 3), start)) || start === 0;
  const trailingComma = opensClause ? /^,\s*/.exec(text.slice(span.end, span.end + 3)) : null;
  return { start, end: span.end + (trailingComma?.[0].length ?? 0) };
}

function tidy(text: string): string {
  const cleaned = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > limit / 2 ? lastSpace : limit).replace(/[\s,;:]+$/, '')}…`;
}
