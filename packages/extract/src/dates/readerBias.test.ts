import { describe, expect, it } from 'vitest';
import { weekdayNear, yearForMonthDay } from './readerBias.ts';

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
