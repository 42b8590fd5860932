import {
  countEvents,
  findEventPage,
  findEventPageWithRelations,
  parseCalendarDay,
  toCalendarDay,
  type ActorRole,
  type Event,
  type EventCursor,
  type EventFilter,
  type EventPage,
} from '@chronicle/db';
import type { ConnectionParent } from '@chronicle/schema/mappers';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize, uuidFromCursor } from '../pagination.ts';
import { badInput } from '../errors.ts';
import { visibleStatuses } from '../viewer.ts';
import { pageSelection } from './page-selection.ts';
import { attachActor, attachEventRelations, attachSource, attachSpeaker } from './preloaded-relations.ts';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * A page of events in time order. When the query shows the events' actors,
 * citations or quotes (a timeline does), the page, those, the actors and
 * sources they name, and the count come from one statement, and the
 * DataLoaders are primed with them; otherwise the page is one statement and
 * the relations batch as usual.
 */
export async function eventConnection(context: Context, filter: EventFilter, args: PageArgs, info?: GraphQLResolveInfo): Promise<ConnectionParent<Event>> {
  const first = pageSize(args.first);
  const after = eventCursorOf(args.after);
  const wanted = info ? pageSelection(info) : null;
  if (!wanted || !(wanted.actors || wanted.citations || wanted.quotes)) {
    const page = await findEventPage(context.db, filter, { first, after });
    return toConnection(context, page, after, () => countEvents(context.db, filter));
  }
  const page = await findEventPageWithRelations(context.db, filter, { first, after }, wanted, visibleStatuses(context.viewer));
  const { loaders } = context;
  const actorById = new Map(page.actors.map((actor) => [actor.id, actor]));
  const sourceById = new Map(page.sources.map((source) => [source.id, source]));
  for (const event of page.events) {
    const actors = wanted.actors ? (page.actorsOf.get(event.id) ?? []) : undefined;
    const citations = wanted.citations ? (page.citationsOf.get(event.id) ?? []) : undefined;
    const quotes = wanted.quotes ? (page.quotesOf.get(event.id) ?? []) : undefined;
    attachEventRelations(event, { actors, citations, quotes });
    for (const link of actors ?? []) attachActor(link, actorById.get(link.actorId));
    for (const citation of citations ?? []) attachSource(citation, sourceById.get(citation.sourceId));
    for (const quote of quotes ?? []) {
      if (quote.sourceId) attachSource(quote, sourceById.get(quote.sourceId));
      if (quote.speakerId) attachSpeaker(quote, actorById.get(quote.speakerId));
    }
    // Other paths to the same rows in this request (a nested event, a second selection) still find them.
    if (actors) loaders.actorsOfEvent.prime(event.id, actors);
    if (citations) loaders.citationsOfEvent.prime(event.id, citations);
    if (quotes) loaders.quotesOfEvent.prime(event.id, quotes);
  }
  for (const actor of page.actors) loaders.actor.prime(actor.id, actor);
  for (const source of page.sources) loaders.source.prime(source.id, source);
  const total = page.total;
  return toConnection(context, page, after, total === null ? () => countEvents(context.db, filter) : () => Promise.resolve(total));
}

/**
 * An actor's events, batched with the other actors of the same request that
 * ask the same question (see loaders.ts), so a list of actors with their
 * events costs two statements, not two per actor.
 */
export async function actorEventConnection(context: Context, actorId: string, role: ActorRole | null, args: PageArgs): Promise<ConnectionParent<Event>> {
  const query = { statuses: visibleStatuses(context.viewer), role, first: pageSize(args.first), after: eventCursorOf(args.after) };
  const page = await context.loaders.eventPageOfActor.load(actorId, query);
  return toConnection(context, page, query.after, () => context.loaders.eventCountOfActor.load(actorId, { ...query, first: 0, after: null }));
}

function eventCursorOf(after: string | null | undefined): EventCursor | null {
  if (!after) return null;
  const [day, id] = decodeCursor(after, 2);
  const startsOn = parseCalendarDay(day ?? '');
  if (!startsOn) throw badInput('"after" is not a cursor this API gave out.', 'after');
  return { startsOn, id: uuidFromCursor(id) };
}

function toConnection(context: Context, page: EventPage, after: EventCursor | null, totalCount: () => Promise<number>): ConnectionParent<Event> {
  // Later lookups of these events in this request need no query.
  for (const event of page.events) context.loaders.event.prime(event.id, event);
  return {
    nodes: page.events,
    cursors: page.cursors.map((c) => encodeCursor([toCalendarDay(c.startsOn), c.id])),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: Boolean(after),
    totalCount,
  };
}
