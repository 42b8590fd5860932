// Honest dates for people: "23 January 2019", "June 2019", "week of
// 4 February 2019", "7 – 14 March 2019". Month names come from Intl, in
// British English, whose day-month-year order this wording follows.
import type { EventSpan } from './event-span.ts';
import { periodStart } from './event-span.ts';
import type { DatePrecision } from './periods.ts';

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTH_NAMES = Array.from({ length: 12 }, (_, index) => MONTH_FORMAT.format(Date.UTC(2000, index, 1)));

/** "January" for 1 … "December" for 12. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`no month ${month}`);
  return name;
}

function formatPeriod(date: Date, precision: DatePrecision): string {
  const year = date.getUTCFullYear();
  const month = monthName(date.getUTCMonth() + 1);
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
    const month = monthName(span.startsOn.getUTCMonth() + 1);
    const from = span.precision === 'DAY' ? `${span.startsOn.getUTCDate()} ${month}` : month;
    return `${from} – ${formatPeriod(endStart, span.precision)}`;
  }
  return `${formatPeriod(span.startsOn, span.precision)} – ${formatPeriod(endStart, span.precision)}`;
}
