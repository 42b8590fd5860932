// Nothing to show: either the filters match nothing at all (offer to clear
// them) or nothing inside the window (offer the whole timeline).
import { useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { filterOf } from '../events/eventFilter.ts';
import { hasFilters, type ExplorerParams } from '../url/explorerParams.ts';
import type { UpdateParams } from '../url/useExplorerParams.ts';
import { Loading } from './Loading.tsx';

const NoEventsCountQuery = graphql(`
  query NoEventsCount($filter: EventFilter!) {
    events(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

interface NoEventsProps {
  params: ExplorerParams;
  update: UpdateParams;
  /** The view looked at a window, not the whole timeline. */
  windowed: boolean;
}

export function NoEvents({ params, update, windowed }: NoEventsProps) {
  const { data, loading } = useQuery(NoEventsCountQuery, { variables: { filter: filterOf(params) } });
  if (loading && !data) return <Loading label="Looking for matching events…" />;
  const elsewhere = data?.events.totalCount ?? 0;
  const filtered = hasFilters(params);
  const clearFilters = () => update({ actors: [], kinds: [], search: '', event: null });
  const wholeTimeline = () => update({ from: null, to: null });

  if (windowed && elsewhere > 0) {
    return (
      <div className="state state-empty" role="status">
        <h2>No events in this window</h2>
        <p>
          {elsewhere} {elsewhere === 1 ? 'event matches' : 'events match'} elsewhere on this timeline.
        </p>
        <button type="button" className="button button-primary" onClick={wholeTimeline}>
          Show the whole timeline
        </button>
      </div>
    );
  }
  return (
    <div className="state state-empty" role="status">
      <h2>No events match</h2>
      <p>{filtered ? 'No event on this timeline matches these filters.' : 'This timeline has no published events yet.'}</p>
      {filtered && (
        <button type="button" className="button button-primary" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
