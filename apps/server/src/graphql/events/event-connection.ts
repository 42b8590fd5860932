import { countEvents, findEventPage, parseCalendarDay, toCalendarDay, type Event, type EventFilter } from '@chronicle/db';
import type { ConnectionParent } from '@chronicle/schema/mappers';
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize, uuidFromCursor } from '../pagination.ts';
import { badInput } from '../errors.ts';

/** A page of events in time order, loaded in one query after the id scan. */
export async function eventConnection(
  context: Context,
  filter: EventFilter,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionParent<Event>> {
  const first = pageSize(args.first);
  let after = null;
  if (args.after) {
    const [day, id] = decodeCursor(args.after, 2);
    const startsOn = parseCalendarDay(day ?? '');
    if (!startsOn) throw badInput('"after" is not a cursor this API gave out.', 'after');
    after = { startsOn, id: uuidFromCursor(id) };
  }
  const page = await findEventPage(context.db, filter, { first, after });
  // Later lookups of these events in this request need no query.
  for (const event of page.events) context.loaders.event.prime(event.id, event);
  return {
    nodes: page.events,
    cursors: page.cursors.map((c) => encodeCursor([toCalendarDay(c.startsOn), c.id])),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: Boolean(after),
    totalCount: () => countEvents(context.db, filter),
  };
}
