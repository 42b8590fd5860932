import { dayPeriod, dayRange, isValidDate, type CalendarDate } from '@chronicle/calendar';
import { MISSING_PUBLICATION_DATE, type DateCandidate, type Resolution, type ResolutionContext } from './candidate.ts';
import { yearForMonthDay } from './readerBias.ts';

// Pieces shared by the calendar rules: pattern fragments and ways to resolve a day.

export const NEWS_RULE_PRIORITY = 1;
export const ORDINAL = '(?:st|nd|rd|th)?';
export const YEAR = '(1[89]\\d\\d|20\\d\\d|2100)';
export const RANGE_WORD = '(?:-|–|—|to|through|until|till)';

export function candidate(start: number, end: number, resolve: (context: ResolutionContext) => Resolution): DateCandidate {
  return { start, end, priority: NEWS_RULE_PRIORITY, resolve };
}

export function yearFromPublication(context: ResolutionContext, month: number, day: number): number | null {
  return context.published === null ? null : yearForMonthDay(context.published, month, day, context.direction);
}

/** One day; without a written year, the reader's choice of year. */
export function dayWithOptionalYear(month: number, day: number, yearText: string | undefined) {
  return (context: ResolutionContext): Resolution => {
    const year = yearText !== undefined ? Number(yearText) : yearFromPublication(context, month, day);
    if (year === null) return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
    if (!isValidDate(year, month, day)) return { unresolvedReason: 'not a real calendar date' };
    return { resolved: dayPeriod({ year, month, day }) };
  };
}

/** A span of days; without a written year the last day is placed like a single day and the first follows it. */
export function daysBetween(firstMonth: number, firstDay: number, lastMonth: number, lastDay: number, yearText: string | undefined) {
  return (context: ResolutionContext): Resolution => {
    const lastYear = yearText !== undefined ? Number(yearText) : yearFromPublication(context, lastMonth, lastDay);
    if (lastYear === null) return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
    const firstYear = firstMonth > lastMonth ? lastYear - 1 : lastYear;
    const first: CalendarDate = { year: firstYear, month: firstMonth, day: firstDay };
    const last: CalendarDate = { year: lastYear, month: lastMonth, day: lastDay };
    if (!isValidDate(first.year, first.month, first.day) || !isValidDate(last.year, last.month, last.day)) {
      return { unresolvedReason: 'not a real calendar date' };
    }
    return { resolved: dayRange(first, last) };
  };
}
