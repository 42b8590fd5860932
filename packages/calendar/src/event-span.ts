// The span an event, or a stance's "since", is stored with: from the first
// day of the period that holds its start to the last day of the period that
// holds its end.
import { calendarDateOfUtc, utcDateOf } from './utc-date.ts';
import { firstDayOf, lastDayOf, type DatePrecision } from './periods.ts';

export interface EventSpan {
  startsOn: Date;
  endsOn: Date;
  isRange: boolean;
  precision: DatePrecision;
}

/** First day of the period (day, ISO week, month, year) that contains `date`. */
export function periodStart(date: Date, precision: DatePrecision): Date {
  return utcDateOf(firstDayOf(calendarDateOfUtc(date), precision));
}

/** Last day, inclusive, of the period that contains `date`. */
export function periodEnd(date: Date, precision: DatePrecision): Date {
  return utcDateOf(lastDayOf(calendarDateOfUtc(date), precision));
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
