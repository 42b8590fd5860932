import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';

export const Query: Pick<QueryResolvers<Context>, 'timeline' | 'timelines'> = {
  timeline: (_, { slug }, context) => context.db.timeline.findUnique({ where: { slug } }),
  timelines: (_, __, context) => context.db.timeline.findMany({ orderBy: { title: 'asc' } }),
};
