// The narrowing an export URL may carry, named as in the web app's own URLs
// (from, to, kinds, actors, q), so the app hands its query string over as is.
import { EventKind, parseCalendarDay } from '@chronicle/db';
import type { EventFilter } from '@chronicle/schema/resolvers';

export class ExportQueryError extends Error {}

function list(query: URLSearchParams, key: string): string[] {
  return [
    ...new Set(
      query
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

function day(query: URLSearchParams, key: string): Date | null {
  const raw = query.get(key);
  if (raw === null || raw === '') return null;
  const parsed = parseCalendarDay(raw);
  if (!parsed) throw new ExportQueryError(`"${key}" must be a calendar day YYYY-MM-DD, got "${raw}".`);
  return parsed;
}

/** The GraphQL EventFilter for an export of `slug` narrowed by `query`; statuses are left to the reader's default. */
export function exportFilter(slug: string, query: URLSearchParams): { filter: EventFilter; filtered: boolean } {
  const from = day(query, 'from');
  const to = day(query, 'to');
  const kinds = list(query, 'kinds').map((k) => k.toUpperCase());
  const unknown = kinds.find((k) => !Object.hasOwn(EventKind, k));
  if (unknown) throw new ExportQueryError(`"kinds" has "${unknown}", which is not a kind of event (${Object.keys(EventKind).join(', ')}).`);
  const actors = list(query, 'actors');
  const search = query.get('q')?.trim() ?? '';
  const filter: EventFilter = {
    timeline: slug,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(kinds.length > 0 ? { kinds: kinds as EventKind[] } : {}),
    ...(actors.length > 0 ? { actors } : {}),
    ...(search ? { search } : {}),
  };
  return { filter, filtered: Boolean(from || to || kinds.length || actors.length || search) };
}

/** The same narrowing as a query string for links back into the app ("" or "&from=…"). */
export function narrowingParams(query: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const key of ['from', 'to', 'kinds', 'actors', 'q']) for (const value of query.getAll(key)) kept.append(key, value);
  return kept;
}
