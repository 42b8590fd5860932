// The span an event, or a stance's "since", is stored with: from the first
// day of the period that holds its start to the last day of the period that
// holds its end.
import { calendarDateOfUtc, parseCalendarDay, utcDateOf } from './utc-date.ts';
import { firstDayOf, lastDayOf, type DatePrecision, type DayPeriod } from './periods.ts';

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

/**
 * The stored span of a period as extraction hands it over ("2019-06-01" to
 * "2019-06-30", MONTH); null for a day no calendar holds. One step from what
 * the text said to what is stored, instead of parsing and re-spanning by hand.
 */
export function spanOfPeriod(period: DayPeriod): EventSpan | null {
  const start = parseCalendarDay(period.start);
  const end = parseCalendarDay(period.end);
  return start && end ? spanOf(start, period.precision, end) : null;
}
