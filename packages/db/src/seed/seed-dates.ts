// Seed dates are written as precise as they are known: "2019-06-25" for a day,
// the Monday "2019-06-24" for its ISO week, "2019-06" for a month, "2019" for
// a year. A value that does not fit its precision is an error, never rounded.
import { parseCalendarDay } from '@chronicle/calendar';
import type { DatePrecision } from '../generated/prisma/enums.ts';

const WRITTEN = { DAY: /^\d{4}-\d{2}-\d{2}$/, WEEK: /^\d{4}-\d{2}-\d{2}$/, MONTH: /^\d{4}-\d{2}$/, YEAR: /^\d{4}$/ } as const;

/** The first day of the period a seed date names, or null when it does not fit `precision`. */
export function seedPeriodStart(value: string, precision: DatePrecision): Date | null {
  if (!WRITTEN[precision].test(value)) return null;
  const date = parseCalendarDay(precision === 'MONTH' ? `${value}-01` : precision === 'YEAR' ? `${value}-01-01` : value);
  if (precision === 'WEEK' && date?.getUTCDay() !== 1) return null;
  return date;
}

/** Like seedPeriodStart, for data already validated: a misfit is a bug, so it throws. */
export function parseSeedDate(value: string, precision: DatePrecision): Date {
  const date = seedPeriodStart(value, precision);
  if (!date) throw new Error(`seed date "${value}" does not fit precision ${precision}${precision === 'WEEK' ? ' (a week is written as its Monday)' : ''}`);
  return date;
}
