// Turns events into vis-timeline items and lanes. Every piece of text from
// the API goes into the page through textContent on elements built here, never
// as an HTML string: vis-timeline appends elements as they are.
import { graphql } from '@chronicle/schema/client';
import { shiftDay } from '@chronicle/calendar';
import { dayToDate } from '../dates/localMidnight.ts';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { EVENT_KINDS, KIND_STYLES, kindClass } from '../events/eventKinds.ts';
import type { EventKind } from '../events/KindBadge.tsx';
import type { Lanes } from '../url/explorerParams.ts';

export const TimelineItem_event = graphql(`
  fragment TimelineItem_event on Event {
    id
    title
    isKey
    salience
    dateDisagreement
    ...KindBadge_event
    date {
      start
      end
      precision
      isRange
      display
    }
    actors {
      role
      actor {
        id
        name
      }
    }
    # For lanes by source: the outlets whose citations the viewer sees.
    citations {
      id
      source { id publisher }
    }
  }
`);

export type TimelineEvent = ResultOf<typeof TimelineItem_event>;

export interface EventItem {
  /** Unique per lane: an event shown in two actor lanes is two items. */
  id: string;
  eventId: string;
  /** Changes when anything the item shows changes; vis-timeline is handed only the items whose key changed. */
  key: string;
  group?: string;
  type: 'box' | 'range';
  start: Date;
  end?: Date;
  className: string;
  content: HTMLElement;
  /** Tooltip, as an element (vis-timeline shows strings as HTML). */
  title: HTMLElement;
  /** The event's salience: what may fold into a cluster, and what stacks nearest the axis. */
  weight: number;
}

export interface LaneGroup {
  id: string;
  order: number;
  content: HTMLElement;
  /** Plain text; vis-timeline sets it as the label's title attribute. */
  title: string;
  className: string;
}

const OTHERS_LANE = 'lane:others';
/** From this salience on (an editor's key event) an event is drawn with a title that reads whole, never in a cluster. */
export const HEAVY = 10;
const TOP_ACTOR_LANES = 8;
/** Outlets given a lane of their own when none is chosen; the rest share one. */
const TOP_SOURCE_LANES = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A span shown as a bar: anything but a single known day. */
export function isSpan(event: TimelineEvent): boolean {
  return event.date.precision !== 'DAY' || event.date.isRange || event.date.start !== event.date.end;
}

export const DISAGREE_TEXT = 'sources disagree on the date';

export function accessibleLabel(event: TimelineEvent): string {
  const key = event.isKey ? 'Key event. ' : '';
  const disagree = event.dateDisagreement ? ` (${DISAGREE_TEXT})` : '';
  return `${key}${KIND_STYLES[event.kind].label}: ${event.title}, ${event.date.display}${disagree}`;
}

function itemContent(event: TimelineEvent, span: boolean): HTMLElement {
  const root = element('div', 'tl-item-content');
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  root.dataset['eventId'] = event.id;
  root.dataset['start'] = event.date.start;
  root.setAttribute('aria-label', accessibleLabel(event));
  const symbol = element('span', 'tl-symbol', KIND_STYLES[event.kind].symbol);
  symbol.setAttribute('aria-hidden', 'true');
  // The label is flowing text that wraps, so it reads in this order: a span's honest date, then its title.
  root.append(symbol);
  if (span) root.append(element('span', 'tl-date', event.date.display));
  root.append(element('span', 'tl-title', event.title));
  if (event.dateDisagreement) {
    // A mark, not a sentence, in the label; the sentence is in its name and the tooltip.
    const mark = element('span', 'tl-disagree', '≠');
    mark.setAttribute('aria-hidden', 'true');
    root.append(mark);
  }
  return root;
}

function tooltip(event: TimelineEvent): HTMLElement {
  const root = element('div', 'tl-tooltip');
  root.append(
    element('div', 'tl-tooltip-title', event.title),
    element('div', 'tl-tooltip-meta', `${KIND_STYLES[event.kind].symbol} ${KIND_STYLES[event.kind].label} · ${event.date.display}`),
  );
  if (event.dateDisagreement) root.append(element('div', 'tl-tooltip-disagree', `≠ ${DISAGREE_TEXT}: open it to compare the accounts`));
  const names = event.actors.slice(0, 6).map((a) => a.actor.name);
  if (names.length > 0) {
    const more = event.actors.length - names.length;
    root.append(element('div', 'tl-tooltip-actors', names.join(', ') + (more > 0 ? ` and ${more} more` : '')));
  }
  return root;
}

function itemClass(event: TimelineEvent, span: boolean): string {
  const precise = event.date.precision === 'DAY';
  return [
    'tl-event',
    kindClass(event.kind),
    span ? (precise ? 'tl-span-precise' : 'tl-span-imprecise') : 'tl-day',
    `precision-${event.date.precision.toLowerCase()}`,
    ...(event.isKey || event.salience >= HEAVY ? ['tl-key'] : []),
    ...(event.dateDisagreement ? ['tl-date-disagreement'] : []),
  ].join(' ');
}

function baseItem(event: TimelineEvent, id: string, group: string | undefined): EventItem {
  const span = isSpan(event);
  return {
    id,
    eventId: event.id,
    // Everything drawn comes from the event's fields and the lane.
    key: `${group ?? ''} ${JSON.stringify(event)}`,
    ...(group === undefined ? {} : { group }),
    type: span ? 'range' : 'box',
    start: dayToDate(event.date.start),
    // The API's end is the last day, inclusive; a bar must cover all of it.
    ...(span ? { end: dayToDate(shiftDay(event.date.end, 1)) } : {}),
    className: itemClass(event, span),
    content: itemContent(event, span),
    title: tooltip(event),
    weight: event.salience,
  };
}

/** The actors most involved in these events, most first, ties by name. */
export function topActors(events: readonly TimelineEvent[], limit = TOP_ACTOR_LANES): { id: string; name: string; count: number }[] {
  const counts = new Map<string, { id: string; name: string; count: number }>();
  for (const event of events) {
    for (const { actor } of event.actors) {
      const entry = counts.get(actor.id) ?? { id: actor.id, name: actor.name, count: 0 };
      entry.count += 1;
      counts.set(actor.id, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, limit);
}

function laneLabel(symbol: string | null, text: string, detail: string | null): HTMLElement {
  const root = element('div', 'tl-lane');
  if (symbol) {
    const mark = element('span', 'tl-symbol', symbol);
    mark.setAttribute('aria-hidden', 'true');
    root.append(mark);
  }
  root.append(element('span', 'tl-lane-name', text));
  if (detail) root.append(element('span', 'tl-lane-detail', detail));
  return root;
}

export interface TimelineLayout {
  items: EventItem[];
  groups: LaneGroup[] | null;
}

/** The outlets citing an event, each once. */
function publishersOf(event: TimelineEvent): string[] {
  return [...new Set(event.citations.flatMap((c) => (c.source.publisher ? [c.source.publisher] : [])))];
}

/** Outlets for lanes: the ones chosen in the filter, else those citing most of these events. */
export function sourceLanes(events: readonly TimelineEvent[], chosen: readonly string[]): { name: string; count: number }[] {
  const counts = new Map<string, number>(chosen.map((name) => [name, 0]));
  for (const event of events) {
    for (const name of publishersOf(event)) if (chosen.length === 0 || counts.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const lanes = [...counts].map(([name, count]) => ({ name, count }));
  if (chosen.length > 0) return lanes;
  return lanes.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP_SOURCE_LANES);
}

function layoutBySource(events: readonly TimelineEvent[], chosen: readonly string[]): TimelineLayout {
  const outlets = sourceLanes(events, chosen);
  // Lane ids by position: publisher names are free text.
  const laneOf = new Map(outlets.map((o, i) => [o.name, `lane:source:${i}`]));
  const items: EventItem[] = [];
  let others = false;
  for (const event of events) {
    const lanesOfEvent = publishersOf(event).flatMap((name) => laneOf.get(name) ?? []);
    if (lanesOfEvent.length === 0) {
      others = true;
      items.push(baseItem(event, `${event.id}@${OTHERS_LANE}`, OTHERS_LANE));
    }
    for (const lane of lanesOfEvent) items.push(baseItem(event, `${event.id}@${lane}`, lane));
  }
  const groups: LaneGroup[] = outlets.map((outlet, order) => ({
    id: `lane:source:${order}`,
    order,
    content: laneLabel(null, outlet.name, `${outlet.count} ${outlet.count === 1 ? 'event' : 'events'}`),
    title: outlet.name,
    className: 'tl-lane-group tl-lane-source',
  }));
  if (others) {
    groups.push({
      id: OTHERS_LANE,
      order: groups.length,
      content: laneLabel(null, 'Other sources', null),
      title: 'Events no outlet above cites',
      className: 'tl-lane-group tl-lane-others',
    });
  }
  return { items, groups };
}

export function layoutEvents(events: readonly TimelineEvent[], lanes: Lanes, publishers: readonly string[] = []): TimelineLayout {
  if (lanes === 'source') return layoutBySource(events, publishers);
  if (lanes === 'kind') {
    const present = new Set<EventKind>(events.map((e) => e.kind));
    const groups = EVENT_KINDS.filter((kind) => present.has(kind)).map((kind, order) => ({
      id: `lane:${kind}`,
      order,
      content: laneLabel(KIND_STYLES[kind].symbol, KIND_STYLES[kind].label, null),
      title: KIND_STYLES[kind].label,
      className: `tl-lane-group ${kindClass(kind)}`,
    }));
    return { items: events.map((e) => baseItem(e, e.id, `lane:${e.kind}`)), groups };
  }
  if (lanes === 'actor') {
    const top = topActors(events);
    const laneOf = new Map(top.map((a) => [a.id, `lane:actor:${a.id}`]));
    const items: EventItem[] = [];
    let others = false;
    for (const event of events) {
      const lanesOfEvent = [...new Set(event.actors.map((a) => laneOf.get(a.actor.id)).filter((l) => l !== undefined))];
      if (lanesOfEvent.length === 0) {
        others = true;
        items.push(baseItem(event, `${event.id}@${OTHERS_LANE}`, OTHERS_LANE));
      }
      for (const lane of lanesOfEvent) items.push(baseItem(event, `${event.id}@${lane}`, lane));
    }
    const groups: LaneGroup[] = top.map((actor, order) => ({
      id: `lane:actor:${actor.id}`,
      order,
      content: laneLabel(null, actor.name, `${actor.count} ${actor.count === 1 ? 'event' : 'events'}`),
      title: actor.name,
      className: 'tl-lane-group',
    }));
    if (others) {
      groups.push({
        id: OTHERS_LANE,
        order: groups.length,
        content: laneLabel(null, 'Other actors', null),
        title: 'Events without any of the actors above',
        className: 'tl-lane-group tl-lane-others',
      });
    }
    return { items, groups };
  }
  return { items: events.map((e) => baseItem(e, e.id, undefined)), groups: null };
}
