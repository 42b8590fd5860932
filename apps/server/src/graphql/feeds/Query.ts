import type { QueryResolvers } from '@chronicle/schema/resolvers';
import { requireEditor, type Context } from '../context.ts';
import { toFeeds } from './feed.ts';

export const Query: Pick<QueryResolvers<Context>, 'feeds'> = {
  feeds: async (_, __, context) => {
    requireEditor(context);
    return toFeeds(context.db, await context.db.feed.findMany({ orderBy: { createdAt: 'asc' } }));
  },
};
