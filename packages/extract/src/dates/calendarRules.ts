import { dayPeriod, dayRange, isValidDate, monthPeriod, monthRange, yearPeriod, yearRange, type CalendarDate } from './calendar.ts';
import {
  fixed,
  groupEnd,
  groupStart,
  MISSING_PUBLICATION_DATE,
  type DateCandidate,
  type DateRule,
  type Resolution,
  type ResolutionContext,
} from './candidate.ts';
import { yearForMonth, yearForMonthDay } from './readerBias.ts';
import { ANY_MONTH_PATTERN, FULL_MONTH_PATTERN, monthNumber } from './vocabulary.ts';

// Calendar expressions that chrono's strict parser misses or reads without precision:
// a month on its own ("in March"), month and year, ranges written with "between",
// two days sharing a month ("5 and 6 March") and years ("in 2018", "2014–2018").

const PRIORITY = 1;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(1[89]\\d\\d|20\\d\\d|2100)';

function candidate(start: number, end: number, resolve: (context: ResolutionContext) => Resolution): DateCandidate {
  return { start, end, priority: PRIORITY, resolve };
}

/** A month without a year, placed the way a reader would; "last March" skips the current month. */
function monthWithoutYear(month: number, modifier: string) {
  return (context: ResolutionContext): Resolution => {
    if (context.published === null) return { unresolvedReason: MISSING_PUBLICATION_DATE };
    const lower = modifier.toLowerCase();
    const year =
      lower === 'last'
        ? yearForMonth(context.published, month, 'past', false)
        : lower === 'next'
          ? yearForMonth(context.published, month, 'future', false)
          : lower === 'this'
            ? context.published.year
            : yearForMonth(context.published, month, context.direction);
    return { resolved: monthPeriod(year, month) };
  };
}

function dayWithOptionalYear(month: number, day: number, yearText: string | undefined) {
  return (context: ResolutionContext): Resolution => {
    const year = yearText !== undefined ? Number(yearText) : yearFromPublication(context, month, day);
    if (year === null) return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
    if (!isValidDate(year, month, day)) return { unresolvedReason: 'not a real calendar date' };
    return { resolved: dayPeriod({ year, month, day }) };
  };
}

function yearFromPublication(context: ResolutionContext, month: number, day: number): number | null {
  return context.published === null ? null : yearForMonthDay(context.published, month, day, context.direction);
}

const monthYearRule: DateRule = {
  // "March 2019", "early March 2018", "in March of 2018"
  pattern: new RegExp(`\\b(?:(?:early|mid|late)[-\\s]?)?(${FULL_MONTH_PATTERN})\\s+(?:of\\s+)?${YEAR}\\b`, 'dg'),
  build: (match) => {
    const month = monthNumber(match[1] ?? '');
    if (month === null) return [];
    return [candidate(match.index, match.index + match[0].length, fixed(monthPeriod(Number(match[2]), month)))];
  },
};

const monthAloneRule: DateRule = {
  // "in March", "since early May", "last December". Needs a leading word so that the
  // verbs "march" and "may" are not read as months; the month itself must be capitalised.
  pattern: new RegExp(
    `\\b(?:in|since|until|by|during|of|through|throughout|before|after|from|(last|this|next))\\s+((?:(?:early|mid|late)[-\\s]?)?(${FULL_MONTH_PATTERN}))\\b(?!\\s*,?\\s*\\d)`,
    'dgi',
  ),
  build: (match) => {
    const monthWord = match[3] ?? '';
    if (!/^\p{Lu}/u.test(monthWord)) return [];
    const month = monthNumber(monthWord);
    if (month === null) return [];
    const modifier = match[1] ?? '';
    const start = modifier === '' ? groupStart(match, 2) : groupStart(match, 1);
    return [candidate(start, groupEnd(match, 2), monthWithoutYear(month, modifier))];
  },
};

const monthRangeRule: DateRule = {
  // "between January and March", "from October to December 2018", "January–March 2019"
  pattern: new RegExp(
    `\\b(?:between|from)\\s+(${FULL_MONTH_PATTERN})(?:\\s+${YEAR})?\\s+(?:and|to|through|until)\\s+(${FULL_MONTH_PATTERN})(?:\\s+${YEAR})?\\b(?!\\s*\\d)` +
      `|\\b(${FULL_MONTH_PATTERN})\\s*[-–—]\\s*(${FULL_MONTH_PATTERN})(?:\\s+${YEAR})?\\b(?!\\s*\\d)`,
    'dg',
  ),
  build: (match) => {
    const firstMonth = monthNumber(match[1] ?? match[5] ?? '');
    const lastMonth = monthNumber(match[3] ?? match[6] ?? '');
    if (firstMonth === null || lastMonth === null) return [];
    const firstYearText = match[2];
    const lastYearText = match[4] ?? match[7];
    const start = match[1] !== undefined ? groupStart(match, 1) : match.index;
    return [candidate(start, match.index + match[0].length, (context) => {
      let lastYear: number;
      if (lastYearText !== undefined) lastYear = Number(lastYearText);
      else if (firstYearText !== undefined) lastYear = Number(firstYearText) + (lastMonth < firstMonth ? 1 : 0);
      else if (context.published !== null) lastYear = yearForMonth(context.published, lastMonth, context.direction);
      else return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
      const firstYear = firstYearText !== undefined ? Number(firstYearText) : lastMonth < firstMonth ? lastYear - 1 : lastYear;
      return { resolved: monthRange(firstYear, firstMonth, lastYear, lastMonth) };
    })];
  },
};

function rangeOfDays(first: CalendarDate, last: CalendarDate): Resolution {
  if (!isValidDate(first.year, first.month, first.day) || !isValidDate(last.year, last.month, last.day)) {
    return { unresolvedReason: 'not a real calendar date' };
  }
  return { resolved: dayRange(first, last) };
}

const dayRangeRule: DateRule = {
  // "between 3 and 5 March", "between March 3 and 5", "between March 30 and April 2, 2019"
  pattern: new RegExp(
    `\\bbetween\\s+(\\d{1,2})${ORDINAL}\\s+and\\s+(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${ANY_MONTH_PATTERN})(?:,?\\s+${YEAR})?` +
      `|\\bbetween\\s+(${ANY_MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}\\s+and\\s+(?:(${ANY_MONTH_PATTERN})\\s+)?(\\d{1,2})${ORDINAL}\\b(?:,?\\s+${YEAR})?`,
    'dg',
  ),
  build: (match) => {
    const dayFirst = match[1] !== undefined;
    const firstMonth = monthNumber((dayFirst ? match[3] : match[5]) ?? '');
    const lastMonth = dayFirst ? firstMonth : monthNumber(match[7] ?? match[5] ?? '');
    const firstDay = Number(dayFirst ? match[1] : match[6]);
    const lastDay = Number(dayFirst ? match[2] : match[8]);
    const yearText = dayFirst ? match[4] : match[9];
    if (firstMonth === null || lastMonth === null) return [];
    const start = groupStart(match, dayFirst ? 1 : 5);
    return [candidate(start, match.index + match[0].length, (context) => {
      const lastYear = yearText !== undefined ? Number(yearText) : yearFromPublication(context, lastMonth, lastDay);
      if (lastYear === null) return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
      const firstYear = firstMonth > lastMonth ? lastYear - 1 : lastYear;
      return rangeOfDays({ year: firstYear, month: firstMonth, day: firstDay }, { year: lastYear, month: lastMonth, day: lastDay });
    })];
  },
};

const dayPairRule: DateRule = {
  // "on 5 and 6 March" and "January 10 and 23" name two separate days; chrono only sees one.
  pattern: new RegExp(
    `\\b(\\d{1,2})${ORDINAL}\\s+and\\s+(\\d{1,2}${ORDINAL}\\s+(?:of\\s+)?(${ANY_MONTH_PATTERN})(?:,?\\s+${YEAR})?)` +
      `|\\b((${ANY_MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL})\\s+and\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+${YEAR})?(?=\\s*(?:[,.;)]|$|respectively\\b))`,
    'dg',
  ),
  build: (match) => {
    if (match[1] !== undefined) {
      const month = monthNumber(match[3] ?? '');
      if (month === null) return [];
      const secondDay = Number((match[2] ?? '').match(/\d+/)?.[0]);
      return [
        candidate(groupStart(match, 1), groupEnd(match, 1), dayWithOptionalYear(month, Number(match[1]), match[4])),
        candidate(groupStart(match, 2), groupEnd(match, 2), dayWithOptionalYear(month, secondDay, match[4])),
      ];
    }
    const month = monthNumber(match[6] ?? '');
    if (month === null) return [];
    return [
      candidate(groupStart(match, 5), groupEnd(match, 5), dayWithOptionalYear(month, Number(match[7]), match[9])),
      candidate(groupStart(match, 8), match.index + match[0].length, dayWithOptionalYear(month, Number(match[8]), match[9])),
    ];
  },
};

const yearRangeRule: DateRule = {
  pattern: new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|through)\\s+${YEAR}\\b|\\b${YEAR}\\s*[-–]\\s*${YEAR}\\b`, 'dg'),
  build: (match) => {
    const first = Number(match[1] ?? match[3]);
    const last = Number(match[2] ?? match[4]);
    if (last < first) return [];
    const start = match[1] !== undefined ? groupStart(match, 1) : match.index;
    return [candidate(start, match.index + match[0].length, fixed(yearRange(first, last)))];
  },
};

const yearRule: DateRule = {
  // "in 2018", "since 2014", "the 2018 election", "mid-2018". A bare four-digit number is
  // only a year after one of these words, which keeps counts ("some 2000 troops") out.
  pattern: new RegExp(
    `\\b(?:in|since|by|during|until|till|through|throughout|of|from|before|after|early|late|the|a|its|his|her|their)\\s+${YEAR}\\b(?!\\s*(?:%|percent|people|troops|soldiers|km|kilometers|miles|dollars|euros|barrels|tons|tonnes|men|women|members|deaths|cases|[-–]\\d))|\\bmid-${YEAR}\\b`,
    'dgi',
  ),
  build: (match) => {
    const group = match[1] !== undefined ? 1 : 2;
    const start = group === 2 ? match.index : groupStart(match, 1);
    return [candidate(start, groupEnd(match, group), fixed(yearPeriod(Number(match[group]))))];
  },
};

export const CALENDAR_RULES: readonly DateRule[] = [
  monthYearRule,
  monthAloneRule,
  monthRangeRule,
  dayRangeRule,
  dayPairRule,
  yearRangeRule,
  yearRule,
];
