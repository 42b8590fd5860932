import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { dayPeriod, dayRange, isValidDate, type CalendarDate } from '@chronicle/calendar';
import { MISSING_PUBLICATION_DATE, type DateCandidate, type Resolution, type ResolutionContext } from './candidate.ts';
import { yearForMonthDay } from './readerBias.ts';

// chrono's strict English parser is the fallback for calendar days the news rules do not
// read (numeric dates such as "1/23/2019" or "2019-01-23", unusual spellings). Only the
// parts it read from the text are kept; the year it would fill in is replaced by the
// reader's past-biased choice, and weekday-only results are left to the news rules.

const PRIORITY = 0;
// chrono needs a reference instant even when there is no publication date; nothing it
// infers from it is used.
const NEUTRAL_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const LOWERCASE_VERB_MONTHS = /\b(may|march)\b/;
// chrono also reads durations ("for a second") as dates; a calendar day is written with
// a number or a month name.
const WRITTEN_DATE = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// chrono runs dozens of patterns over whatever it is given, so it is only given lines
// holding something that looks like a day (a number next to a month name, digits with
// slashes or dashes) which the news rules did not already read.
const LOOKS_LIKE_A_DAY =
  /\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s{1,3}\d|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/gi;
const LINE = /[^\n]+/g;

export function chronoCandidates(text: string, published: CalendarDate | null, alreadyRead: readonly DateCandidate[]): DateCandidate[] {
  const reference = published === null ? NEUTRAL_REFERENCE : new Date(Date.UTC(published.year, published.month - 1, published.day, 12));
  const candidates: DateCandidate[] = [];
  for (const line of text.matchAll(LINE)) {
    if (hasUnreadDay(line[0], line.index, alreadyRead)) candidates.push(...candidatesIn(line[0], line.index, reference));
  }
  return candidates;
}

function hasUnreadDay(line: string, offset: number, alreadyRead: readonly DateCandidate[]): boolean {
  for (const found of line.matchAll(LOOKS_LIKE_A_DAY)) {
    const start = offset + found.index;
    const end = start + found[0].length;
    if (!alreadyRead.some((candidate) => candidate.start <= start && end <= candidate.end)) return true;
  }
  return false;
}

function candidatesIn(text: string, offset: number, reference: Date): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const result of chrono.en.strict.parse(text, reference)) {
    const start = readDay(result.start);
    if (start === null || LOWERCASE_VERB_MONTHS.test(result.text) || !WRITTEN_DATE.test(result.text)) continue;
    // chrono reports "no end" as null at runtime although its type says undefined.
    const endComponents: ParsedComponents | null | undefined = result.end;
    const end = endComponents === undefined || endComponents === null ? null : readDay(endComponents);
    candidates.push({
      start: offset + result.index,
      end: offset + result.index + trimmedLength(result),
      priority: PRIORITY,
      resolve: (context) => resolveDays(start, end, context),
    });
  }
  return candidates;
}

interface PartialDay {
  year: number | null;
  month: number;
  day: number;
}

function readDay(components: ParsedComponents): PartialDay | null {
  const month = components.get('month');
  const day = components.get('day');
  if (!components.isCertain('month') || !components.isCertain('day') || month === null || day === null) return null;
  return { year: components.isCertain('year') ? components.get('year') : null, month, day };
}

function trimmedLength(result: ParsedResult): number {
  return result.text.replace(/[\s,.]+$/, '').length;
}

function resolveDays(first: PartialDay, last: PartialDay | null, context: ResolutionContext): Resolution {
  const lastDay = last ?? first;
  let lastYear = lastDay.year ?? first.year;
  if (lastYear === null) {
    if (context.published === null) return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
    lastYear = yearForMonthDay(context.published, lastDay.month, lastDay.day, context.direction);
  }
  const firstYear = first.year ?? (first.month > lastDay.month ? lastYear - 1 : lastYear);
  const start = { year: firstYear, month: first.month, day: first.day };
  const end = { year: lastYear, month: lastDay.month, day: lastDay.day };
  if (!isValidDate(start.year, start.month, start.day) || !isValidDate(end.year, end.month, end.day)) {
    return { unresolvedReason: 'not a real calendar date' };
  }
  return { resolved: last === null ? dayPeriod(start) : dayRange(start, end) };
}
