// Dates of an imported row, as precise as the file says and no more: a row
// with Year and Month only is a MONTH event over the whole month, never the 1st.
import { spanOf, type DatePrecision, type EventSpan } from '@chronicle/db';
import { RowProblem } from './imported-row.ts';

/** The date parts as the file holds them (TimelineJS accepts numbers or strings such as "2,019"). */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
}

const RANK: Record<DatePrecision, number> = { DAY: 0, WEEK: 1, MONTH: 2, YEAR: 3 };
const coarser = (a: DatePrecision, b: DatePrecision) => (RANK[a] >= RANK[b] ? a : b);

function part(value: unknown, name: string, min: number, max: number): number | null {
  if (value === undefined || value === null) return null;
  // A sheet's cells are text; TimelineJS JSON may have numbers.
  const given = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  const text = given.replace(/[\s,]+/g, '');
  if (text === '') return null;
  if (!/^-?\d+$/.test(text)) throw new RowProblem(`${name} "${given}" is not a whole number`);
  const number = Number(text);
  if (number < min || number > max) throw new RowProblem(`${name} ${number} is outside ${min}–${max}`);
  return number;
}

interface ReadDate {
  date: Date;
  precision: DatePrecision;
}

function readDate(parts: DateParts, which: string): ReadDate | null {
  const year = part(parts.year, `${which} year`, 1, 9999);
  const month = part(parts.month, `${which} month`, 1, 12);
  const day = part(parts.day, `${which} day`, 1, 31);
  if (year === null) {
    if (month !== null || day !== null) throw new RowProblem(`${which} date has a month or day but no year`);
    return null;
  }
  if (day !== null && month === null) throw new RowProblem(`${which} date has a day but no month`);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year);
  if (day !== null && date.getUTCDate() !== day) throw new RowProblem(`${which} date ${year}-${month}-${day} does not exist`);
  return { date, precision: day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR' };
}

/**
 * The span of a row. `declared` is a precision the file states outright
 * (chronicle's own column, or the JSON's `chronicle.precision`): it may be
 * coarser than the parts (a WEEK given by its days) but never finer.
 */
export function spanOfRow(start: DateParts, end: DateParts | null, declared: DatePrecision | null): EventSpan {
  const from = readDate(start, 'start');
  if (!from) throw new RowProblem('has no start year');
  const to = end ? readDate(end, 'end') : null;
  const known = to ? coarser(from.precision, to.precision) : from.precision;
  if (declared && RANK[declared] < RANK[known]) {
    throw new RowProblem(`says precision ${declared} but its date is known only to the ${known.toLowerCase()}`);
  }
  try {
    return spanOf(from.date, declared ?? known, to?.date ?? null);
  } catch (error) {
    if (error instanceof RangeError) throw new RowProblem('ends before it starts');
    throw error;
  }
}

export function isPrecision(value: unknown): value is DatePrecision {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}
