// Calendar days written as the API, the URL and the seed files write them:
// "2019-01-23".
import { calendarDateOf, dayNumberOf, isValidDate, type CalendarDate } from './calendar-date.ts';

const EXACT_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LEADING_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function dateFrom(match: RegExpExecArray | null): CalendarDate | null {
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function formatDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Exactly YYYY-MM-DD and a real calendar day, else null. */
export function parseDay(value: string): CalendarDate | null {
  return dateFrom(EXACT_DAY.exec(value));
}

/** Reads the date part of an ISO date or timestamp; null when it is not a real calendar day. */
export function parseIsoDate(value: string): CalendarDate | null {
  return dateFrom(LEADING_DAY.exec(value.trim()));
}

/** Days since 1970-01-01, or null when `day` is not a real calendar day. */
export function dayNumber(day: string): number | null {
  const date = parseDay(day);
  return date === null ? null : dayNumberOf(date);
}

export function isCalendarDay(value: string): boolean {
  return parseDay(value) !== null;
}

export function dayFromNumber(n: number): string {
  return formatDate(calendarDateOf(n));
}

function requireDay(day: string): number {
  const n = dayNumber(day);
  if (n === null) throw new Error(`not a calendar day: ${day}`);
  return n;
}

/** The day `days` after (or, negative, before) `day`. */
export function shiftDay(day: string, days: number): string {
  return dayFromNumber(requireDay(day) + days);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return requireDay(b) - requireDay(a);
}
