// The API's EventFilter for what the URL says. The window is added by the
// views: the timeline asks for a wider window than it shows.
import type { ExplorerParams } from '../url/explorerParams.ts';
import type { EventKind } from './KindBadge.tsx';

export interface EventFilterInput {
  timeline: string;
  actors?: string[];
  kinds?: EventKind[];
  search?: string;
  publishers?: string[];
  publisherCountries?: string[];
  from?: string;
  to?: string;
}

export function filterOf(params: ExplorerParams): EventFilterInput {
  const search = params.search.trim();
  return {
    timeline: params.timeline,
    ...(params.actors.length > 0 ? { actors: params.actors } : {}),
    ...(params.kinds.length > 0 ? { kinds: params.kinds } : {}),
    ...(search !== '' ? { search } : {}),
    ...(params.publishers.length > 0 ? { publishers: params.publishers } : {}),
    ...(params.countries.length > 0 ? { publisherCountries: params.countries } : {}),
  };
}
