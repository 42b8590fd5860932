// The explorer page: header and filters, the chosen view (timeline, list,
// who backs whom) and the selected event's details beside it.
import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { EventDetail } from '../detail/EventDetail.tsx';
import { FilterBar } from '../filters/FilterBar.tsx';
import { SharePanel } from '../share/SharePanel.tsx';
import { EventList } from '../list/EventList.tsx';
import { LiveStatus } from '../live/LiveStatus.tsx';
import { useLiveEvents } from '../live/useLiveEvents.ts';
import { ErrorState } from '../states/ErrorState.tsx';
import { Loading } from '../states/Loading.tsx';
import { StancesView } from '../stances/StancesView.tsx';
import { TimelineView } from '../timeline/TimelineView.tsx';
import { DEFAULT_TIMELINE } from '../url/explorerParams.ts';
import { useExplorerParams } from '../url/useExplorerParams.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

const ExplorerTimelineQuery = graphql(`
  query ExplorerTimeline($slug: String!) {
    timeline(slug: $slug) {
      id
      slug
      title
      description
      eventCount
      start
      end
    }
    timelines {
      id
      slug
      title
    }
  }
`);

export function Explorer() {
  const [params, update] = useExplorerParams();
  const { data, error, refetch } = useQuery(ExplorerTimelineQuery, { variables: { slug: params.timeline } });
  const timeline = data?.timeline;
  // Only a timeline that exists can be listened to.
  useLiveEvents(timeline ? timeline.slug : null);
  // An event opened by the person takes the focus; one opened by the link the
  // page was loaded with does not (the page starts at its top).
  const eventOnLoadRef = useRef<string | null | undefined>(params.event);
  useEffect(() => {
    if (params.event !== eventOnLoadRef.current) eventOnLoadRef.current = undefined;
  }, [params.event]);

  function closeDetail() {
    const eventId = params.event;
    update({ event: null, panel: 'details' });
    // Back to where the person was in the timeline or list.
    if (eventId) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"], [id="event-${CSS.escape(eventId)}"] button`)?.focus(),
      );
    }
  }

  function showActor(actorId: string) {
    update({ actors: [actorId], view: params.view === 'stances' ? 'timeline' : params.view, event: null });
  }

  let main;
  if (error && !data) {
    main = <ErrorState error={error} what="the timeline" onRetry={() => void refetch()} />;
  } else if (!data) {
    main = <Loading label="Loading the timeline…" />;
  } else if (!timeline) {
    main = (
      <div className="state state-empty" role="alert">
        <h2>No timeline called “{params.timeline}”</h2>
        <button type="button" className="button button-primary" onClick={() => update({ timeline: DEFAULT_TIMELINE, from: null, to: null })}>
          Open the default timeline
        </button>
      </div>
    );
  } else if (params.view === 'list') {
    main = <EventList params={params} update={update} />;
  } else if (params.view === 'stances') {
    main = <StancesView onShowActor={showActor} />;
  } else {
    main = (
      <TimelineView
        params={params}
        update={update}
        timelineTitle={timeline.title}
        bounds={timeline.start && timeline.end ? { start: timeline.start, end: timeline.end } : null}
        eventCount={timeline.eventCount}
      />
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <a className="brand-name" href="/">
            chronicle
          </a>
          <h1 className="brand-timeline">{timeline?.title ?? 'News as a sourced timeline'}</h1>
        </div>
        {timeline && <LiveStatus />}
        <ViewSwitch view={params.view} onChange={(view) => update({ view })} />
        {timeline && <SharePanel params={params} />}
        <a className="button button-quiet" href="/ingest">
          Review articles
        </a>
        <a className="button button-quiet" href="/graphiql">
          API playground
        </a>
      </header>
      {/* Stances are not filtered by events' filters; hide what would not apply. */}
      {params.view !== 'stances' && <FilterBar params={params} update={update} timelines={data?.timelines ?? []} />}
      <div className={params.event ? `app-main has-detail${params.panel === 'accounts' ? ' has-accounts' : ''}` : 'app-main'}>
        <main className="view">{main}</main>
        {params.event && (
          <EventDetail
            key={params.event}
            eventId={params.event}
            takeFocus={params.event !== eventOnLoadRef.current}
            selectedActors={params.actors}
            panel={params.panel}
            onPanel={(panel) => update({ panel })}
            onClose={closeDetail}
            onFilterActor={(actorId) => update({ actors: params.actors.includes(actorId) ? params.actors : [...params.actors, actorId] })}
          />
        )}
      </div>
    </div>
  );
}
