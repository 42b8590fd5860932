export {
  addDays,
  addMonths,
  calendarDateOf,
  compareDates,
  dayNumberOf,
  daysInMonth,
  isValidDate,
  weekdayOf,
  MS_PER_DAY,
  type CalendarDate,
} from './calendar-date.ts';
export { dayFromNumber, dayNumber, daysBetween, formatDate, isCalendarDay, parseDay, parseIsoDate, shiftDay } from './iso-day.ts';
export {
  dayPeriod,
  dayRange,
  firstDayOf,
  isoWeekPeriod,
  lastDayOf,
  monthPeriod,
  monthRange,
  yearPeriod,
  yearRange,
  type DatePrecision,
  type DayPeriod,
} from './periods.ts';
export { calendarDateOfUtc, parseCalendarDay, toCalendarDay, utcDateOf } from './utc-date.ts';
export { periodEnd, periodStart, spanOf, spanOfPeriod, type EventSpan } from './event-span.ts';
export { displayDate, monthName } from './display-date.ts';
