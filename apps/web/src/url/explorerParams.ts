// Everything a person would want to share about what they are looking at,
// read from and written to the query string. Defaults are left out of the URL
// so links stay short.
import { isCalendarDay } from '@chronicle/calendar';
import { isEventKind } from '../events/eventKinds.ts';
import type { EventKind } from '@chronicle/schema/client/graphql';
import { DEFAULT_TIMELINE_SLUG as DEFAULT_TIMELINE } from '@chronicle/schema/default-timeline';

export const VIEWS = ['timeline', 'list', 'stances'] as const;
export type View = (typeof VIEWS)[number];

export const LANES = ['none', 'kind', 'actor', 'source'] as const;
export type Lanes = (typeof LANES)[number];

/** What the event panel shows: the event, or each source's account of it side by side. */
export const PANELS = ['details', 'accounts'] as const;
export type Panel = (typeof PANELS)[number];

// The server describes the same default timeline in the page it serves (JSON-LD, oEmbed).
export { DEFAULT_TIMELINE_SLUG as DEFAULT_TIMELINE } from '@chronicle/schema/default-timeline';

export interface ExplorerParams {
  timeline: string;
  /** Actor global IDs. */
  actors: string[];
  kinds: EventKind[];
  /** Full-text search, as typed. */
  search: string;
  /** Visible window; both null means "fit the timeline". */
  from: string | null;
  to: string | null;
  view: View;
  lanes: Lanes;
  /** Selected event's global ID. */
  event: string | null;
  panel: Panel;
  /** Publishers, by name as sources give it: events cited by any of them. */
  publishers: string[];
  /** Publisher countries (ISO alpha-2): events cited by the press of any of them. */
  countries: string[];
}

export const DEFAULT_PARAMS: ExplorerParams = {
  timeline: DEFAULT_TIMELINE,
  actors: [],
  kinds: [],
  search: '',
  from: null,
  to: null,
  view: 'timeline',
  lanes: 'none',
  event: null,
  panel: 'details',
  publishers: [],
  countries: [],
};

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Repeated keys and comma lists both work: `kinds=LEGAL&kinds=SANCTION` or `kinds=LEGAL,SANCTION`. */
function list(query: URLSearchParams, key: string): string[] {
  return unique(
    query
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== ''),
  );
}

export function parseExplorerParams(search: string): ExplorerParams {
  const query = new URLSearchParams(search);
  const from = query.get('from');
  const to = query.get('to');
  const windowOk = from !== null && to !== null && isCalendarDay(from) && isCalendarDay(to) && from <= to;
  return {
    timeline: query.get('timeline')?.trim() || DEFAULT_TIMELINE,
    actors: list(query, 'actors'),
    kinds: list(query, 'kinds')
      .map((kind) => kind.toUpperCase())
      .filter(isEventKind),
    search: query.get('q') ?? '',
    from: windowOk ? from : null,
    to: windowOk ? to : null,
    view: oneOf(VIEWS, query.get('view'), 'timeline'),
    lanes: oneOf(LANES, query.get('lanes'), 'none'),
    event: query.get('event') || null,
    panel: oneOf(PANELS, query.get('panel'), 'details'),
    // Publisher names may hold commas: one per repeated key.
    publishers: unique(
      query
        .getAll('publisher')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    ),
    countries: list(query, 'countries')
      .map((c) => c.toUpperCase())
      .filter((c) => /^[A-Z]{2}$/.test(c)),
  };
}

export function serializeExplorerParams(params: ExplorerParams): string {
  const query = new URLSearchParams();
  if (params.timeline !== DEFAULT_TIMELINE) query.set('timeline', params.timeline);
  if (params.view !== 'timeline') query.set('view', params.view);
  if (params.search.trim() !== '') query.set('q', params.search);
  for (const actor of params.actors) query.append('actors', actor);
  if (params.kinds.length > 0) query.set('kinds', params.kinds.join(','));
  if (params.from && params.to) {
    query.set('from', params.from);
    query.set('to', params.to);
  }
  if (params.lanes !== 'none') query.set('lanes', params.lanes);
  for (const publisher of params.publishers) query.append('publisher', publisher);
  if (params.countries.length > 0) query.set('countries', params.countries.join(','));
  if (params.event) query.set('event', params.event);
  if (params.event && params.panel !== 'details') query.set('panel', params.panel);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when any filter narrows the events (the window does not count). */
export function hasFilters(params: ExplorerParams): boolean {
  return params.actors.length > 0 || params.kinds.length > 0 || params.search.trim() !== '' || params.publishers.length > 0 || params.countries.length > 0;
}
