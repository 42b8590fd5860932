import { addDays, parseIsoDate } from '../dates/calendar.ts';
import { dayPeriod } from '../dates/calendar.ts';
import type { DateMention } from '../types.ts';

// "Hours earlier", "The same day", "A day later": a sentence dated against the event the
// story was just telling, not against the publication date. Only days can be shifted
// this way; against a week or a month the phrase says nothing precise.

const OPENER =
  /^(?:(?:meanwhile|also|and)\s*,?\s+)?(hours\s+(?:earlier|later)|minutes\s+(?:earlier|later)|(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?:that|the)\s+same\s+day|(?:a|one)\s+day\s+(?:earlier|later|before|after)|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after))\b/i;

function dayShift(phrase: string): number {
  const lower = phrase.toLowerCase();
  if (/\b(before|previous)\b/.test(lower) || /day\s+earlier/.test(lower)) return -1;
  if (/\b(after|next|following)\b/.test(lower) || /day\s+later/.test(lower)) return 1;
  return 0;
}

/**
 * The date a sentence opening with such a phrase refers to, or null. `sentence` is the
 * sentence's text from its first word and `offset` where that text starts in the article.
 */
export function dateRelativeToEvent(sentence: string, offset: number, previous: DateMention | null): DateMention | null {
  const match = OPENER.exec(sentence);
  const phrase = match?.[1];
  if (match === null || phrase === undefined || previous?.resolved?.precision !== 'DAY' || previous.resolved.start !== previous.resolved.end) return null;
  const day = parseIsoDate(previous.resolved.start);
  if (day === null) return null;
  const start = offset + match[0].length - phrase.length;
  return { span: { text: phrase, start, end: start + phrase.length }, resolved: dayPeriod(addDays(day, dayShift(phrase))) };
}
