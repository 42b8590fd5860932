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

export function densityItems(buckets: readonly Bucket[]): DensityItem[] {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return buckets
    .filter((bucket) => bucket.count > 0)
    .map((bucket) => {
      const content = document.createElement('div');
      content.className = 'tl-density';
      content.setAttribute('aria-label', describe(bucket));
      const bar = document.createElement('div');
      bar.className = 'tl-density-bar';
      bar.style.height = `${Math.max(4, Math.round((bucket.count / max) * 100))}%`;
      const count = document.createElement('span');
      count.className = 'tl-density-count';
      count.textContent = String(bucket.count);
      content.append(count, bar);
      return {
        id: `density:${bucket.from}`,
        type: 'background' as const,
        start: dayToDate(bucket.from),
        end: dayToDate(shiftDay(bucket.to, 1)),
        className: 'tl-density-bucket',
        content,
      };
    });
}

/** How many buckets to ask for so each is about a sixtieth of what is visible. */
export function bucketCount(fetchSpanDays: number, visibleSpanDays: number): number {
  const bucketDays = Math.max(1, Math.ceil(visibleSpanDays / 60));
  return Math.min(500, Math.max(1, Math.ceil(fetchSpanDays / bucketDays)));
}
