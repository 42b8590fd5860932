// Month and weekday words as they appear in English wire copy.

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Full month names only: a bare "Mar" or "Jun" without a day is too easily something else. */
export const FULL_MONTH_PATTERN = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const ANY_MONTH_PATTERN = `${FULL_MONTH_PATTERN}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?`;

export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);
export const WEEKDAY_PATTERN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['several', Number.NaN],
]);

export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NUMBERS.get(word.toLowerCase()) ?? null;
}

export function countValue(word: string): number | null {
  const fromWord = COUNT_WORDS.get(word.toLowerCase());
  if (fromWord !== undefined) return Number.isNaN(fromWord) ? null : fromWord;
  const numeric = Number(word);
  return Number.isInteger(numeric) && numeric > 0 ? numeric : null;
}
