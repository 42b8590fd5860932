// Which window the timeline asks the API for, as plain functions.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '@chronicle/calendar';
import { contains, fetchWindowAround, fitWindow, nextFetchWindow, spanDays } from '../src/dates/dayWindow.ts';
import { nearestDay } from '../src/dates/localMidnight.ts';

describe('local midnight', () => {
  it('rounds a time to the nearest local midnight', () => {
    expect(nearestDay(new Date(2019, 0, 23, 11, 0))).toBe('2019-01-23');
    expect(nearestDay(new Date(2019, 0, 23, 13, 0))).toBe('2019-01-24');
  });
});

describe('the fetched window', () => {
  const january = { from: '2019-01-01', to: '2019-01-31' };

  it('covers what is visible plus a margin on both sides', () => {
    const fetched = fetchWindowAround(january);
    expect(contains(fetched, january)).toBe(true);
    expect(daysBetween(fetched.from, january.from)).toBeGreaterThanOrEqual(15);
    expect(daysBetween(january.to, fetched.to)).toBeGreaterThanOrEqual(15);
    // Never the whole world: a month asks for a few months at most.
    expect(spanDays(fetched)).toBeLessThan(4 * spanDays(january));
  });

  it('is the same window after a small pan, so the cache answers', () => {
    const panned = { from: '2019-01-04', to: '2019-02-03' };
    expect(nextFetchWindow(panned, fetchWindowAround(january))).toEqual(fetchWindowAround(january));
  });

  it('asks again when the view leaves it or zooms far into it', () => {
    const fetched = fetchWindowAround(january);
    const later = { from: '2019-06-01', to: '2019-06-30' };
    expect(nextFetchWindow(later, fetched)).toEqual(fetchWindowAround(later));
    const year = fetchWindowAround({ from: '2019-01-01', to: '2019-12-31' });
    const oneWeek = { from: '2019-03-01', to: '2019-03-07' };
    expect(spanDays(nextFetchWindow(oneWeek, year))).toBeLessThan(60);
  });

  it('fits a timeline with more room after its last event than before its first', () => {
    const fit = fitWindow('2019-01-04', '2019-11-17');
    expect(fit.from < '2019-01-04' && fit.to > '2019-11-17').toBe(true);
    expect(daysBetween('2019-11-17', fit.to)).toBeGreaterThan(daysBetween(fit.from, '2019-01-04'));
  });
});
