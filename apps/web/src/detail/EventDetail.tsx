// The side panel of the event selected in the URL (`?event=`).
import { useEffect, useEffectEvent, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '@chronicle/schema/client';
import { KindBadge } from '../events/KindBadge.tsx';
import { ErrorState } from '../states/ErrorState.tsx';
import { Loading } from '../states/Loading.tsx';
import { ActorList } from './ActorList.tsx';
import { QuoteList } from './QuoteList.tsx';
import { SourceList } from './SourceList.tsx';
import { AccountsView } from '../accounts/AccountsView.tsx';
import type { Panel } from '../url/explorerParams.ts';
import { useRecentlyChanged } from '../live/recentChanges.ts';

const EventDetailQuery = graphql(`
  query EventDetail($id: ID!) {
    event(id: $id) {
      id
      title
      summary
      place
      date {
        display
        start
        end
      }
      ...KindBadge_event
      ...ActorList_event
      ...QuoteList_event
      ...SourceList_event
      ...AccountsView_event
      dateDisagreement
      citations {
        id
      }
    }
  }
`);

interface EventDetailProps {
  eventId: string;
  /** Move the focus into the panel once the event is shown. */
  takeFocus: boolean;
  selectedActors: readonly string[];
  /** The event itself, or its sources' accounts side by side (in the URL: `panel=accounts`). */
  panel: Panel;
  onPanel(panel: Panel): void;
  onClose(): void;
  onFilterActor(actorId: string): void;
}

export function EventDetail({ eventId, takeFocus, selectedActors, panel, onPanel, onClose, onFilterActor }: EventDetailProps) {
  const { data, error, loading, refetch } = useQuery(EventDetailQuery, { variables: { id: eventId } });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = data?.event;
  // Changed elsewhere: the subscription brought its title and date; its sources and quotes load again.
  const changedNow = useRecentlyChanged().has(eventId);
  const reload = useEffectEvent(() => void refetch());
  useEffect(() => {
    if (changedNow) reload();
  }, [changedNow]);

  // A malformed ID is a GraphQL error; an unknown one is null. Both mean the
  // link points at nothing.
  const unknown = (!loading && data !== undefined && !event) || CombinedGraphQLErrors.is(error);

  // Move focus into the panel when an event opens, so keyboard and screen
  // reader users land on what they asked for.
  const shown = Boolean(event) || unknown;
  const focusIfAsked = useEffectEvent(() => {
    if (takeFocus) headingRef.current?.focus();
  });
  useEffect(() => {
    if (shown) focusIfAsked();
  }, [shown]);

  return (
    <aside className={changedNow ? 'detail is-live-changed' : 'detail'} aria-label="Event details">
      <div className="detail-bar">
        <button type="button" className="button button-quiet" onClick={onClose}>
          <span aria-hidden="true">×</span> Close
        </button>
      </div>
      {unknown ? (
        <div className="state state-empty" role="alert">
          <h2 ref={headingRef} tabIndex={-1}>
            Event not found
          </h2>
          <p>No event has the ID in this link. It may have been merged into another event or removed.</p>
        </div>
      ) : error ? (
        <ErrorState error={error} what="this event" onRetry={() => void refetch()} />
      ) : !event ? (
        <Loading label="Loading the event…" />
      ) : (
        <article className="detail-body">
          <p className="detail-meta">
            <KindBadge kind={event.kind} />
            <time className="detail-date" dateTime={event.date.start}>
              {event.date.display}
            </time>
          </p>
          <h2 ref={headingRef} tabIndex={-1} className="detail-title">
            {event.title}
          </h2>
          {event.dateDisagreement && (
            <p className="date-disagreement">
              <span aria-hidden="true">≠ </span>Sources disagree on the date
            </p>
          )}
          <div className="segmented detail-panels" role="group" aria-label="Show">
            <button type="button" aria-pressed={panel === 'details'} onClick={() => onPanel('details')}>
              Details
            </button>
            <button type="button" aria-pressed={panel === 'accounts'} onClick={() => onPanel('accounts')}>
              Accounts ({event.citations.length})
            </button>
          </div>
          {panel === 'accounts' ? (
            <AccountsView event={event} />
          ) : (
            <>
              {event.place && <p className="detail-place">{event.place}</p>}
              <p className="detail-summary">{event.summary}</p>

              <h3>Actors</h3>
              <ActorList actors={event.actors} selected={selectedActors} onFilter={onFilterActor} />

              {event.quotes.length > 0 && (
                <>
                  <h3>Quotes</h3>
                  <QuoteList quotes={event.quotes} />
                </>
              )}

              <h3>Sources</h3>
              <SourceList citations={event.citations} />
            </>
          )}
        </article>
      )}
    </aside>
  );
}
