import { eventHistogram } from '@chronicle/db';
import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { parseGlobalId } from '../global-id.ts';
import { canSeeReviewed } from '../visibility.ts';
import { eventConnection } from './load-event-connection.ts';
import { toDbEventFilter } from './event-filter-input.ts';

const MAX_BUCKETS = 500;

export const Query: Pick<QueryResolvers<Context>, 'events' | 'event' | 'eventHistogram'> = {
  events: async (_, args, context, info) => eventConnection(context, await toDbEventFilter(context, args.filter), args, info),

  event: async (_, { id }, context) => {
    const parsed = parseGlobalId(id);
    if (!parsed || parsed.type !== 'Event') throw badInput('"id" is not a valid Event ID.', 'id');
    const event = await context.loaders.event.load(parsed.id);
    return event && canSeeReviewed(context, event) ? event : null;
  },

  eventHistogram: async (_, { filter, buckets }, context) => {
    if (!filter.from || !filter.to) throw badInput('eventHistogram needs both "filter.from" and "filter.to".', 'filter');
    const count = buckets ?? 50;
    if (!Number.isInteger(count) || count < 1 || count > MAX_BUCKETS) {
      throw badInput(`"buckets" must be between 1 and ${MAX_BUCKETS}.`, 'buckets');
    }
    const dbFilter = await toDbEventFilter(context, filter);
    return eventHistogram(context.db, { ...dbFilter, from: filter.from, to: filter.to }, count);
  },
};
