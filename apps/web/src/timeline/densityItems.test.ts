// Density bars fall on the same days whichever window is fetched, so a pan
// hands vis-timeline only the bars it did not hold (VisTimeline.tsx).
import { describe, expect, it } from 'vitest';
import { dayNumber, shiftDay } from '@chronicle/calendar';
import { fetchWindowAround, nextFetchWindow, spanDays, type DayWindow } from '../dates/dayWindow.ts';
import { bucketCount, bucketDays, scaleTop } from './densityItems.ts';

/** The first day of each bar as the API cuts them (bucketBounds: runs of ceil(days / buckets) days from the window's first day). */
function barStarts(fetched: DayWindow, visible: DayWindow): number[] {
  const days = spanDays(fetched);
  const buckets = bucketCount(days, spanDays(visible));
  const size = Math.ceil(days / buckets);
  const first = dayNumber(fetched.from)!;
  return Array.from({ length: Math.ceil(days / size) }, (_, i) => first + i * size);
}

const windows: DayWindow[] = [
  { from: '2012-05-17', to: '2012-05-23' }, // the narrowest the timeline zooms to
  { from: '2019-01-01', to: '2019-03-31' },
  { from: '2003-02-11', to: '2004-09-30' },
  { from: '1999-04-01', to: '2031-04-01' }, // a fitted 25 years
];

describe('density bars', () => {
  it.each(windows)('fall on a grid of their own size, at most 500 to a window: $from to $to', (visible) => {
    const fetched = fetchWindowAround(visible);
    const size = bucketDays(spanDays(fetched), spanDays(visible));
    expect(Math.log2(size) % 1).toBe(0);
    expect(size).toBeGreaterThanOrEqual(spanDays(visible) / 60);
    const starts = barStarts(fetched, visible);
    expect(starts.length).toBeLessThanOrEqual(500);
    expect(starts.every((start) => start % size === 0)).toBe(true);
  });

  it.each(windows)('a pan keeps the bars both windows hold: $from to $to', (visible) => {
    const fetched = fetchWindowAround(visible);
    // Panned just past the end of the window fetched, so another is fetched.
    const shift = spanDays({ from: visible.to, to: fetched.to }) + 1;
    const panned = { from: shiftDay(visible.from, shift), to: shiftDay(visible.to, shift) };
    const refetched = nextFetchWindow(panned, fetched);
    expect(refetched).not.toEqual(fetched);
    const before = new Set(barStarts(fetched, visible));
    const after = barStarts(refetched, panned);
    const shared = after.filter((start) => before.has(start));
    expect(shared.length).toBeGreaterThan(after.length / 4);
    // Shared bars are the same bars: their size did not change.
    expect(bucketDays(spanDays(refetched), spanDays(panned))).toBe(bucketDays(spanDays(fetched), spanDays(visible)));
  });

  it('stay on the grid when zooming in keeps the window already fetched', () => {
    const wide = { from: '2010-01-01', to: '2011-12-31' };
    const fetched = fetchWindowAround(wide);
    const narrow = { from: '2010-04-01', to: '2011-06-30' };
    expect(nextFetchWindow(narrow, fetched)).toEqual(fetched);
    const size = bucketDays(spanDays(fetched), spanDays(narrow));
    const starts = barStarts(fetched, narrow);
    expect(starts.length).toBeLessThanOrEqual(500);
    expect(starts.every((start) => start % size === 0)).toBe(true);
  });

  it('scale against a round top, so a slightly busier bar does not rescale the others', () => {
    expect(scaleTop(1)).toBe(1);
    expect(scaleTop(7)).toBe(7.5);
    expect(scaleTop(118)).toBe(150);
    expect(scaleTop(121)).toBe(150);
    expect(scaleTop(151)).toBe(200);
    expect(scaleTop(760)).toBe(1000);
    expect(scaleTop(0)).toBe(1);
  });
});
