import { countSources, findSourcePage, NO_PUBLICATION_DAY, parseCalendarDay, publisherCounts, type SourceCursor } from '@chronicle/db';
import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { badInput, clientError } from '../errors.ts';
import { parseGlobalId } from '../global-id.ts';
import { decodeCursor, loadedConnection, pageSize, searchArgument, uuidFromCursor } from '../pagination.ts';
import { visibleStatuses } from '../viewer.ts';
import { canSeeSource, isEditor } from '../visibility.ts';

function sourceCursorOf(after: string | null | undefined): SourceCursor | null {
  if (!after) return null;
  const [day, id] = decodeCursor(after, 2);
  // An undated source's cursor holds the day such sources sort as, which is no calendar day chronicle dates anything by.
  if (day !== NO_PUBLICATION_DAY && !parseCalendarDay(day ?? '')) throw badInput('"after" is not a cursor this API gave out.', 'after');
  return { day: day!, id: uuidFromCursor(id) };
}

export const Query: Pick<QueryResolvers<Context>, 'source' | 'sources' | 'publishers'> = {
  publishers: async (_, { timeline }, context) => {
    let timelineId: string | null = null;
    if (timeline) {
      const row = await context.db.timeline.findUnique({ where: { slug: timeline }, select: { id: true } });
      if (!row) throw clientError('NOT_FOUND', `There is no timeline "${timeline}".`);
      timelineId = row.id;
    }
    return publisherCounts(context.db, timelineId, visibleStatuses(context.viewer));
  },

  source: async (_, { id }, context) => {
    const parsed = parseGlobalId(id);
    if (!parsed || parsed.type !== 'Source') throw badInput('"id" is not a valid Source ID.', 'id');
    return (await canSeeSource(context, parsed.id)) ? context.loaders.source.load(parsed.id) : null;
  },

  sources: async (_, args, context) => {
    const filter = { search: searchArgument(args.search), publicOnly: !isEditor(context) };
    const page = await findSourcePage(context.db, filter, { first: pageSize(args.first), after: sourceCursorOf(args.after) });
    return loadedConnection({
      page,
      after: args.after,
      load: (ids) => context.loaders.source.loadMany(ids),
      encode: (c) => [c.day, c.id],
      totalCount: () => countSources(context.db, filter),
    });
  },
};
