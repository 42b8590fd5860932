import type { TimelineResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';

export const Timeline: TimelineResolvers<Context> = {
  id: (timeline) => toGlobalId('Timeline', timeline.id),
  eventCount: async (timeline, _, { loaders }) => (await loaders.timelineExtent.load(timeline.id)).count,
  start: async (timeline, _, { loaders }) => (await loaders.timelineExtent.load(timeline.id)).start,
  end: async (timeline, _, { loaders }) => (await loaders.timelineExtent.load(timeline.id)).end,
};
