import { addDays, addMonths, dayPeriod, dayRange, isoWeekPeriod, monthPeriod, yearPeriod, type CalendarDate } from '@chronicle/calendar';
import { relativeToPublication, type DateRule } from './candidate.ts';
import { weekdayNear } from './readerBias.ts';
import { countValue, WEEKDAY_PATTERN, weekdayNumber } from './vocabulary.ts';
import type { ResolvedDate } from '../types.ts';

// Expressions that only mean something against the publication date: "on Tuesday",
// "last week", "earlier this month", "two years ago".

const PRIORITY = 1;

type Shift = 'this' | 'last' | 'next';

function shiftOf(word: string): Shift {
  const lower = word.toLowerCase();
  return lower === 'last' ? 'last' : lower === 'next' ? 'next' : 'this';
}

function placePeriod(unit: string, shift: Shift, published: CalendarDate): ResolvedDate {
  const step = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
  switch (unit.toLowerCase()) {
    case 'week':
      return isoWeekPeriod(addDays(published, 7 * step));
    case 'month': {
      const month = addMonths(published.year, published.month, step);
      return monthPeriod(month.year, month.month);
    }
    case 'weekend': {
      const week = isoWeekPeriod(addDays(published, 7 * step));
      const sunday = parseDay(week.end);
      return dayRange(addDays(sunday, -1), sunday);
    }
    default:
      return yearPeriod(published.year + step);
  }
}

function parseDay(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

const periodRule: DateRule = {
  // "earlier this month", "last week", "later this year", "next weekend"
  pattern:
    /\b(?:(?:earlier|later|early|late|at the (?:start|end|beginning) of|in the (?:first|second|last) half of)\s+)?(this|last|next)\s+(week|month|year|weekend)\b/dgi,
  build: (match) => {
    const shift = shiftOf(match[1] ?? 'this');
    const unit = match[2] ?? 'year';
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        priority: PRIORITY,
        resolve: relativeToPublication((published) => placePeriod(unit, shift, published)),
      },
    ];
  },
};

const dayWordRule: DateRule = {
  pattern: /\b(today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/dgi,
  build: (match) => {
    const word = (match[1] ?? '').toLowerCase();
    const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        priority: PRIORITY,
        resolve: relativeToPublication((published) => dayPeriod(addDays(published, offset))),
      },
    ];
  },
};

const agoRule: DateRule = {
  // "three days ago", "two weeks ago", "a year ago"
  pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/dgi,
  build: (match) => {
    const count = countValue(match[1] ?? '');
    if (count === null) return [];
    const unit = (match[2] ?? '').toLowerCase();
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        priority: PRIORITY,
        resolve: relativeToPublication((published) => {
          if (unit === 'day') return dayPeriod(addDays(published, -count));
          if (unit === 'week') return isoWeekPeriod(addDays(published, -7 * count));
          if (unit === 'month') {
            const month = addMonths(published.year, published.month, -count);
            return monthPeriod(month.year, month.month);
          }
          return yearPeriod(published.year - count);
        }),
      },
    ];
  },
};

const weekdayRule: DateRule = {
  // "on Tuesday", "last Friday", "next Monday", "this past Sunday"; a weekday followed by a
  // calendar date ("Tuesday, January 22") is left to the calendar rules.
  pattern: new RegExp(
    `\\b(?:(this past|last|next|this|past)\\s+)?(${WEEKDAY_PATTERN})\\b(?:\\s+(?:morning|afternoon|evening|night))?(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?![\\d-]))(?!,?\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)`,
    'dgi',
  ),
  build: (match) => {
    const weekday = weekdayNumber(match[2] ?? '');
    if (weekday === null) return [];
    const modifier = (match[1] ?? '').toLowerCase();
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        priority: PRIORITY,
        resolve: relativeToPublication((published, direction) => {
          if (modifier === 'next') return dayPeriod(weekdayNear(published, weekday, 'future', false));
          if (modifier === 'last' || modifier === 'this past' || modifier === 'past') {
            return dayPeriod(weekdayNear(published, weekday, 'past', false));
          }
          return dayPeriod(weekdayNear(published, weekday, direction, true));
        }),
      },
    ];
  },
};

export const RELATIVE_RULES: readonly DateRule[] = [periodRule, dayWordRule, agoRule, weekdayRule];
