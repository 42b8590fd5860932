// The browser benchmark's frame statistics (bench/frame-stats.ts): frame times
// from requestAnimationFrame timestamps, judged against the display's refresh.
import { describe, expect, it } from 'vitest';
import { frameStats, percentile } from '../bench/frame-stats.ts';

const REFRESH = 1000 / 60;

/** Timestamps of frames whose gaps are `gaps`, from 1,000 ms on. */
function timestampsOf(gaps: number[]): number[] {
  const times = [1000];
  for (const gap of gaps) times.push(times.at(-1)! + gap);
  return times;
}

describe('frame statistics', () => {
  it('a page that keeps up: every frame one refresh, none missed', () => {
    const stats = frameStats(timestampsOf(Array<number>(120).fill(REFRESH)));
    expect(stats.frames).toBe(120);
    expect(stats.refreshMs).toBeCloseTo(REFRESH, 6);
    expect(stats.p50).toBeCloseTo(REFRESH, 6);
    expect(stats.p95).toBeCloseTo(REFRESH, 6);
    expect(stats.max).toBeCloseTo(REFRESH, 6);
    expect(stats.missed).toBe(0);
    expect(stats.droppedRefreshes).toBe(0);
  });

  it('one long task: one frame missed, the refreshes it covered dropped, p95 untouched', () => {
    const stats = frameStats(timestampsOf([...Array<number>(99).fill(REFRESH), 3 * REFRESH]));
    expect(stats.missed).toBe(1);
    expect(stats.missedShare).toBeCloseTo(0.01, 6);
    expect(stats.droppedRefreshes).toBe(2);
    expect(stats.max).toBeCloseTo(50, 6);
    expect(stats.p95).toBeCloseTo(REFRESH, 6);
  });

  it('one frame in ten taking two refreshes puts p95 at two refreshes', () => {
    const gaps = Array.from({ length: 200 }, (_, i) => (i % 10 === 9 ? 2 * REFRESH : REFRESH));
    const stats = frameStats(timestampsOf(gaps));
    expect(stats.p50).toBeCloseTo(REFRESH, 6);
    expect(stats.p95).toBeCloseTo(2 * REFRESH, 6);
    expect(stats.missedShare).toBeCloseTo(0.1, 6);
    expect(stats.droppedRefreshes).toBe(20);
  });

  it('jitter of a fraction of a millisecond is not a missed frame', () => {
    const stats = frameStats(timestampsOf(Array.from({ length: 100 }, (_, i) => REFRESH + (i % 2 ? 0.4 : -0.4))));
    expect(stats.missed).toBe(0);
    expect(stats.droppedRefreshes).toBe(0);
  });

  it('a refresh interval given overrides the one read from the frames (a page that never kept up)', () => {
    const stats = frameStats(timestampsOf(Array<number>(50).fill(2 * REFRESH)), REFRESH);
    expect(stats.missed).toBe(50);
    expect(frameStats(timestampsOf(Array<number>(50).fill(2 * REFRESH))).missed).toBe(0);
  });

  it('no frames, no figures', () => {
    for (const timestamps of [[], [1000]]) {
      const stats = frameStats(timestamps);
      expect(stats.frames).toBe(0);
      expect(stats.p95).toBeNaN();
      expect(stats.missedShare).toBe(0);
    }
  });

  it('percentile is the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(51);
    expect(percentile(sorted, 95)).toBe(96);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
