import { groupEnd, groupStart, type DateRule } from './candidate.ts';
import { candidate, dayWithOptionalYear, daysBetween, ORDINAL, RANGE_WORD, YEAR } from './ruleParts.ts';
import { ANY_MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN } from './vocabulary.ts';

// Calendar days as wire copy writes them: "January 23", "Jan. 23, 2019", "23 January",
// "the 23rd of January", "Tuesday, January 22", and spans: "3 to 5 March", "March 3-5",
// "March 30 to April 2", "between 3 and 5 March", plus two days sharing a month
// ("5 and 6 March", "January 10 and 23"). Month names must be capitalised, so "may"
// and "march" the verbs stay out.

const MONTH = `(${ANY_MONTH_PATTERN})`;
const DAY = `(\\d{1,2})${ORDINAL}`;

const monthDayRule: DateRule = {
  pattern: new RegExp(`\\b(?:(?:${WEEKDAY_PATTERN}),?\\s+)?${MONTH}\\s+${DAY}\\b(?!\\s*${RANGE_WORD}\\s*\\d)(?:,?\\s+${YEAR}\\b)?`, 'dg'),
  build: (match) => {
    const month = monthNumber(match[1] ?? '');
    return month === null ? [] : [candidate(match.index, match.index + match[0].length, dayWithOptionalYear(month, Number(match[2]), match[3]))];
  },
};

const dayMonthRule: DateRule = {
  pattern: new RegExp(`\\b(?:(?:${WEEKDAY_PATTERN}),?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'dg'),
  build: (match) => {
    const month = monthNumber(match[2] ?? '');
    return month === null ? [] : [candidate(match.index, match.index + match[0].length, dayWithOptionalYear(month, Number(match[1]), match[3]))];
  },
};

const spanRule: DateRule = {
  pattern: new RegExp(
    // 1-4: "3 to 5 March 2019"; 5-9: "March 30 to April 2, 2019"; 10-14: "30 March to 2 April 2019"
    `\\b${DAY}\\s*${RANGE_WORD}\\s*${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?` +
      `|\\b${MONTH}\\s+${DAY}\\s*${RANGE_WORD}\\s*(?:${MONTH}\\s+)?${DAY}\\b(?:,?\\s+${YEAR}\\b)?` +
      `|\\b${DAY}\\s+${MONTH}\\s*${RANGE_WORD}\\s*${DAY}\\s+${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?`,
    'dg',
  ),
  build: (match) => {
    if (match[1] !== undefined) {
      const month = monthNumber(match[3] ?? '');
      return month === null
        ? []
        : [candidate(match.index, match.index + match[0].length, daysBetween(month, Number(match[1]), month, Number(match[2]), match[4]))];
    }
    if (match[5] !== undefined) {
      const firstMonth = monthNumber(match[5]);
      const lastMonth = match[7] === undefined ? firstMonth : monthNumber(match[7]);
      if (firstMonth === null || lastMonth === null) return [];
      return [candidate(match.index, match.index + match[0].length, daysBetween(firstMonth, Number(match[6]), lastMonth, Number(match[8]), match[9]))];
    }
    const firstMonth = monthNumber(match[11] ?? '');
    const lastMonth = monthNumber(match[13] ?? '');
    if (firstMonth === null || lastMonth === null) return [];
    return [candidate(match.index, match.index + match[0].length, daysBetween(firstMonth, Number(match[10]), lastMonth, Number(match[12]), match[14]))];
  },
};

const betweenDaysRule: DateRule = {
  // "between 3 and 5 March", "between March 3 and 5", "between March 30 and April 2, 2019"
  pattern: new RegExp(
    `\\bbetween\\s+${DAY}\\s+and\\s+${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?` +
      `|\\bbetween\\s+${MONTH}\\s+${DAY}\\s+and\\s+(?:${MONTH}\\s+)?${DAY}\\b(?:,?\\s+${YEAR})?`,
    'dg',
  ),
  build: (match) => {
    const dayFirst = match[1] !== undefined;
    const firstMonth = monthNumber((dayFirst ? match[3] : match[5]) ?? '');
    const lastMonth = dayFirst ? firstMonth : monthNumber(match[7] ?? match[5] ?? '');
    if (firstMonth === null || lastMonth === null) return [];
    const firstDay = Number(dayFirst ? match[1] : match[6]);
    const lastDay = Number(dayFirst ? match[2] : match[8]);
    const start = groupStart(match, dayFirst ? 1 : 5);
    return [candidate(start, match.index + match[0].length, daysBetween(firstMonth, firstDay, lastMonth, lastDay, dayFirst ? match[4] : match[9]))];
  },
};

const dayPairRule: DateRule = {
  // "on 5 and 6 March" and "January 10 and 23" name two separate days.
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

export const DAY_RULES: readonly DateRule[] = [monthDayRule, dayMonthRule, spanRule, betweenDaysRule, dayPairRule];
