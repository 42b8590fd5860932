import { displayDate, spanOf } from '@chronicle/db';
import type { StanceResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';

export const Stance: StanceResolvers<Context> = {
  id: (stance) => toGlobalId('Stance', stance.id),
  actor: async (stance, _, { loaders }) => (await loaders.actor.load(stance.actorId))!,
  target: async (stance, _, { loaders }) => (await loaders.actor.load(stance.targetId))!,
  source: (stance, _, { loaders }) => (stance.sourceId ? loaders.source.load(stance.sourceId) : null),
  sinceDisplay: (stance) => (stance.since && stance.sincePrecision ? displayDate(spanOf(stance.since, stance.sincePrecision)) : null),
};
