// A vis-timeline instance owned by React: items, lanes, window and selection
// come in as props, user pans/zooms and picks go out as callbacks. Keyboard:
// every event is focusable; arrows, Home and End move in time order; Enter
// opens an event; Enter on a cluster zooms into it.
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import { shiftDay } from '@chronicle/calendar';
import { dayToDate, nearestDay } from '../dates/localMidnight.ts';
import type { DayWindow } from '../dates/dayWindow.ts';
import type { LaneGroup } from './timelineItems.ts';
import { OPTIONS, setClustering, syncClustering } from './timelineOptions.ts';
import { eventAfterKey, findEventElement, itemTime, labelClusters, timeAtElement, zoomAround } from './timelineNavigation.ts';
import { isEventItem, type VisItem } from './visItem.ts';

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
  return { from: nearestDay(start), to: shiftDay(nearestDay(end), -1) };
}

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
      { ...OPTIONS, start: dayToDate(initial.from), end: dayToDate(shiftDay(initial.to, 1)) },
    );
    timelineRef.current = timeline;
    syncClustering(timeline, clusteredRef);

    let debounce: ReturnType<typeof setTimeout> | undefined;
    let shown = false;
    timeline.on('rangechanged', (event?: { start: Date; end: Date; byUser: boolean }) => {
      // vis-timeline stays invisible until it redraws after its first
      // rangechanged; when the data came earlier nothing else would redraw it.
      if (!shown) {
        shown = true;
        timeline.redraw();
      }
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

  // Lanes and items. What vis-timeline holds, by id: the key and class it was handed.
  const laneKeyRef = useRef('none');
  const heldRef = useRef(new Map<string, string>());
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const groups = groupsRef.current;
    const items = itemsRef.current;
    const laneKey = props.groups ? props.groups.map((g) => g.id).join('|') : 'none';
    const relaned = laneKey !== laneKeyRef.current;
    laneKeyRef.current = laneKey;
    // vis-timeline keeps clusters made for the old lanes; when lanes change,
    // clusters are switched off, the items laid out again, then clustered anew.
    if (relaned) {
      if (clusteredRef.current) setClustering(timeline, false);
      clusteredRef.current = false;
      items.clear();
      heldRef.current.clear();
    }
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
    // Only the items that changed go to vis-timeline: it draws and measures
    // each item it is handed on the spot, one forced layout after another
    // (handing it the ~200 items of every new window again took 160 ms).
    const held = heldRef.current;
    const next = new Map(props.items.map((item) => [item.id, `${item.key} ${item.className}`]));
    items.remove([...held.keys()].filter((id) => !next.has(id)));
    items.update(props.items.filter((item) => held.get(item.id) !== next.get(item.id)));
    heldRef.current = next;
    if (relaned) syncClustering(timeline, clusteredRef);
  }, [props.items, props.groups]);

  // The window asked for (URL, fit, back/forward), unless already there.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const current = timeline.getWindow();
    const shown = windowOf(current.start, current.end);
    if (shown.from === props.window.from && shown.to === props.window.to) return;
    timeline.setWindow(dayToDate(props.window.from), dayToDate(shiftDay(props.window.to, 1)), { animation: false });
  }, [props.window.from, props.window.to]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const ids = props.selectedEventId ? props.items.filter((i) => isEventItem(i) && i.eventId === props.selectedEventId).map((i) => i.id) : [];
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
    const next = eventAfterKey(event.key, props.eventOrder, eventId);
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
      // How many items vis-timeline holds (a page of events, once per lane each is in, or the bars); the browser benchmark reads it.
      data-items={props.items.length}
      onKeyDown={onKeyDown}
    >
      {/* vis-timeline takes over the styles of its container; keep it separate. */}
      <div className="timeline-vis" ref={containerRef} />
    </div>
  );
}
