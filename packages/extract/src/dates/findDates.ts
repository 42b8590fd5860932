import type { DateMention } from '../types.ts';
import { parseIsoDate, type CalendarDate } from '@chronicle/calendar';
import { MISSING_PUBLICATION_DATE, type DateCandidate, type DateRule } from './candidate.ts';
import { CALENDAR_RULES } from './calendarRules.ts';
import { DAY_RULES } from './dayRules.ts';
import { chronoCandidates } from './chronoRules.ts';
import { leansFuture } from './readerBias.ts';
import { RELATIVE_RULES } from './relativeRules.ts';

const NEWS_RULES: readonly DateRule[] = [...RELATIVE_RULES, ...DAY_RULES, ...CALENDAR_RULES];

export interface DateFindings {
  dates: DateMention[];
  warnings: string[];
}

/** Finds every date expression in the text and places it on the calendar against the publication date. */
export function findDates(text: string, publishedAt: string | null | undefined): DateFindings {
  const warnings: string[] = [];
  const published = readPublication(publishedAt, warnings);
  const newsCandidates = newsRuleCandidates(text);
  const candidates = [...newsCandidates, ...chronoCandidates(text, published, newsCandidates)];
  const dates = withoutOverlaps(candidates).map((candidate) => toMention(text, candidate, published));
  const waiting = dates.filter((date) => date.unresolvedReason?.includes(MISSING_PUBLICATION_DATE) === true);
  if (waiting.length > 0) {
    const examples = waiting
      .slice(0, 3)
      .map((date) => `"${date.span.text}"`)
      .join(', ');
    warnings.push(`No publication date: ${waiting.length} relative date expression(s) left unresolved (${examples}${waiting.length > 3 ? ', …' : ''}).`);
  }
  return { dates, warnings };
}

function readPublication(publishedAt: string | null | undefined, warnings: string[]): CalendarDate | null {
  if (publishedAt === null || publishedAt === undefined || publishedAt.trim() === '') return null;
  const published = parseIsoDate(publishedAt);
  if (published === null) warnings.push(`publishedAt "${publishedAt}" is not a YYYY-MM-DD date; treated as missing.`);
  return published;
}

// Group offsets need the `d` flag, which makes a regular expression much slower to run.
// Each rule is therefore searched without it, and only a match is read again, in place,
// with it.
const COMPILED_RULES = NEWS_RULES.map((rule) => ({
  finder: new RegExp(rule.pattern.source, rule.pattern.flags.replace('d', '')),
  reader: new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`),
  build: rule.build,
}));

function newsRuleCandidates(text: string): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const rule of COMPILED_RULES) {
    rule.finder.lastIndex = 0;
    for (let found = rule.finder.exec(text); found !== null; found = rule.finder.exec(text)) {
      rule.reader.lastIndex = found.index;
      const match = rule.reader.exec(text);
      if (match !== null) candidates.push(...rule.build(match));
    }
  }
  return candidates;
}

/**
 * Longest expression wins; on equal length the news rules beat chrono. Kept expressions
 * never overlap, so only the neighbours of an insertion point need checking.
 */
function withoutOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const candidate of ranked) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((kept[middle]?.start ?? 0) < candidate.start) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((before !== undefined && before.end > candidate.start) || (after !== undefined && after.start < candidate.end)) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

function toMention(text: string, candidate: DateCandidate, published: CalendarDate | null): DateMention {
  const direction = leansFuture(text, candidate.start) ? 'future' : 'past';
  const resolution = candidate.resolve({ published, direction });
  const span = { text: text.slice(candidate.start, candidate.end), start: candidate.start, end: candidate.end };
  if ('resolved' in resolution) return { span, resolved: resolution.resolved };
  return { span, resolved: null, unresolvedReason: resolution.unresolvedReason };
}
