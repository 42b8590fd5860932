import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { importTimeline } from '../../import/import-timeline.ts';
import type { Context } from '../context.ts';

export const Mutation: Pick<MutationResolvers<Context>, 'importTimeline'> = {
  importTimeline: async (_, { input }, { db }) => {
    const result = await importTimeline(db, { slug: input.timeline, title: input.title, format: input.format, content: input.content });
    const [timeline, events] = await Promise.all([
      db.timeline.findUniqueOrThrow({ where: { id: result.timelineId } }),
      db.event.findMany({ where: { id: { in: result.eventIds } } }),
    ]);
    const byId = new Map(events.map((e) => [e.id, e]));
    return {
      timeline,
      events: result.eventIds.flatMap((id) => byId.get(id) ?? []),
      skipped: result.skipped,
      warnings: result.warnings,
    };
  },
};
