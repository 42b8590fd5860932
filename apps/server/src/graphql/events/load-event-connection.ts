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
  type EventPageWithRelations,
  type PageRelations,
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
    primeEvents(context, page.events);
    return toConnection(page, after, () => countEvents(context.db, filter));
  }
  const page = await findEventPageWithRelations(context.db, filter, { first, after }, wanted, visibleStatuses(context.viewer));
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
  }
  primeLoaders(context, page, wanted);
  const total = page.total;
  return toConnection(page, after, total === null ? () => countEvents(context.db, filter) : () => Promise.resolve(total));
}

/**
 * Other paths to the same rows in this request (a nested event, a second
 * selection) find them without a query; but only rows that came whole: one
 * with only the fields this page shows would lack what another path asks.
 */
function primeLoaders(context: Context, page: EventPageWithRelations, wanted: PageRelations): void {
  const { loaders } = context;
  const fields = wanted.fields ?? {};
  // A relation's rows carry the rows they name (its actors, its sources): those must be whole too.
  const whole = {
    event: !fields.event,
    actor: !fields.actor,
    citation: !fields.citation && !fields.source,
    quote: !fields.quote && !fields.actor && !fields.source,
  };
  for (const event of page.events) {
    if (wanted.actors && whole.actor) loaders.actorsOfEvent.prime(event.id, page.actorsOf.get(event.id) ?? []);
    if (wanted.citations && whole.citation) loaders.citationsOfEvent.prime(event.id, page.citationsOf.get(event.id) ?? []);
    if (wanted.quotes && whole.quote) loaders.quotesOfEvent.prime(event.id, page.quotesOf.get(event.id) ?? []);
  }
  if (whole.event) primeEvents(context, page.events);
  if (whole.actor) for (const actor of page.actors) loaders.actor.prime(actor.id, actor);
  if (!fields.source) for (const source of page.sources) loaders.source.prime(source.id, source);
}

/**
 * An actor's events, batched with the other actors of the same request that
 * ask the same question (see loaders.ts), so a list of actors with their
 * events costs two statements, not two per actor.
 */
export async function actorEventConnection(context: Context, actorId: string, role: ActorRole | null, args: PageArgs): Promise<ConnectionParent<Event>> {
  const query = { statuses: visibleStatuses(context.viewer), role, first: pageSize(args.first), after: eventCursorOf(args.after) };
  const page = await context.loaders.eventPageOfActor.load(actorId, query);
  primeEvents(context, page.events);
  return toConnection(page, query.after, () => context.loaders.eventCountOfActor.load(actorId, { ...query, first: 0, after: null }));
}

function eventCursorOf(after: string | null | undefined): EventCursor | null {
  if (!after) return null;
  const [day, id] = decodeCursor(after, 2);
  const startsOn = parseCalendarDay(day ?? '');
  if (!startsOn) throw badInput('"after" is not a cursor this API gave out.', 'after');
  return { startsOn, id: uuidFromCursor(id) };
}

/** Later lookups of these events in this request need no query. */
function primeEvents(context: Context, events: readonly Event[]): void {
  for (const event of events) context.loaders.event.prime(event.id, event);
}

function toConnection(page: EventPage, after: EventCursor | null, totalCount: () => Promise<number>): ConnectionParent<Event> {
  return {
    nodes: page.events,
    cursors: page.cursors.map((c) => encodeCursor([toCalendarDay(c.startsOn), c.id])),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: Boolean(after),
    totalCount,
  };
}
