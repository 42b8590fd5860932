// A calendar day the API knows exactly (a publication date) for people:
// "23 January 2019". Event dates are never formatted here: they come with
// their own honest `display`.
import { dayNumber } from './calendarDay.ts';

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDay(day: string): string {
  const n = dayNumber(day);
  return n === null ? day : FORMAT.format(new Date(n * 86_400_000));
}
