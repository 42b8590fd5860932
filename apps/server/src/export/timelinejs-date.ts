// TimelineJS dates as precise as chronicle knows them. TimelineJS formats a
// date by the parts it is given: `{ year, month }` shows as "June 2019", so a
// MONTH event gets no day, and a YEAR event only its year. TimelineJS has no
// weeks: a WEEK event is its Monday to Sunday, with chronicle's own wording as
// display_date.
import { periodStart, type DatePrecision, type EventSpan } from '@chronicle/db';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export function timelineJsDate(date: Date, precision: DatePrecision): TimelineJsDate {
  const year = date.getUTCFullYear();
  if (precision === 'YEAR') return { year };
  const month = date.getUTCMonth() + 1;
  if (precision === 'MONTH') return { year, month };
  return { year, month, day: date.getUTCDate() };
}

/** start_date and, for ranges and weeks, end_date (the first day of the last period, as TimelineJS reads parts). */
export function timelineJsSpan(span: EventSpan): { start_date: TimelineJsDate; end_date?: TimelineJsDate } {
  if (span.precision === 'WEEK') {
    return { start_date: timelineJsDate(span.startsOn, 'DAY'), end_date: timelineJsDate(span.endsOn, 'DAY') };
  }
  const start_date = timelineJsDate(span.startsOn, span.precision);
  if (!span.isRange) return { start_date };
  return { start_date, end_date: timelineJsDate(periodStart(span.endsOn, span.precision), span.precision) };
}
