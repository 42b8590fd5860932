// How vis-timeline is set up for chronicle, and when it folds events into
// clusters.
import type { Timeline, TimelineOptions } from 'vis-timeline/peer';
import { HEAVY } from './timelineItems.ts';
import type { VisItem } from './visItem.ts';

const DAY_MS = 86_400_000;

/**
 * Overlapping events fold into numbered clusters on wide windows. Below this
 * span every event is drawn, so events of one busy day stay reachable.
 */
const CLUSTER_ABOVE_MS = 45 * DAY_MS;

const CLUSTER: NonNullable<TimelineOptions['cluster']> = {
  maxItems: 4,
  showStipes: true,
  fitOnDoubleClick: true,
  // Spans (a month, a week, several days) are few and carry their honest
  // date in their label: they are never folded into a cluster. Nor are key
  // events; the rest fold only with events of the same weight, so a cluster
  // never hides an event heavier than what is drawn beside it.
  clusterCriteria: (a, b) => a.type !== 'range' && b.type !== 'range' && weightOf(a) < HEAVY && weightOf(a) === weightOf(b),
  titleTemplate: '{count} events close together. Double-click, or press Enter, to zoom in.',
};

/** vis-timeline hands the criteria and the order its own item type; ours carry a weight. */
function weightOf(item: unknown): number {
  const weight = (item as { weight?: unknown } | null)?.weight;
  return typeof weight === 'number' ? weight : 0;
}

export const OPTIONS: TimelineOptions = {
  height: '100%',
  orientation: { axis: 'top', item: 'top' },
  // Boxes start at their day and read to the right, like a caption.
  align: 'left',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: 7 * DAY_MS,
  zoomMax: 60 * 365 * DAY_MS,
  groupOrder: 'order',
  // Heavier events stack first, nearest the axis, where a short window shows them.
  order: (a: VisItem, b: VisItem) => weightOf(b) - weightOf(a) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
  verticalScroll: true,
  margin: { item: { horizontal: 6, vertical: 3 }, axis: 8 },
  tooltip: { followMouse: true, overflowMethod: 'cap', delay: 200 },
};

/** Clusters on wide windows, every event drawn on narrow ones. */
export function syncClustering(timeline: Timeline, clusteredRef: { current: boolean }) {
  const { start, end } = timeline.getWindow();
  const wanted = end.getTime() - start.getTime() > CLUSTER_ABOVE_MS;
  if (wanted === clusteredRef.current) return;
  clusteredRef.current = wanted;
  setClustering(timeline, wanted);
}

export function setClustering(timeline: Timeline, on: boolean) {
  // `cluster: false` switches clustering off (vis-timeline's typings omit it).
  const options = { cluster: on ? CLUSTER : false } as TimelineOptions;
  timeline.setOptions(options);
}
