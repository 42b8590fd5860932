// Calendar days ("2019-01-23") as the API and the URL write them. Arithmetic
// is done on day numbers, so it never depends on the browser's time zone; only
// the conversion to a Date for vis-timeline uses local midnight, because the
// timeline draws its axis in local time and a day must sit under its label.

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or null when `day` is not a real calendar day. */
export function dayNumber(day: string): number | null {
  const match = PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return Math.round(ms / DAY_MS);
}

export function isCalendarDay(value: string): boolean {
  return dayNumber(value) !== null;
}

export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function requireDay(day: string): number {
  const n = dayNumber(day);
  if (n === null) throw new Error(`not a calendar day: ${day}`);
  return n;
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(requireDay(day) + days);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return requireDay(b) - requireDay(a);
}

/** Local midnight at the start of `day`, for vis-timeline. */
export function dayToDate(day: string): Date {
  const n = requireDay(day);
  const utc = new Date(n * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** The local calendar day whose midnight is nearest to `date`. */
export function nearestDay(date: Date): string {
  const shifted = new Date(date.getTime() + DAY_MS / 2);
  const y = shifted.getFullYear();
  const m = String(shifted.getMonth() + 1).padStart(2, '0');
  const d = String(shifted.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
