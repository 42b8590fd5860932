import { addDays, compareDates, weekdayOf, type CalendarDate } from '@chronicle/calendar';

// How a news reader fills in what a date expression leaves out. Reports are about the
// past, so an incomplete date means the latest matching day on or before publication,
// unless the sentence talks about the future ("will meet on Thursday").

export type Direction = 'past' | 'future';

/** Weekday closest to publication in the given direction; the publication day itself counts. */
export function weekdayNear(published: CalendarDate, weekday: number, direction: Direction, allowSameDay: boolean): CalendarDate {
  const today = weekdayOf(published);
  if (direction === 'past') {
    let back = (today - weekday + 7) % 7;
    if (back === 0 && !allowSameDay) back = 7;
    return addDays(published, -back);
  }
  let forward = (weekday - today + 7) % 7;
  if (forward === 0 && !allowSameDay) forward = 7;
  return addDays(published, forward);
}

/** Year for a month/day written without one: "January 23" read in June 2019 is 2019-01-23. */
export function yearForMonthDay(published: CalendarDate, month: number, day: number, direction: Direction): number {
  const sameYear: CalendarDate = { year: published.year, month, day };
  const order = compareDates(sameYear, published);
  if (direction === 'past') return order <= 0 ? published.year : published.year - 1;
  return order >= 0 ? published.year : published.year + 1;
}

/** Year for a month written without one: "in March" read in June 2019 is March 2019, "in October" is October 2018. */
export function yearForMonth(published: CalendarDate, month: number, direction: Direction, allowSameMonth = true): number {
  if (direction === 'past') {
    if (month < published.month || (allowSameMonth && month === published.month)) return published.year;
    return published.year - 1;
  }
  if (month > published.month || (allowSameMonth && month === published.month)) return published.year;
  return published.year + 1;
}

const FUTURE_CUES =
  /\b(will|shall|won't|is due|are due|scheduled|slated|is set to|are set to|set for|plans? to|planned|expected to|is to|are to|was to|were to|upcoming|next)\b/i;
const CLAUSE_START = /[.!?\n;]/;

/** Whether the words just before a date (same sentence, a few words back) talk about the future. */
export function leansFuture(text: string, dateStart: number): boolean {
  // The whole clause counts: "Putin will hold talks in Moscow with Venezuelan President Nicolas Maduro on September 25".
  const windowStart = Math.max(0, dateStart - 160);
  let context = text.slice(windowStart, dateStart);
  const lastStop = Math.max(...[...context.matchAll(new RegExp(CLAUSE_START, 'g'))].map((m) => m.index ?? -1), -1);
  if (lastStop >= 0) context = context.slice(lastStop + 1);
  // "…will fall, the company said on Tuesday": a past verb right before the date decides.
  if (PAST_VERB_BEFORE_DATE.test(context)) return false;
  return FUTURE_CUES.test(context);
}

const PAST_VERB_BEFORE_DATE =
  /\b(?:said|told|announced|confirmed|reported|added|stated|wrote|tweeted|declared|met|held|was|were|[a-z]+ed)\s+(?:(?:on|late|early|last)\s+)?$/i;
