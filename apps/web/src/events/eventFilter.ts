// The API's EventFilter for what the URL says. The window is added by the
// views: the timeline asks for a wider window than it shows.
import type { EventFilter } from '@chronicle/schema/client/graphql';
import type { ExplorerParams } from '../url/explorerParams.ts';

export function filterOf(params: ExplorerParams): EventFilter {
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
