// A timeline as readers see it, loaded for export. It asks through an
// anonymous reader's context, the same filter checks and per-request loaders
// as the GraphQL API, so an export can never show what the API would not:
// published events only, their published citations and quotes, and the
// sources and actors those make public.
import { displayDate, findEventPage, type Database, type Event, type EventCursor } from '@chronicle/db';
import { createContext, type Context } from '../../graphql/context.ts';
import { toDbEventFilter } from '../../graphql/events/event-filter-input.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { safeHttpUrl, type ExportedEvent, type ExportedTimeline } from '../../export/exported-timeline.ts';
import { eventPageUrl, timelinePageUrl } from '../links.ts';
import { exportFilter, narrowingParams } from './export-query.ts';

const PAGE = 200;
/** Far above any timeline chronicle holds; a bound so one request cannot walk a runaway table. */
export const MAX_EXPORTED_EVENTS = 20_000;

async function exportedEvent(context: Context, event: Event, origin: string, slug: string): Promise<ExportedEvent> {
  const { loaders } = context;
  const [links, citations, quotes] = await Promise.all([
    loaders.actorsOfEvent.load(event.id),
    loaders.citationsOfEvent.load(event.id),
    loaders.quotesOfEvent.load(event.id),
  ]);
  const [actors, sources, speakers] = await Promise.all([
    Promise.all(links.map((l) => loaders.actor.load(l.actorId))),
    Promise.all(citations.map((c) => loaders.source.load(c.sourceId))),
    Promise.all(quotes.map((q) => (q.speakerId ? loaders.actor.load(q.speakerId) : null))),
  ]);
  const id = toGlobalId('Event', event.id);
  return {
    id,
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    span: event,
    display: displayDate(event),
    place: event.place,
    actors: links.flatMap((l, i) => (actors[i] ? [{ name: actors[i].name, role: l.role }] : [])),
    sources: citations.flatMap((c, i) => {
      const source = sources[i];
      if (!source) return [];
      return [
        {
          title: source.title,
          publisher: source.publisher,
          url: safeHttpUrl(source.url),
          publishedOn: source.publishedOn,
          passage: c.passage,
          dateExpression: c.dateExpression,
        },
      ];
    }),
    quotes: quotes.map((q, i) => ({ text: q.text, verb: q.verb, speaker: speakers[i]?.name ?? null })),
    url: eventPageUrl(origin, slug, id),
  };
}

/**
 * Null when there is no such timeline. Throws the API's own errors
 * (BAD_USER_INPUT, NOT_FOUND) for a bad filter. `maxEvents` keeps the first
 * events only (the page's JSON-LD need not grow with the timeline).
 */
export async function loadPublishedTimeline(
  db: Database,
  slug: string,
  query: URLSearchParams,
  origin: string,
  maxEvents = MAX_EXPORTED_EVENTS,
): Promise<ExportedTimeline | null> {
  const timeline = await db.timeline.findUnique({ where: { slug } });
  if (!timeline) return null;
  const { filter, filtered } = exportFilter(slug, query);
  const dbFilter = await toDbEventFilter(await createContext(db, undefined), filter);
  const events: ExportedEvent[] = [];
  let after: EventCursor | null = null;
  for (;;) {
    const page = await findEventPage(db, dbFilter, { first: Math.min(PAGE, maxEvents - events.length), after });
    // A reader's context per page: its loaders cache what they load, and one
    // context for the whole export held every actor, citation and source of
    // 20,000 events at once (200 MB of heap for one export).
    const context = await createContext(db, undefined);
    events.push(...(await Promise.all(page.events.map((e) => exportedEvent(context, e, origin, slug)))));
    after = page.cursors.at(-1) ?? null;
    if (!page.hasNextPage || !after || events.length >= maxEvents) break;
  }
  return {
    slug,
    title: timeline.title,
    description: timeline.description,
    url: timelinePageUrl(origin, slug, narrowingParams(query)),
    filtered,
    events,
  };
}
