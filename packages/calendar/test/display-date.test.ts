import { describe, expect, it } from 'vitest';
import { displayDate, monthName, parseCalendarDay, spanOf, type DatePrecision } from '../src/index.ts';

const shown = (start: string, precision: DatePrecision, end?: string) =>
  displayDate(spanOf(parseCalendarDay(start)!, precision, end ? parseCalendarDay(end)! : null));

describe('displayDate', () => {
  it('names months in English', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(12)).toBe('December');
    expect(() => monthName(13)).toThrow(RangeError);
  });

  it('shows a single period as precisely as it is known', () => {
    expect(shown('2019-01-23', 'DAY')).toBe('23 January 2019');
    expect(shown('2019-02-06', 'WEEK')).toBe('week of 4 February 2019');
    expect(shown('2019-06-17', 'MONTH')).toBe('June 2019');
    expect(shown('2019-06-17', 'YEAR')).toBe('2019');
  });

  it('shows a range without repeating what both ends share', () => {
    expect(shown('2019-03-07', 'DAY', '2019-03-14')).toBe('7 – 14 March 2019');
    expect(shown('2019-03-30', 'DAY', '2019-04-02')).toBe('30 March – 2 April 2019');
    expect(shown('2019-12-30', 'DAY', '2020-01-02')).toBe('30 December 2019 – 2 January 2020');
    expect(shown('2019-03-01', 'MONTH', '2019-05-01')).toBe('March – May 2019');
    expect(shown('2019-11-01', 'MONTH', '2020-02-01')).toBe('November 2019 – February 2020');
    expect(shown('2019-02-06', 'WEEK', '2019-02-13')).toBe('week of 4 February 2019 – week of 11 February 2019');
    expect(shown('2018-05-01', 'YEAR', '2019-01-01')).toBe('2018 – 2019');
  });
});
