import { monthPeriod, monthRange, yearPeriod, yearRange } from '@chronicle/calendar';
import { fixed, groupEnd, groupStart, MISSING_PUBLICATION_DATE, type DateRule, type Resolution, type ResolutionContext } from './candidate.ts';
import { yearForMonth } from './readerBias.ts';
import { candidate, YEAR } from './ruleParts.ts';
import { FULL_MONTH_PATTERN, monthNumber } from './vocabulary.ts';

// Months and years: a month on its own ("in March", "last December"), month and year
// ("March 2019"), spans of months ("between January and March") and years ("in 2018",
// "2014–2018").

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

const monthOfRelativeYearRule: DateRule = {
  // "In July of this year", "in March of last year": one month, not a month and a year.
  pattern: new RegExp(`\\b((?:(?:early|mid|late)[-\\s]?)?(${FULL_MONTH_PATTERN}))\\s+of\\s+(this|last|next)\\s+year\\b`, 'dg'),
  build: (match) => {
    const month = monthNumber(match[2] ?? '');
    if (month === null) return [];
    const which = (match[3] ?? '').toLowerCase();
    return [
      candidate(groupStart(match, 1), match.index + match[0].length, (context) => {
        if (context.published === null) return { unresolvedReason: MISSING_PUBLICATION_DATE };
        const year = context.published.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
        return { resolved: monthPeriod(year, month) };
      }),
    ];
  },
};

const attributiveMonthRule: DateRule = {
  // "the November elections", "last month's vote" aside: a month naming an occasion. May is
  // left out: "the May government" is Theresa May's.
  pattern: new RegExp(
    `\\bthe\\s+((?:January|February|March|April|June|July|August|September|October|November|December))\\s+(?=(?:election|elections|vote|poll|polls|referendum|summit|meeting|talks|attack|attacks|coup|protests|uprising|ceasefire|deal|agreement|accord|offensive|crackdown|strike|strikes)\\b)`,
    'dg',
  ),
  build: (match) => {
    const month = monthNumber(match[1] ?? '');
    if (month === null) return [];
    return [candidate(groupStart(match, 1), groupEnd(match, 1), monthWithoutYear(month, ''))];
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
    return [
      candidate(start, match.index + match[0].length, (context) => {
        let lastYear: number;
        if (lastYearText !== undefined) lastYear = Number(lastYearText);
        else if (firstYearText !== undefined) lastYear = Number(firstYearText) + (lastMonth < firstMonth ? 1 : 0);
        else if (context.published !== null) lastYear = yearForMonth(context.published, lastMonth, context.direction);
        else return { unresolvedReason: `no year given; ${MISSING_PUBLICATION_DATE}` };
        const firstYear = firstYearText !== undefined ? Number(firstYearText) : lastMonth < firstMonth ? lastYear - 1 : lastYear;
        return { resolved: monthRange(firstYear, firstMonth, lastYear, lastMonth) };
      }),
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
  monthOfRelativeYearRule,
  attributiveMonthRule,
  monthAloneRule,
  monthRangeRule,
  yearRangeRule,
  yearRule,
];
