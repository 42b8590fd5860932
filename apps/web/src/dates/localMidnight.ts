// vis-timeline draws its axis in the browser's local time, so a calendar day
// must sit at local midnight to stand under its own label. This is the one
// place where a day meets a time zone; the arithmetic is @chronicle/calendar's.
import { parseDay } from '@chronicle/calendar';

/** Local midnight at the start of `day`. */
export function dayToDate(day: string): Date {
  const date = parseDay(day);
  if (date === null) throw new Error(`not a calendar day: ${day}`);
  return new Date(date.year, date.month - 1, date.day);
}

/** The local calendar day whose midnight is nearest to `date`. */
export function nearestDay(date: Date): string {
  const shifted = new Date(date.getTime() + 43_200_000);
  const y = shifted.getFullYear();
  const m = String(shifted.getMonth() + 1).padStart(2, '0');
  const d = String(shifted.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
