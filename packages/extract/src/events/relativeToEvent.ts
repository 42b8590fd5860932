import { addDays, parseIsoDate, dayPeriod, yearPeriod } from '@chronicle/calendar';
import { countValue } from '../dates/vocabulary.ts';
import type { DateMention } from '../types.ts';

// "Hours earlier", "The same day", "A day later", "Earlier, …": a sentence dated against the event the
// story was just telling, not against the publication date. Only days can be shifted
// this way; against a week or a month the phrase says nothing precise.

const OPENER =
  /^(?:(?:meanwhile|also|and)\s*,?\s+)?(hours\s+(?:earlier|later)|minutes\s+(?:earlier|later)|(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?:that|the)\s+same\s+day|(?:a|one)\s+day\s+(?:earlier|later|before|after)|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|(?:earlier|later)(?=\s*,))\b/i;

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
  return dayRelativeToEvent(sentence, offset, previous) ?? yearRelativeToEvent(sentence, offset, previous);
}

// "He survived a coup attempt the following year", "Two years later, he …": years count
// from the year of the event just told, whatever its precision.
const YEAR_SHIFT =
  /\b(the\s+(?:following|previous)\s+year|the\s+year\s+(?:after|before)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:later|earlier))\b/i;

function yearRelativeToEvent(sentence: string, offset: number, previous: DateMention | null): DateMention | null {
  const match = YEAR_SHIFT.exec(sentence);
  const phrase = match?.[1];
  const year = previous?.resolved === null || previous?.resolved === undefined ? null : Number(previous.resolved.start.slice(0, 4));
  if (match === null || phrase === undefined || year === null || previous?.resolved?.start.slice(0, 4) !== previous?.resolved?.end.slice(0, 4)) return null;
  const lower = phrase.toLowerCase();
  const count = /^(?:the|a|one)\b/.test(lower) ? 1 : (countValue(lower.split(/\s+/)[0] ?? '') ?? Number(lower.split(/\s+/)[0]));
  if (!Number.isFinite(count)) return null;
  // "over the previous year and a half" is a span, not the year something happened.
  if (/\b(?:over|within|for|during|through|throughout|since)\s+$/i.test(sentence.slice(0, match.index))) return null;
  const direction = /\b(previous|before|earlier)\b/.test(lower) ? -1 : 1;
  const start = offset + match.index;
  return { span: { text: phrase, start, end: start + phrase.length }, resolved: yearPeriod(year + direction * count) };
}

// "… announced hours earlier that …", "… had met a day earlier": the same phrases inside the
// sentence; "immediately drew recognition", "responded … by breaking ties": a reaction
// on the day of what it reacts to. ("calls for democracy to be immediately restored" asks
// for something; nothing happened that day.)
const WITHIN =
  /\b((?:hours|minutes)\s+(?:earlier|later)|(?:a|one)\s+day\s+(?:earlier|later)|(?<!\b(?:be|been|being|to)\s+)(?:immediately|promptly|swiftly|quickly)(?=\s+(?:\w+ed|drew|took|made|sent|began|won|came|gave|broke|cut|hit|struck|rose|fell)\b)|responded(?=\s+(?:to|by)\b))/i;

function dayRelativeToEvent(sentence: string, offset: number, previous: DateMention | null): DateMention | null {
  const opening = OPENER.exec(sentence);
  const within = opening === null ? WITHIN.exec(sentence) : null;
  const match = opening ?? within;
  const phrase = match?.[1];
  if (match === null || phrase === undefined || previous?.resolved?.precision !== 'DAY' || previous.resolved.start !== previous.resolved.end) return null;
  const day = parseIsoDate(previous.resolved.start);
  if (day === null) return null;
  const start = offset + match.index + match[0].length - phrase.length;
  return { span: { text: phrase, start, end: start + phrase.length }, resolved: dayPeriod(addDays(day, dayShift(phrase))) };
}
