// How precisely a date is known, and the calendar period it then covers: an
// event of "June 2019" covers all of June and is never 1 June.
import { addDays, daysInMonth, weekdayOf, type CalendarDate } from './calendar-date.ts';
import { formatDate } from './iso-day.ts';

export type DatePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** A span of whole days at one precision, as extraction hands it over. */
export interface DayPeriod {
  /** YYYY-MM-DD, first day of the period. */
  start: string;
  /** YYYY-MM-DD, last day of the period, inclusive. */
  end: string;
  precision: DatePrecision;
}

/** First day of the period (day, ISO week from Monday, month, year) that contains `date`. */
export function firstDayOf(date: CalendarDate, precision: DatePrecision): CalendarDate {
  switch (precision) {
    case 'DAY':
      return { ...date };
    case 'WEEK':
      return addDays(date, -((weekdayOf(date) + 6) % 7));
    case 'MONTH':
      return { year: date.year, month: date.month, day: 1 };
    case 'YEAR':
      return { year: date.year, month: 1, day: 1 };
  }
}

/** Last day, inclusive, of the period that contains `date`. */
export function lastDayOf(date: CalendarDate, precision: DatePrecision): CalendarDate {
  switch (precision) {
    case 'DAY':
      return { ...date };
    case 'WEEK':
      return addDays(firstDayOf(date, 'WEEK'), 6);
    case 'MONTH':
      return { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
    case 'YEAR':
      return { year: date.year, month: 12, day: 31 };
  }
}

function period(start: CalendarDate, end: CalendarDate, precision: DatePrecision): DayPeriod {
  return { start: formatDate(start), end: formatDate(end), precision };
}

export function dayPeriod(date: CalendarDate): DayPeriod {
  return period(date, date, 'DAY');
}

export function dayRange(start: CalendarDate, end: CalendarDate): DayPeriod {
  return period(start, end, 'DAY');
}

/** The Monday–Sunday week (ISO 8601) that contains the date. */
export function isoWeekPeriod(date: CalendarDate): DayPeriod {
  return period(firstDayOf(date, 'WEEK'), lastDayOf(date, 'WEEK'), 'WEEK');
}

export function monthPeriod(year: number, month: number): DayPeriod {
  return monthRange(year, month, year, month);
}

export function monthRange(startYear: number, startMonth: number, endYear: number, endMonth: number): DayPeriod {
  return period({ year: startYear, month: startMonth, day: 1 }, { year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) }, 'MONTH');
}

export function yearPeriod(year: number): DayPeriod {
  return yearRange(year, year);
}

export function yearRange(startYear: number, endYear: number): DayPeriod {
  return period({ year: startYear, month: 1, day: 1 }, { year: endYear, month: 12, day: 31 }, 'YEAR');
}
