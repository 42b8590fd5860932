import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { importTimeline } from '../../import/import-timeline.ts';
import type { Context } from '../context.ts';

export const Mutation: Pick<MutationResolvers<Context>, 'importTimeline'> = {
  importTimeline: (_, { input }, { db }) => importTimeline(db, { slug: input.timeline, title: input.title, format: input.format, content: input.content }),
};
