import { describe, expect, it } from 'vitest';
import {
  dayFromNumber,
  dayNumber,
  daysBetween,
  formatDate,
  isCalendarDay,
  parseCalendarDay,
  parseDay,
  parseIsoDate,
  shiftDay,
  toCalendarDay,
} from '../src/index.ts';

describe('days written as YYYY-MM-DD', () => {
  it('reads exactly YYYY-MM-DD, and only real days', () => {
    expect(parseDay('2019-06-25')).toEqual({ year: 2019, month: 6, day: 25 });
    expect(parseDay('2019-02-30')).toBeNull();
    expect(parseDay('2019-6-25')).toBeNull();
    expect(parseDay('2019-06-25T10:00:00Z')).toBeNull();
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2019-02-29')).toBe(false);
  });

  it('reads the date part of an ISO timestamp', () => {
    expect(parseIsoDate(' 2019-06-25T10:00:00Z')).toEqual({ year: 2019, month: 6, day: 25 });
    expect(parseIsoDate('2019-02-30')).toBeNull();
    expect(parseIsoDate('25/06/2019')).toBeNull();
  });

  it('writes four-digit years', () => {
    expect(formatDate({ year: 1, month: 1, day: 1 })).toBe('0001-01-01');
  });

  it('counts and shifts days without a time zone', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayFromNumber(dayNumber('2019-01-23')!)).toBe('2019-01-23');
    expect(shiftDay('2019-12-30', 3)).toBe('2020-01-02');
    expect(shiftDay('2020-03-01', -1)).toBe('2020-02-29');
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
    expect(() => shiftDay('2019-13-01', 1)).toThrow('not a calendar day: 2019-13-01');
  });

  it('round-trips days through Dates at midnight UTC, year 1 included', () => {
    expect(parseCalendarDay('2019-01-23')?.toISOString()).toBe('2019-01-23T00:00:00.000Z');
    expect(parseCalendarDay('2019-02-29')).toBeNull();
    expect(parseCalendarDay('0000-01-01')).toBeNull();
    expect(toCalendarDay(parseCalendarDay('0001-01-01')!)).toBe('0001-01-01');
    expect(toCalendarDay(new Date('2019-01-23T23:59:59.999Z'))).toBe('2019-01-23');
    expect(() => toCalendarDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
