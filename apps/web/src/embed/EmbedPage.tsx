// /embed/<slug>: the timeline alone, for an <iframe> on someone else's page.
// Read-only and compact: no filters, no editors' links; the window, kinds and
// search come from the embed address, and a link opens the same view in
// chronicle. Panning and opening events still work, inside the frame.
import { useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { EventDetail } from '../detail/EventDetail.tsx';
import { explorerPath } from '../share/shareLinks.ts';
import { ErrorState } from '../states/ErrorState.tsx';
import { Loading } from '../states/Loading.tsx';
import { TimelineView } from '../timeline/TimelineView.tsx';
import { useExplorerParams } from '../url/useExplorerParams.ts';

const EmbedTimelineQuery = graphql(`
  query EmbedTimeline($slug: String!) {
    timeline(slug: $slug) {
      id
      title
      eventCount
      start
      end
    }
  }
`);

export default function EmbedPage({ slug }: { slug: string }) {
  const [query, update] = useExplorerParams();
  const params = { ...query, timeline: slug, view: 'timeline' as const };
  const { data, error, refetch } = useQuery(EmbedTimelineQuery, { variables: { slug } });
  const timeline = data?.timeline;

  let main;
  if (error && !data) main = <ErrorState error={error} what="the timeline" onRetry={() => void refetch()} />;
  else if (!data) main = <Loading label="Loading the timeline…" />;
  else if (!timeline)
    main = (
      <p className="state state-empty" role="alert">
        No timeline called “{slug}”.
      </p>
    );
  else {
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
    <div className="app embed">
      <header className="embed-header">
        <h1 className="embed-title">{timeline?.title ?? slug}</h1>
        <p className="embed-credit">
          Timeline by{' '}
          <a href={explorerPath(params)} target="_blank" rel="noopener">
            chronicle
          </a>
          {' · '}
          <a href={explorerPath(params)} target="_blank" rel="noopener" className="embed-open">
            Open the full timeline
          </a>
        </p>
      </header>
      <div className={params.event ? `app-main has-detail${params.panel === 'accounts' ? ' has-accounts' : ''}` : 'app-main'}>
        <main className="view">{main}</main>
        {params.event && (
          <EventDetail
            key={params.event}
            eventId={params.event}
            takeFocus
            selectedActors={params.actors}
            panel={params.panel}
            onPanel={(panel) => update({ panel })}
            onClose={() => update({ event: null, panel: 'details' })}
            onFilterActor={(actorId) => update({ actors: params.actors.includes(actorId) ? params.actors : [...params.actors, actorId] })}
          />
        )}
      </div>
    </div>
  );
}
