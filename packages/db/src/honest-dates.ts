// Dates as precise as what is known: an event of "June 2019" covers June, and
// is never stored, matched or shown as 1 June.
import type { DatePrecision } from './generated/prisma/enums.ts';

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Parses YYYY-MM-DD as a UTC calendar day, rejecting impossible dates. */
export function parseCalendarDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utc(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function toCalendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** First day of the period (day, ISO week, month, year) that contains `date`. */
export function periodStart(date: Date, precision: DatePrecision): Date {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  switch (precision) {
    case 'DAY':
      return utc(y, m, d);
    case 'WEEK': {
      const isoWeekday = (date.getUTCDay() + 6) % 7; // Monday = 0
      return utc(y, m, d - isoWeekday);
    }
    case 'MONTH':
      return utc(y, m, 1);
    case 'YEAR':
      return utc(y, 0, 1);
  }
}

/** Last day, inclusive, of the period that contains `date`. */
export function periodEnd(date: Date, precision: DatePrecision): Date {
  const start = periodStart(date, precision);
  const [y, m, d] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  switch (precision) {
    case 'DAY':
      return start;
    case 'WEEK':
      return utc(y, m, d + 6);
    case 'MONTH':
      return utc(y, m + 1, 0);
    case 'YEAR':
      return utc(y, 11, 31);
  }
}

export interface EventSpan {
  startsOn: Date;
  endsOn: Date;
  isRange: boolean;
  precision: DatePrecision;
}

/**
 * The stored span of an event known to `precision`, from the period holding
 * `start` to the one holding `end` (or just `start`'s period).
 */
export function spanOf(start: Date, precision: DatePrecision, end?: Date | null): EventSpan {
  const startsOn = periodStart(start, precision);
  const endsOn = periodEnd(end ?? start, precision);
  if (endsOn < startsOn) throw new RangeError('an event cannot end before it starts');
  const isRange = endsOn.getTime() !== periodEnd(start, precision).getTime();
  return { startsOn, endsOn, isRange, precision };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatPeriod(date: Date, precision: DatePrecision): string {
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  switch (precision) {
    case 'DAY':
      return `${date.getUTCDate()} ${month} ${year}`;
    case 'WEEK':
      return `week of ${date.getUTCDate()} ${month} ${year}`;
    case 'MONTH':
      return `${month} ${year}`;
    case 'YEAR':
      return String(year);
  }
}

/** "23 January 2019", "June 2019", "2019", "7 – 14 March 2019", "March – May 2019". */
export function displayDate(span: EventSpan): string {
  if (!span.isRange) return formatPeriod(span.startsOn, span.precision);
  const endStart = periodStart(span.endsOn, span.precision);
  const sameYear = span.startsOn.getUTCFullYear() === endStart.getUTCFullYear();
  const sameMonth = sameYear && span.startsOn.getUTCMonth() === endStart.getUTCMonth();
  if (span.precision === 'DAY' && sameMonth) {
    return `${span.startsOn.getUTCDate()} – ${formatPeriod(endStart, 'DAY')}`;
  }
  if ((span.precision === 'DAY' || span.precision === 'MONTH') && sameYear) {
    const from = span.precision === 'DAY' ? `${span.startsOn.getUTCDate()} ${MONTHS[span.startsOn.getUTCMonth()]}` : MONTHS[span.startsOn.getUTCMonth()];
    return `${from} – ${formatPeriod(endStart, span.precision)}`;
  }
  return `${formatPeriod(span.startsOn, span.precision)} – ${formatPeriod(endStart, span.precision)}`;
}
