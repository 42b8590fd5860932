import { expect, it } from 'vitest';
import { datesDisagree, KEY_EVENT_WEIGHT, salience } from './salience.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

it('counts each publisher once, quotes up to three, and a key event above any coverage', () => {
  expect(salience({ isKey: false, publishers: ['Reuters', 'reuters ', 'TASS'], quotes: [] })).toBe(2);
  expect(salience({ isKey: false, publishers: [null, null], quotes: [] })).toBe(2);
  expect(salience({ isKey: false, publishers: ['Fort Russ'], quotes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] })).toBe(4);
  expect(salience({ isKey: true, publishers: ['Fort Russ'], quotes: [] })).toBe(1 + KEY_EVENT_WEIGHT);
});

it('sources disagree when their resolved dates differ in span or precision, not when one gives no date', () => {
  const saturday = { resolvedStartsOn: day('2019-03-23'), resolvedEndsOn: day('2019-03-23'), resolvedPrecision: 'DAY' as const };
  const weekend = { ...saturday, resolvedEndsOn: day('2019-03-24') };
  const week = { resolvedStartsOn: day('2019-03-18'), resolvedEndsOn: day('2019-03-24'), resolvedPrecision: 'WEEK' as const };
  const undated = { resolvedStartsOn: null, resolvedEndsOn: null, resolvedPrecision: null };
  expect(datesDisagree([saturday, { ...saturday }, undated])).toBe(false);
  expect(datesDisagree([saturday, weekend])).toBe(true);
  expect(datesDisagree([weekend, week])).toBe(true);
  expect(datesDisagree([undated, weekend])).toBe(false);
});
