import type { ArticleText } from '../text/articleText.ts';
import type { DateMention } from '../types.ts';
import type { EventDraft, Range } from './eventDraft.ts';

// A short title and a summary for an event, cut from the article's own words: the
// clause that dates it, without the date expression, with "he"/"the diplomat" replaced
// by the person's name.

const TITLE_LENGTH = 100;
const SUMMARY_LENGTH = 420;

interface Edit {
  range: Range;
  replacement: string;
}

export function eventTitle(article: ArticleText, draft: EventDraft, dates: readonly DateMention[], speakerName: string | null): string {
  const edits: Edit[] = [];
  for (const date of dates) {
    if (date.span.start >= draft.scope.start && date.span.end <= draft.scope.end) edits.push({ range: withLeadIn(article.text, date.span), replacement: '' });
  }
  for (const range of draft.excluded) edits.push({ range, replacement: '' });
  const speaker = draft.speaker;
  if (speaker !== null && speakerName !== null && speaker.source !== 'name' && speaker.start >= draft.scope.start && speaker.end <= draft.scope.end) {
    edits.push({ range: { start: speaker.start, end: speaker.end }, replacement: speakerName });
  }
  const paragraph = article.layout.paragraphs.find((candidate) => candidate.start <= draft.scope.start && draft.scope.start < candidate.end);
  const start = Math.max(draft.scope.start, paragraph?.proseStart ?? 0);
  return truncate(tidy(applyEdits(article.text, start, draft.scope.end, edits)), TITLE_LENGTH);
}

export function eventSummary(article: ArticleText, draft: EventDraft): string {
  const paragraph = article.layout.paragraphs.find((candidate) => candidate.start <= draft.scope.start && draft.scope.start < candidate.end);
  const pieces = draft.passages.slice(0, 3).map((passage) => article.text.slice(Math.max(passage.start, paragraph?.proseStart ?? 0), passage.end));
  return truncate(pieces.join(' ').replace(/\s+/g, ' ').trim(), SUMMARY_LENGTH);
}

/** A date's span plus the preposition and the comma that framed it ("On Tuesday, "). */
function withLeadIn(text: string, span: Range): Range {
  const before = text.slice(Math.max(0, span.start - 25), span.start);
  const leadIn = /\b(on|in|during|earlier|later|at the (start|end|beginning) of)\s+$/i.exec(before);
  const start = leadIn === null ? span.start : span.start - leadIn[0].length;
  const trailingComma = /^,\s*/.exec(text.slice(span.end, span.end + 3));
  return { start, end: span.end + (trailingComma?.[0].length ?? 0) };
}

function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  const ordered = edits
    .filter((edit) => edit.range.start >= start && edit.range.end <= end)
    .sort((a, b) => b.range.start - a.range.start);
  let result = text.slice(start, end);
  let lastStart = Number.POSITIVE_INFINITY;
  for (const edit of ordered) {
    if (edit.range.end > lastStart) continue;
    result = result.slice(0, edit.range.start - start) + edit.replacement + result.slice(edit.range.end - start);
    lastStart = edit.range.start;
  }
  return result;
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
