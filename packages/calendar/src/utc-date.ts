// Calendar days as JavaScript Dates at midnight UTC: the form PostgreSQL's
// `date` columns take and give back through Prisma.
import { calendarDateOf, dayNumberOf, MS_PER_DAY, type CalendarDate } from './calendar-date.ts';
import { formatDate, parseDay } from './iso-day.ts';

export function utcDateOf(date: CalendarDate): Date {
  return new Date(dayNumberOf(date) * MS_PER_DAY);
}

/** The UTC calendar day of `date` (its time of day is dropped). */
export function calendarDateOfUtc(date: Date): CalendarDate {
  return calendarDateOf(Math.floor(date.getTime() / MS_PER_DAY));
}

/** Parses YYYY-MM-DD as a UTC calendar day, rejecting impossible dates and year 0, which PostgreSQL has not. */
export function parseCalendarDay(value: string): Date | null {
  const date = parseDay(value);
  return date === null || date.year < 1 ? null : utcDateOf(date);
}

export function toCalendarDay(date: Date): string {
  return formatDate(calendarDateOfUtc(date));
}
