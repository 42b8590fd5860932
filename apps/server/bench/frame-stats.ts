// Frame statistics from the times of consecutive animation frames
// (requestAnimationFrame's timestamps). A frame's time is the gap to the one
// before it: one refresh interval when the page kept up, two or more when it
// missed the display's refresh.

/** The value below which `p` % of the sorted values lie (nearest rank; NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface FrameStats {
  /** Frames measured (gaps between consecutive timestamps). */
  frames: number;
  /** The display's refresh interval the gaps are judged against. */
  refreshMs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Frames that took longer than one and a half refresh intervals: the display showed an old frame at least once. */
  missed: number;
  /** missed / frames. */
  missedShare: number;
  /** Refreshes that showed no new frame: a gap of three intervals missed two. */
  droppedRefreshes: number;
}

/**
 * The display's refresh interval as the frames show it: the fastest tenth of
 * the gaps (a page that misses frames only ever makes gaps longer).
 */
export function refreshInterval(gaps: readonly number[]): number {
  return percentile(
    [...gaps].sort((a, b) => a - b),
    10,
  );
}

export function frameStats(timestamps: readonly number[], refreshMs?: number): FrameStats {
  const gaps = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
  const refresh = refreshMs ?? refreshInterval(gaps);
  const sorted = [...gaps].sort((a, b) => a - b);
  const missed = gaps.filter((gap) => gap > refresh * 1.5).length;
  return {
    frames: gaps.length,
    refreshMs: refresh,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    missed,
    missedShare: gaps.length ? missed / gaps.length : 0,
    droppedRefreshes: gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / refresh) - 1), 0),
  };
}
