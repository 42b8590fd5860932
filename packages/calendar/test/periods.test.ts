import { describe, expect, it } from 'vitest';
import {
  dayRange,
  isoWeekPeriod,
  monthPeriod,
  monthRange,
  parseCalendarDay,
  periodEnd,
  periodStart,
  spanOf,
  spanOfPeriod,
  yearPeriod,
  yearRange,
} from '../src/index.ts';

const day = (value: string) => parseCalendarDay(value)!;
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('periods', () => {
  it('ISO weeks run Monday to Sunday, across year ends', () => {
    expect(isoWeekPeriod({ year: 2019, month: 1, day: 1 })).toEqual({ start: '2018-12-31', end: '2019-01-06', precision: 'WEEK' });
    expect(isoWeekPeriod({ year: 2019, month: 6, day: 30 }).start).toBe('2019-06-24');
    expect(isoWeekPeriod({ year: 2019, month: 6, day: 24 }).end).toBe('2019-06-30');
  });

  it('months and years cover all their days', () => {
    expect(monthPeriod(2020, 2)).toEqual({ start: '2020-02-01', end: '2020-02-29', precision: 'MONTH' });
    expect(monthRange(2019, 11, 2020, 1)).toEqual({ start: '2019-11-01', end: '2020-01-31', precision: 'MONTH' });
    expect(yearPeriod(2019)).toEqual({ start: '2019-01-01', end: '2019-12-31', precision: 'YEAR' });
    expect(yearRange(2018, 2019).start).toBe('2018-01-01');
    expect(dayRange({ year: 2019, month: 3, day: 7 }, { year: 2019, month: 3, day: 14 })).toEqual({ start: '2019-03-07', end: '2019-03-14', precision: 'DAY' });
  });

  it('finds the stored bounds of a date at each precision', () => {
    const tuesday = day('2019-06-25');
    expect(iso(periodStart(tuesday, 'WEEK'))).toBe('2019-06-24');
    expect(iso(periodEnd(tuesday, 'WEEK'))).toBe('2019-06-30');
    expect(iso(periodEnd(tuesday, 'MONTH'))).toBe('2019-06-30');
    expect(iso(periodStart(tuesday, 'YEAR'))).toBe('2019-01-01');
    expect(iso(periodStart(new Date('2019-06-25T18:30:00Z'), 'DAY'))).toBe('2019-06-25');
  });

  it('spans an event from its start period to its end period', () => {
    expect(spanOf(day('2019-06-10'), 'MONTH')).toEqual({ startsOn: day('2019-06-01'), endsOn: day('2019-06-30'), isRange: false, precision: 'MONTH' });
    expect(spanOf(day('2019-03-15'), 'MONTH', day('2019-05-02'))).toMatchObject({ startsOn: day('2019-03-01'), endsOn: day('2019-05-31'), isRange: true });
    expect(spanOf(day('2019-06-25'), 'WEEK', day('2019-06-27')).isRange).toBe(false);
    expect(() => spanOf(day('2019-06-25'), 'DAY', day('2019-06-24'))).toThrow('an event cannot end before it starts');
  });
});

describe('spanOfPeriod', () => {
  it('stores a period as extraction hands it over, and refuses a day no calendar holds', () => {
    const june = spanOfPeriod({ start: '2019-06-01', end: '2019-06-30', precision: 'MONTH' });
    expect(june && { ...june, startsOn: june.startsOn.toISOString().slice(0, 10), endsOn: june.endsOn.toISOString().slice(0, 10) }).toEqual({
      startsOn: '2019-06-01',
      endsOn: '2019-06-30',
      isRange: false,
      precision: 'MONTH',
    });
    const days = spanOfPeriod({ start: '2019-01-10', end: '2019-01-23', precision: 'DAY' });
    expect(days?.isRange).toBe(true);
    expect(spanOfPeriod({ start: '2019-02-30', end: '2019-02-30', precision: 'DAY' })).toBeNull();
  });
});
