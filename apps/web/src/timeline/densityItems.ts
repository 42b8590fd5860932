// Event counts per bucket as background bars, for a window too wide or too
// crowded to show events one by one.
import { shiftDay } from '@chronicle/calendar';
import { dayToDate } from '../dates/localMidnight.ts';

export interface Bucket {
  from: string;
  /** Last day, inclusive. */
  to: string;
  count: number;
}

export interface DensityItem {
  id: string;
  /** Changes when what the bar shows changes; vis-timeline is handed only the bars whose key changed. */
  key: string;
  type: 'background';
  start: Date;
  end: Date;
  className: string;
  content: HTMLElement;
}

function describe(bucket: Bucket): string {
  const noun = bucket.count === 1 ? 'event' : 'events';
  return `${bucket.count} ${noun} from ${bucket.from} to ${bucket.to}`;
}

/**
 * The top of the bar scale: the largest count rounded up to 1, 1.5, 2, 3, 5
 * or 7.5 times a power of ten, so a pan that brings a slightly busier bucket
 * into the window leaves the other bars' heights (and items) as they were.
 */
export function scaleTop(max: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  return ([1, 1.5, 2, 3, 5, 7.5, 10].find((step) => step * power >= max) ?? 10) * power;
}

export function densityItems(buckets: readonly Bucket[]): DensityItem[] {
  const top = scaleTop(Math.max(1, ...buckets.map((b) => b.count)));
  return buckets
    .filter((bucket) => bucket.count > 0)
    .map((bucket) => {
      const height = Math.max(4, Math.round((bucket.count / top) * 100));
      const content = document.createElement('div');
      content.className = 'tl-density';
      content.setAttribute('aria-label', describe(bucket));
      const bar = document.createElement('div');
      bar.className = 'tl-density-bar';
      bar.style.height = `${height}%`;
      const count = document.createElement('span');
      count.className = 'tl-density-count';
      count.textContent = String(bucket.count);
      content.append(count, bar);
      return {
        id: `density:${bucket.from}`,
        key: `${bucket.to} ${bucket.count} ${height}`,
        type: 'background' as const,
        start: dayToDate(bucket.from),
        end: dayToDate(shiftDay(bucket.to, 1)),
        className: 'tl-density-bucket',
        content,
      };
    });
}

/** The most bars one histogram may hold (the API's limit). */
const MAX_BUCKETS = 500;

/**
 * Days per bar: about a sixtieth of what is visible, at most 500 bars in the
 * fetched window, and a power of two. Fetched windows start and end on a
 * power-of-two grid of days at least as coarse (dayWindow.ts), so bars fall
 * on the same days whichever window is fetched: after a pan the bars both
 * windows hold come back the same, and vis-timeline keeps them.
 */
export function bucketDays(fetchSpanDays: number, visibleSpanDays: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, visibleSpanDays / 60, fetchSpanDays / MAX_BUCKETS)));
}

/** How many bars to ask for: the fetched window in bars of bucketDays. */
export function bucketCount(fetchSpanDays: number, visibleSpanDays: number): number {
  return Math.min(MAX_BUCKETS, Math.ceil(fetchSpanDays / bucketDays(fetchSpanDays, visibleSpanDays)));
}
