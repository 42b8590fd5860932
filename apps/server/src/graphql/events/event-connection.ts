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
  const events = await context.loaders.event.loadMany(page.ids);
  // An event deleted between the two queries is left out, with its cursor.
  const kept = page.cursors.flatMap((cursor, i) => {
    const event = events[i];
    return event && !(event instanceof Error) ? [{ event, cursor }] : [];
  });
  return {
    nodes: kept.map((k) => k.event),
    cursors: kept.map((k) => encodeCursor([toCalendarDay(k.cursor.startsOn), k.cursor.id])),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: Boolean(after),
    totalCount: () => countEvents(context.db, filter),
  };
}
