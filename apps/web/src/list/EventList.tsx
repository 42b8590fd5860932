// The same filtered events as the timeline, as a list in time order: for
// reading, for keyboards and for screen readers. Pages of 50, "load more".
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { filterOf } from '../events/eventFilter.ts';
import { KindBadge } from '../events/KindBadge.tsx';
import type { ExplorerParams } from '../url/explorerParams.ts';
import type { UpdateParams } from '../url/useExplorerParams.ts';
import { ErrorState } from '../states/ErrorState.tsx';
import { Loading } from '../states/Loading.tsx';
import { NoEvents } from '../states/NoEvents.tsx';
import { useLiveRevision, useRecentlyChanged } from '../live/recentChanges.ts';

const PAGE = 50;

const EventListQuery = graphql(`
  query EventList($filter: EventFilter!, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        summary
        date {
          start
          display
        }
        ...KindBadge_event
        actors {
          role
          actor {
            id
            name
          }
        }
      }
    }
  }
`);

interface EventListProps {
  params: ExplorerParams;
  update: UpdateParams;
}

export function EventList({ params, update }: EventListProps) {
  const windowed = params.from !== null && params.to !== null;
  const filter = { ...filterOf(params), ...(params.from && params.to ? { from: params.from, to: params.to } : {}) };
  const { data, loading, error, refetch, fetchMore } = useQuery(EventListQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const listRef = useRef<HTMLOListElement>(null);
  // After "load more", focus continues at the first new event once it is drawn.
  const focusIndexRef = useRef<number | null>(null);
  const count = data?.events.nodes.length ?? 0;
  const recentlyChanged = useRecentlyChanged();
  // Changes published elsewhere: the first page loads again by itself; once
  // the reader has loaded more, reloading would take those pages (and their
  // place in the list) away, so they are offered instead.
  const revision = useLiveRevision();
  const [seenRevision, setSeenRevision] = useState(revision);
  const catchUp = useEffectEvent((latest: number) => {
    if (latest === seenRevision || count > PAGE) return;
    setSeenRevision(latest);
    void refetch();
  });
  useEffect(() => {
    catchUp(revision);
  }, [revision]);
  const behind = revision !== seenRevision;
  useEffect(() => {
    const index = focusIndexRef.current;
    if (index === null || count <= index) return;
    focusIndexRef.current = null;
    listRef.current?.querySelectorAll<HTMLButtonElement>('.event-open')[index]?.focus();
  }, [count]);

  if (error && !data) return <ErrorState error={error} what="the events" onRetry={() => void refetch()} />;
  if (!data) return <Loading label="Loading events…" />;

  const { nodes, totalCount, pageInfo } = data.events;
  if (totalCount === 0) return <NoEvents params={params} update={update} windowed={windowed} />;

  const loadMore = () => {
    focusIndexRef.current = nodes.length;
    void fetchMore({ variables: { after: pageInfo.endCursor } });
  };

  return (
    <section className="list-view" aria-labelledby="list-heading">
      <div className="view-toolbar">
        <h2 id="list-heading" className="view-heading">
          {totalCount} {totalCount === 1 ? 'event' : 'events'}
          {windowed ? ` from ${params.from} to ${params.to}` : ''}
        </h2>
        {windowed && (
          <button type="button" className="button button-quiet" onClick={() => update({ from: null, to: null })}>
            Show the whole timeline
          </button>
        )}
      </div>
      {behind && (
        <p className="live-behind" role="status">
          Events changed since this list loaded.{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setSeenRevision(revision);
              void refetch();
            }}
          >
            Show the latest
          </button>
        </p>
      )}
      <ol className="event-list" ref={listRef}>
        {nodes.map((event) => (
          <li
            key={event.id}
            className={`event-row${event.id === params.event ? ' is-selected' : ''}${recentlyChanged.has(event.id) ? ' is-live-changed' : ''}`}
          >
            <article aria-labelledby={`event-${event.id}`}>
              <p className="event-row-meta">
                <time dateTime={event.date.start}>{event.date.display}</time>
                <KindBadge kind={event.kind} />
              </p>
              <h3 className="event-row-title" id={`event-${event.id}`}>
                <button
                  type="button"
                  className="event-open"
                  aria-current={event.id === params.event ? 'true' : undefined}
                  onClick={() => update({ event: event.id })}
                >
                  {event.title}
                </button>
              </h3>
              <p className="event-row-summary">{event.summary}</p>
              {event.actors.length > 0 && (
                <p className="event-row-actors">
                  <span className="visually-hidden">Actors: </span>
                  {event.actors.map((a) => a.actor.name).join(', ')}
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && (
        <p className="load-more">
          <button type="button" className="button" disabled={loading} onClick={loadMore}>
            {loading ? 'Loading…' : `Load more (showing ${nodes.length} of ${totalCount})`}
          </button>
        </p>
      )}
    </section>
  );
}
