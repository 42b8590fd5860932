// A window of calendar days, both ends inclusive, and the rules for which
// window the timeline shows and which one it asks the API for.
import { dayFromNumber, dayNumber, daysBetween, shiftDay } from '@chronicle/calendar';

export interface DayWindow {
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/** Beyond this many visible days the timeline shows density, not events. */
export const DENSITY_SPAN_DAYS = 730;

export function spanDays(window: DayWindow): number {
  return daysBetween(window.from, window.to) + 1;
}

export function contains(outer: DayWindow, inner: DayWindow): boolean {
  return daysBetween(outer.from, inner.from) >= 0 && daysBetween(inner.to, outer.to) >= 0;
}

/**
 * The timeline's own span with some air: more on the right, where the labels
 * of the last events run on past their day (a quarter of the span leaves room
 * for a week's bar and its caption after the last event of a year).
 */
export function fitWindow(start: string, end: string): DayWindow {
  const span = daysBetween(start, end) + 1;
  return { from: shiftDay(start, -Math.max(7, Math.round(span * 0.03))), to: shiftDay(end, Math.max(14, Math.round(span * 0.25))) };
}

/**
 * The window to fetch for a visible window: half a span of margin on each
 * side, snapped to a grid of power-of-two days so that small pans ask for the
 * same window again (and hit Apollo's cache) instead of a new one.
 */
export function fetchWindowAround(visible: DayWindow): DayWindow {
  const from = dayNumber(visible.from);
  const to = dayNumber(visible.to);
  if (from === null || to === null) throw new Error('invalid window');
  const span = to - from + 1;
  const grid = 2 ** Math.ceil(Math.log2(Math.max(span, 8) / 2));
  const margin = Math.ceil(span / 2);
  return {
    from: dayFromNumber(Math.floor((from - margin) / grid) * grid),
    to: dayFromNumber(Math.ceil((to + margin) / grid) * grid - 1),
  };
}

/**
 * Keeps the window already fetched while it still covers what is visible and
 * is not far wider than it (zooming far in asks again, so a crowded window
 * that was shown as density can resolve into events).
 */
export function nextFetchWindow(visible: DayWindow, current: DayWindow | null): DayWindow {
  if (current && contains(current, visible) && spanDays(visible) * 8 >= spanDays(current)) return current;
  return fetchWindowAround(visible);
}
