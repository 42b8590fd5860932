import { countEvents, findEventPage, parseCalendarDay, toCalendarDay, type ActorRole, type Event, type EventCursor, type EventFilter, type EventPage } from '@chronicle/db';
import type { ConnectionParent } from '@chronicle/schema/mappers';
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize, uuidFromCursor } from '../pagination.ts';
import { badInput } from '../errors.ts';
import { visibleStatuses } from '../visibility.ts';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of events in time order, loaded in one query after the id scan. */
export async function eventConnection(context: Context, filter: EventFilter, args: PageArgs): Promise<ConnectionParent<Event>> {
  const first = pageSize(args.first);
  const after = eventCursorOf(args.after);
  const page = await findEventPage(context.db, filter, { first, after });
  return toConnection(context, page, after, () => countEvents(context.db, filter));
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
