// Calendar days as year/month/day triples. A date in news copy or in the
// database is a day, not an instant: every conversion here runs in UTC so that
// no time zone can move a day, and day numbers (days since 1970-01-01) carry
// the arithmetic.

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export const MS_PER_DAY = 86_400_000;

/** Midnight UTC of the date. setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Days since 1970-01-01; a day beyond the month's end runs on into the next. */
export function dayNumberOf(date: CalendarDate): number {
  return Math.round(utcMidnight(date.year, date.month, date.day).getTime() / MS_PER_DAY);
}

export function calendarDateOf(dayNumber: number): CalendarDate {
  if (!Number.isFinite(dayNumber)) throw new RangeError(`not a day number: ${dayNumber}`);
  const value = new Date(dayNumber * MS_PER_DAY);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(dayNumberOf(date) + days);
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const zeroBased = year * 12 + (month - 1) + months;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday, as in Date.getUTCDay. */
export function weekdayOf(date: CalendarDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month + 1, 0).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumberOf(a) - dayNumberOf(b);
}
