import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDateOf, compareDates, dayNumberOf, daysInMonth, isValidDate, weekdayOf } from '../src/index.ts';

describe('calendar dates', () => {
  it('agrees with Date on day numbers and weekdays from 1800 to 2200', () => {
    for (let n = Date.UTC(1800, 0, 1) / 86_400_000; n <= Date.UTC(2200, 0, 1) / 86_400_000; n += 97) {
      const reference = new Date(n * 86_400_000);
      const date = { year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() };
      expect(dayNumberOf(date)).toBe(n);
      expect(calendarDateOf(n)).toEqual(date);
      expect(weekdayOf(date)).toBe(reference.getUTCDay());
    }
  });

  it('keeps years 0–99 as written (Date.UTC would move them to the 1900s)', () => {
    expect(addDays({ year: 1, month: 12, day: 31 }, 1)).toEqual({ year: 2, month: 1, day: 1 });
    expect(calendarDateOf(dayNumberOf({ year: 50, month: 3, day: 1 }))).toEqual({ year: 50, month: 3, day: 1 });
  });

  it('adds days across month and year ends, and a day past the month runs on', () => {
    expect(addDays({ year: 2019, month: 12, day: 31 }, 1)).toEqual({ year: 2020, month: 1, day: 1 });
    expect(addDays({ year: 2020, month: 3, day: 1 }, -1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(dayNumberOf({ year: 2019, month: 1, day: 32 })).toBe(dayNumberOf({ year: 2019, month: 2, day: 1 }));
  });

  it('adds months across years and knows leap years', () => {
    expect(addMonths(2019, 1, -1)).toEqual({ year: 2018, month: 12 });
    expect(addMonths(2019, 11, 3)).toEqual({ year: 2020, month: 2 });
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('knows real dates from impossible ones', () => {
    expect(isValidDate(2019, 2, 28)).toBe(true);
    expect(isValidDate(2019, 2, 29)).toBe(false);
    expect(isValidDate(2019, 13, 1)).toBe(false);
    expect(isValidDate(2019, 4, 0)).toBe(false);
  });

  it('orders dates', () => {
    expect(compareDates({ year: 2019, month: 1, day: 2 }, { year: 2019, month: 1, day: 1 })).toBeGreaterThan(0);
    expect(compareDates({ year: 2018, month: 12, day: 31 }, { year: 2019, month: 1, day: 1 })).toBeLessThan(0);
  });

  it('refuses a day number that is not one', () => {
    expect(() => calendarDateOf(Number.NaN)).toThrow(RangeError);
  });
});
