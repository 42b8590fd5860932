// A vis-timeline instance owned by React: items, lanes, window and selection
// come in as props, user pans/zooms and picks go out as callbacks. Keyboard:
// every event is focusable; arrows, Home and End move in time order; Enter
// opens an event; Enter on a cluster zooms into it.
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { addDays, dayToDate, nearestDay } from '../dates/calendarDay.ts';
import type { DayWindow } from '../dates/dayWindow.ts';
import type { DensityItem } from './densityItems.ts';
import type { EventItem, LaneGroup } from './timelineItems.ts';

type VisItem = EventItem | DensityItem;

const DAY_MS = 86_400_000;
const RANGE_DEBOUNCE_MS = 250;

export interface VisTimelineProps {
  items: readonly VisItem[];
  groups: readonly LaneGroup[] | null;
  window: DayWindow;
  selectedEventId: string | null;
  /** Event IDs in time order, for arrow-key moves. */
  eventOrder: readonly string[];
  label: string;
  busy: boolean;
  onWindowChange(window: DayWindow): void;
  onSelectEvent(eventId: string): void;
}

function windowOf(start: Date, end: Date): DayWindow {
  return { from: nearestDay(start), to: addDays(nearestDay(end), -1) };
}

function isEventItem(item: VisItem | null | undefined): item is EventItem {
  return item != null && 'eventId' in item;
}

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
  // date in their label: they are never folded into a cluster.
  clusterCriteria: (a, b) => a.type !== 'range' && b.type !== 'range',
  titleTemplate: '{count} events close together. Double-click, or press Enter, to zoom in.',
};

const OPTIONS: TimelineOptions = {
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
  verticalScroll: true,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  tooltip: { followMouse: true, overflowMethod: 'cap', delay: 200 },
};

export function VisTimeline(props: VisTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef(new DataSet<VisItem>());
  const groupsRef = useRef(new DataSet<LaneGroup>());
  const hasGroupsRef = useRef(false);
  const clusteredRef = useRef(false);
  const pendingFocusRef = useRef<{ eventId: string; attempts: number } | null>(null);
  // Callbacks change every render; the timeline's listeners read the latest.
  const propsRef = useRef(props);
  propsRef.current = props;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { window: initial } = propsRef.current;
    const timeline = new Timeline(
      container,
      // vis-timeline's typings say string content; it takes elements too,
      // and elements are what keeps API text from being parsed as HTML.
      itemsRef.current as unknown as ConstructorParameters<typeof Timeline>[1],
      { ...OPTIONS, start: dayToDate(initial.from), end: dayToDate(addDays(initial.to, 1)) },
    );
    timelineRef.current = timeline;
    syncClustering(timeline, clusteredRef);

    let debounce: ReturnType<typeof setTimeout> | undefined;
    timeline.on('rangechanged', (event?: { start: Date; end: Date; byUser: boolean }) => {
      syncClustering(timeline, clusteredRef);
      if (!event?.byUser) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => propsRef.current.onWindowChange(windowOf(event.start, event.end)), RANGE_DEBOUNCE_MS);
    });
    timeline.on('select', (event?: { items: (string | number)[] }) => {
      const id = event?.items[0];
      if (id === undefined) return;
      const item = itemsRef.current.get(String(id));
      if (isEventItem(item)) propsRef.current.onSelectEvent(item.eventId);
    });
    timeline.on('click', (event?: { what: string | null; time: Date; item: string | number | null }) => {
      // Clicking a density bar zooms into it.
      if (event && typeof event.item === 'string' && event.item.startsWith('density:')) zoomAround(timeline, event.time, 4);
    });
    timeline.on('changed', () => {
      labelClusters(container);
      const pending = pendingFocusRef.current;
      if (!pending) return;
      const target = findEventElement(container, pending.eventId);
      if (target) {
        pendingFocusRef.current = null;
        target.focus();
      } else if (pending.attempts < 4) {
        pending.attempts += 1;
        const time = itemTime(itemsRef.current, pending.eventId);
        if (time) zoomAround(timeline, time, 3);
      } else {
        pendingFocusRef.current = null;
      }
    });
    return () => {
      clearTimeout(debounce);
      timeline.destroy();
      timelineRef.current = null;
      hasGroupsRef.current = false;
      clusteredRef.current = false;
    };
  }, []);

  // Lanes and items.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const groups = groupsRef.current;
    if (props.groups) {
      const keep = new Set(props.groups.map((g) => g.id));
      groups.remove(groups.getIds().filter((id) => !keep.has(String(id))));
      groups.update([...props.groups]);
      if (!hasGroupsRef.current) {
        timeline.setGroups(groups as unknown as Parameters<Timeline['setGroups']>[0]);
        hasGroupsRef.current = true;
      }
    } else if (hasGroupsRef.current) {
      timeline.setGroups(undefined);
      groups.clear();
      hasGroupsRef.current = false;
    }
    const items = itemsRef.current;
    const keep = new Set(props.items.map((i) => i.id));
    items.remove(items.getIds().filter((id) => !keep.has(String(id))));
    items.update([...props.items]);
  }, [props.items, props.groups]);

  // The window asked for (URL, fit, back/forward), unless already there.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const current = timeline.getWindow();
    const shown = windowOf(current.start, current.end);
    if (shown.from === props.window.from && shown.to === props.window.to) return;
    timeline.setWindow(dayToDate(props.window.from), dayToDate(addDays(props.window.to, 1)), { animation: false });
  }, [props.window.from, props.window.to]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const ids = props.selectedEventId
      ? props.items.filter((i) => isEventItem(i) && i.eventId === props.selectedEventId).map((i) => i.id)
      : [];
    timeline.setSelection(ids);
  }, [props.selectedEventId, props.items]);

  function moveFocus(eventId: string) {
    const container = containerRef.current;
    const timeline = timelineRef.current;
    if (!container || !timeline) return;
    const target = findEventElement(container, eventId);
    if (target) {
      target.focus();
      return;
    }
    // Off screen or inside a cluster: bring it into view, focus after redraw.
    const time = itemTime(itemsRef.current, eventId);
    if (!time) return;
    pendingFocusRef.current = { eventId, attempts: 0 };
    timeline.moveTo(time, { animation: false });
  }

  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const timeline = timelineRef.current;
    if (!timeline) return;
    const cluster = target.closest('.vis-cluster');
    if (cluster && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      zoomAround(timeline, timeAtElement(timeline, containerRef.current, cluster), 4);
      return;
    }
    const eventId = target.closest<HTMLElement>('[data-event-id]')?.dataset['eventId'];
    if (!eventId) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelectEvent(eventId);
      return;
    }
    const order = props.eventOrder;
    const index = order.indexOf(eventId);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? order[index + 1]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? order[index - 1]
          : event.key === 'Home'
            ? order[0]
            : event.key === 'End'
              ? order[order.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    moveFocus(next);
  }

  return (
    <div
      className="timeline-canvas"
      role="region"
      aria-label={props.label}
      aria-busy={props.busy}
      aria-describedby="timeline-keys"
      onKeyDown={onKeyDown}
    >
      {/* vis-timeline takes over the styles of its container; keep it separate. */}
      <div className="timeline-vis" ref={containerRef} />
    </div>
  );
}

function syncClustering(timeline: Timeline, clusteredRef: { current: boolean }) {
  const { start, end } = timeline.getWindow();
  const wanted = end.getTime() - start.getTime() > CLUSTER_ABOVE_MS;
  if (wanted === clusteredRef.current) return;
  clusteredRef.current = wanted;
  // `cluster: false` switches clustering off (vis-timeline's typings omit it).
  const options = { cluster: wanted ? CLUSTER : false } as TimelineOptions;
  timeline.setOptions(options);
}

function findEventElement(container: HTMLElement, eventId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
}

function itemTime(items: DataSet<VisItem>, eventId: string): Date | null {
  const item = items.get({ filter: (i) => isEventItem(i) && i.eventId === eventId })[0];
  if (!item) return null;
  return item.end ? new Date((item.start.getTime() + item.end.getTime()) / 2) : item.start;
}

function zoomAround(timeline: Timeline, time: Date, factor: number) {
  const { start, end } = timeline.getWindow();
  const half = (end.getTime() - start.getTime()) / factor / 2;
  timeline.setWindow(new Date(time.getTime() - half), new Date(time.getTime() + half), { animation: false });
}

/** The time under the middle of an element inside the timeline. */
function timeAtElement(timeline: Timeline, container: HTMLElement | null, element: Element): Date {
  const { start, end } = timeline.getWindow();
  const panel = container?.querySelector('.vis-panel.vis-center');
  if (!panel) return new Date((start.getTime() + end.getTime()) / 2);
  const box = panel.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const x = (rect.left + rect.right) / 2 - box.left;
  return new Date(start.getTime() + (x / box.width) * (end.getTime() - start.getTime()));
}

/** vis-timeline draws clusters itself; make them reachable by keyboard. */
function labelClusters(container: HTMLElement) {
  for (const cluster of container.querySelectorAll<HTMLElement>('.vis-item.vis-cluster')) {
    const count = cluster.textContent?.trim() ?? '';
    const label = `${count} events close together. Press Enter to zoom in.`;
    if (cluster.getAttribute('aria-label') === label) continue;
    cluster.tabIndex = 0;
    cluster.setAttribute('role', 'button');
    cluster.setAttribute('aria-label', label);
  }
}
