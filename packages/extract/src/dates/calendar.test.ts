import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isoWeekPeriod, parseIsoDate } from './calendar.ts';
import { weekdayNear, yearForMonthDay } from './readerBias.ts';

describe('calendar arithmetic', () => {
  it('ISO weeks run Monday to Sunday, across year ends', () => {
    expect(isoWeekPeriod({ year: 2019, month: 1, day: 1 })).toEqual({ start: '2018-12-31', end: '2019-01-06', precision: 'WEEK' });
    expect(isoWeekPeriod({ year: 2019, month: 6, day: 30 }).start).toBe('2019-06-24');
  });

  it('adds months across years and knows leap years', () => {
    expect(addMonths(2019, 1, -1)).toEqual({ year: 2018, month: 12 });
    expect(addMonths(2019, 11, 3)).toEqual({ year: 2020, month: 2 });
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
  });

  it('reads only real ISO dates', () => {
    expect(parseIsoDate('2019-06-25T10:00:00Z')).toEqual({ year: 2019, month: 6, day: 25 });
    expect(parseIsoDate('2019-02-30')).toBeNull();
    expect(parseIsoDate('25/06/2019')).toBeNull();
  });
});

describe('reader bias', () => {
  const tuesday = { year: 2019, month: 6, day: 25 };

  it('picks the weekday on or before publication, or after for the future', () => {
    expect(weekdayNear(tuesday, 2, 'past', true)).toEqual(tuesday);
    expect(weekdayNear(tuesday, 2, 'past', false)).toEqual({ year: 2019, month: 6, day: 18 });
    expect(weekdayNear(tuesday, 4, 'future', true)).toEqual({ year: 2019, month: 6, day: 27 });
  });

  it('puts a month and day after publication in the previous year', () => {
    expect(yearForMonthDay(tuesday, 6, 25, 'past')).toBe(2019);
    expect(yearForMonthDay(tuesday, 6, 26, 'past')).toBe(2018);
    expect(yearForMonthDay(tuesday, 1, 10, 'future')).toBe(2020);
  });
});
