// The timeline page. It loads only what is in view: the events of the
// visible window plus a margin (at most 200), or, when the window is wider
// than two years or holds more than 200 events, per-bucket counts instead.
import { lazy, Suspense, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { DENSITY_SPAN_DAYS, fitWindow, nextFetchWindow, spanDays, type DayWindow } from '../dates/dayWindow.ts';
import { filterOf } from '../events/eventFilter.ts';
import type { ExplorerParams } from '../url/explorerParams.ts';
import type { UpdateParams } from '../url/useExplorerParams.ts';
import { useLiveRevision, useRecentlyChanged } from '../live/recentChanges.ts';
import { ErrorState } from '../states/ErrorState.tsx';
import { NoEvents } from '../states/NoEvents.tsx';
import { bucketCount, densityItems } from './densityItems.ts';
import { layoutEvents } from './timelineItems.ts';
import { LanesControl } from './LanesControl.tsx';
import { Legend } from './Legend.tsx';
// vis-timeline's styles stay in the main stylesheet, ahead of ours, which override them.
import 'vis-timeline/styles/vis-timeline-graph2d.css';

// vis-timeline, vis-data and moment are half the app's code: they load in
// their own chunk so the page paints without waiting for them. The download
// starts with the app, alongside the first queries, not once the window is known.
const visTimelineModule = import('./VisTimeline.tsx');
const VisTimeline = lazy(() => visTimelineModule.then((module) => ({ default: module.VisTimeline })));

const PAGE = 200;

const TimelineEventsQuery = graphql(`
  query TimelineEvents($filter: EventFilter!, $first: Int!) {
    events(filter: $filter, first: $first) {
      totalCount
      nodes {
        ...TimelineItem_event
      }
    }
  }
`);

// Whether a window likely to be crowded holds a page at all, before asking
// for the page (the per-span counts answer it without reading events).
const TimelineCountQuery = graphql(`
  query TimelineCount($filter: EventFilter!) {
    events(filter: $filter, first: 0) {
      totalCount
    }
  }
`);

const TimelineDensityQuery = graphql(`
  query TimelineDensity($filter: EventFilter!, $buckets: Int!) {
    eventHistogram(filter: $filter, buckets: $buckets) {
      from
      to
      count
    }
  }
`);

interface TimelineViewProps {
  params: ExplorerParams;
  update: UpdateParams;
  /** First and last day of the timeline's events, to fit it when the URL has no window. */
  bounds: { start: string; end: string } | null;
  /** How many events the timeline has, to guess which windows are crowded. */
  eventCount: number;
  timelineTitle: string;
}

export function TimelineView({ params, update, bounds, eventCount, timelineTitle }: TimelineViewProps) {
  const visible = useMemo<DayWindow | null>(() => {
    if (params.from && params.to) return { from: params.from, to: params.to };
    return bounds ? fitWindow(bounds.start, bounds.end) : null;
  }, [params.from, params.to, bounds]);

  const [fetchWindow, setFetchWindow] = useState<DayWindow | null>(() => (visible ? nextFetchWindow(visible, null) : null));
  useEffect(() => {
    if (visible) setFetchWindow((current) => nextFetchWindow(visible, current));
  }, [visible]);

  const baseFilter = filterOf(params);
  const filter = fetchWindow ? { ...baseFilter, from: fetchWindow.from, to: fetchWindow.to } : null;
  const tooWide = visible !== null && spanDays(visible) > DENSITY_SPAN_DAYS;

  // A window the timeline's average density says holds far more than a page
  // is counted first and its page asked for only if it fits: asked straight
  // away, a page of 200 with their actors and sources came back, was thrown
  // away for the bars, and the bars were asked for after it (every window of
  // a timeline of a million events).
  const likelyCrowded =
    !tooWide && fetchWindow !== null && bounds !== null && eventCount * spanDays(fetchWindow) > 2 * PAGE * spanDays({ from: bounds.start, to: bounds.end });
  const count = useQuery(TimelineCountQuery, filter && likelyCrowded ? { variables: { filter } } : skipToken);
  const fitsPage = count.data === undefined ? undefined : count.data.events.totalCount <= PAGE;
  const askEvents = filter !== null && !tooWide && (!likelyCrowded || fitsPage === true);
  const events = useQuery(TimelineEventsQuery, filter && askEvents ? { variables: { filter, first: PAGE } } : skipToken);
  const eventsData = events.data ?? events.previousData;
  const crowded = likelyCrowded ? fitsPage !== true : !tooWide && eventsData !== undefined && eventsData.events.totalCount > PAGE;
  const showDensity = tooWide || crowded;
  const density = useQuery(
    TimelineDensityQuery,
    filter && fetchWindow && visible && showDensity ? { variables: { filter, buckets: bucketCount(spanDays(fetchWindow), spanDays(visible)) } } : skipToken,
  );

  const nodes = useMemo(() => (showDensity ? [] : (eventsData?.events.nodes ?? [])), [showDensity, eventsData]);
  const layout = useMemo(() => layoutEvents(nodes, params.lanes, params.publishers), [nodes, params.lanes, params.publishers]);
  const densityData = density.data ?? density.previousData;
  const recentlyChanged = useRecentlyChanged();
  const items = useMemo(
    () =>
      showDensity
        ? densityItems(densityData?.eventHistogram ?? [])
        : layout.items.map((item) => (recentlyChanged.has(item.eventId) ? { ...item, className: `${item.className} is-live-changed` } : item)),
    [showDensity, densityData, layout, recentlyChanged],
  );

  // A change published elsewhere: the same window loads again, so the zoom,
  // the scroll and the selection stay where the reader left them.
  const revision = useLiveRevision();
  const reload = useEffectEvent(() => {
    if (filter && likelyCrowded) void count.refetch();
    if (askEvents) void events.refetch();
    if (showDensity && filter && fetchWindow && visible) void density.refetch();
  });
  useEffect(() => {
    if (revision !== 0) reload();
  }, [revision]);
  const eventOrder = useMemo(() => nodes.map((n) => n.id), [nodes]);

  const error = events.error ?? count.error ?? density.error;
  const busy = count.loading || events.loading || density.loading;
  const inView = visible ? nodes.filter((n) => n.date.end >= visible.from && n.date.start <= visible.to).length : 0;
  const densityTotal = densityData?.eventHistogram.reduce((sum, b) => sum + b.count, 0) ?? 0;
  const empty = !busy && !error && (showDensity ? density.data !== undefined && densityTotal === 0 : events.data !== undefined && inView === 0);

  const label = `Timeline: ${timelineTitle}`;
  // A timeline without published events has nothing to fit to.
  if (!visible) return <NoEvents params={params} update={update} windowed={false} />;

  return (
    <section className="timeline-view" aria-labelledby="timeline-heading">
      <div className="view-toolbar">
        <h2 id="timeline-heading" className="view-heading">
          Timeline
        </h2>
        <p className="view-status" role="status" aria-live="polite">
          {busy
            ? 'Loading events…'
            : showDensity
              ? `Too many events to show one by one${tooWide ? ' over more than two years' : ''}: bars show how many happened when. Zoom in to see them.`
              : `${inView} ${inView === 1 ? 'event' : 'events'} in view`}
        </p>
        <LanesControl lanes={params.lanes} disabled={showDensity} onChange={(lanes) => update({ lanes })} />
      </div>
      {error ? (
        <ErrorState
          error={error}
          what="the events"
          onRetry={() => void (events.error ? events.refetch() : count.error ? count.refetch() : density.refetch())}
        />
      ) : (
        <div className="timeline-frame">
          <Suspense fallback={<div className="timeline-canvas" role="region" aria-label={label} aria-busy="true" />}>
            <VisTimeline
              items={items}
              groups={showDensity ? null : layout.groups}
              window={visible}
              selectedEventId={params.event}
              eventOrder={eventOrder}
              label={label}
              busy={busy}
              onWindowChange={(window) => update({ from: window.from, to: window.to }, 'replace')}
              onSelectEvent={(event) => update({ event })}
            />
          </Suspense>
          {empty && (
            <div className="timeline-overlay">
              <NoEvents params={params} update={update} windowed />
            </div>
          )}
        </div>
      )}
      <p id="timeline-keys" className="hint">
        Drag to move, scroll to zoom, double-click a numbered cluster to open it up. With the keyboard: Tab to an event, arrow keys to move between events in
        time order, Enter to open one.
      </p>
      <Legend />
    </section>
  );
}
