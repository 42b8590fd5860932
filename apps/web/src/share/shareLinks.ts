// Addresses that take the current view out of the app: exports of the
// timeline narrowed as the view is, and its /embed page. The narrowing uses
// the explorer's own query parameters, which the server reads the same way.
import type { ExplorerParams } from '../url/explorerParams.ts';

export const EXPORT_FORMATS = [
  { suffix: 'timelinejs.json', label: 'TimelineJS (JSON)' },
  { suffix: 'csv', label: 'Spreadsheet (CSV)' },
  { suffix: 'ics', label: 'Calendar (iCalendar)' },
] as const;

export type ExportSuffix = (typeof EXPORT_FORMATS)[number]['suffix'];

/** What narrows the events: filters and the window (not the view, lanes or selection). */
export function narrowingQuery(params: ExplorerParams): string {
  const query = new URLSearchParams();
  if (params.from && params.to) {
    query.set('from', params.from);
    query.set('to', params.to);
  }
  if (params.kinds.length > 0) query.set('kinds', params.kinds.join(','));
  for (const actor of params.actors) query.append('actors', actor);
  if (params.search.trim() !== '') query.set('q', params.search.trim());
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The export of the whole timeline, or (`narrowed`) of what the view shows. */
export function exportPath(params: ExplorerParams, suffix: ExportSuffix, narrowed: boolean): string {
  return `/timelines/${encodeURIComponent(params.timeline)}/export.${suffix}${narrowed ? narrowingQuery(params) : ''}`;
}

export function embedPath(params: ExplorerParams): string {
  return `/embed/${encodeURIComponent(params.timeline)}${narrowingQuery(params)}`;
}

/** The full explorer for what an embed shows, for its link back. */
export function explorerPath(params: ExplorerParams): string {
  const query = new URLSearchParams({ timeline: params.timeline });
  for (const [key, value] of new URLSearchParams(narrowingQuery(params))) query.append(key, value);
  return `/?${query.toString()}`;
}
