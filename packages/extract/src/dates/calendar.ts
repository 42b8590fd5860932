import type { DatePrecision, ResolvedDate } from '../types.ts';

// Plain calendar arithmetic on year/month/day triples. Dates in news copy are calendar
// days, not instants, so everything here runs in UTC to keep time zones out of it.

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

function toUtc(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(ms: number): CalendarDate {
  const value = new Date(ms);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const zeroBased = year * 12 + (month - 1) + months;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday, as in Date.getUTCDay. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toUtc(a) - toUtc(b);
}

export function formatDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads the date part of an ISO date or timestamp; null when it is not a real calendar day. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function dayPeriod(date: CalendarDate): ResolvedDate {
  return period(date, date, 'DAY');
}

export function dayRange(start: CalendarDate, end: CalendarDate): ResolvedDate {
  return period(start, end, 'DAY');
}

/** The Monday–Sunday week (ISO 8601) that contains the date. */
export function isoWeekPeriod(date: CalendarDate): ResolvedDate {
  const daysSinceMonday = (weekdayOf(date) + 6) % 7;
  const monday = addDays(date, -daysSinceMonday);
  return period(monday, addDays(monday, 6), 'WEEK');
}

export function monthPeriod(year: number, month: number): ResolvedDate {
  return monthRange(year, month, year, month);
}

export function monthRange(startYear: number, startMonth: number, endYear: number, endMonth: number): ResolvedDate {
  return period(
    { year: startYear, month: startMonth, day: 1 },
    { year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) },
    'MONTH',
  );
}

export function yearPeriod(year: number): ResolvedDate {
  return yearRange(year, year);
}

export function yearRange(startYear: number, endYear: number): ResolvedDate {
  return period({ year: startYear, month: 1, day: 1 }, { year: endYear, month: 12, day: 31 }, 'YEAR');
}

function period(start: CalendarDate, end: CalendarDate, precision: DatePrecision): ResolvedDate {
  return { start: formatDate(start), end: formatDate(end), precision };
}
