// A calendar day the API knows exactly (a publication date) for people:
// "23 January 2019". Event dates are never formatted here: they come with
// their own honest `display`.
import { parseDay, utcDateOf } from '@chronicle/calendar';

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDay(day: string): string {
  const date = parseDay(day);
  return date === null ? day : FORMAT.format(utcDateOf(date));
}
