import { addDays, isoWeekPeriod, parseIsoDate } from '@chronicle/calendar';
import type { DateMention } from '../types.ts';
import type { ExpectedPrecision } from './expectedArticle.ts';

// Dates as the eval compares them: a precision and a period key ("2019-06-25",
// "2019-06", "2019", or the Monday of a week).

export interface DateKey {
  precision: ExpectedPrecision;
  key: string;
}

export function predictedDateKey(date: DateMention | null): DateKey | null {
  const resolved = date?.resolved;
  if (resolved === null || resolved === undefined) return null;
  const precision = resolved.precision.toLowerCase() as ExpectedPrecision;
  return { precision, key: keyFor(precision, resolved.start) };
}

export function expectedDateKey(date: string, precision: ExpectedPrecision): DateKey {
  const isoWeek = /^(\d{4})-W(\d{2})$/.exec(date);
  if (precision === 'week' && isoWeek !== null) return { precision, key: mondayOfIsoWeek(Number(isoWeek[1]), Number(isoWeek[2])) };
  return { precision, key: keyFor(precision, date) };
}

function keyFor(precision: ExpectedPrecision, isoDate: string): string {
  if (precision === 'year') return isoDate.slice(0, 4);
  if (precision === 'month') return isoDate.slice(0, 7);
  if (precision === 'week') {
    const day = parseIsoDate(isoDate);
    return day === null ? isoDate : isoWeekPeriod(day).start;
  }
  return isoDate.slice(0, 10);
}

function mondayOfIsoWeek(year: number, week: number): string {
  // 4 January is always in ISO week 1.
  const weekOne = isoWeekPeriod({ year, month: 1, day: 4 }).start;
  const monday = parseIsoDate(weekOne);
  return monday === null ? weekOne : isoWeekPeriod(addDays(monday, 7 * (week - 1))).start;
}

export function formatDateKey(key: DateKey | null): string {
  return key === null ? '—' : `${key.key} (${key.precision})`;
}
