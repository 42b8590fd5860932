import { displayDate, spanOf, type StanceKind } from '@chronicle/db';
import type { StanceResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { loaded } from '../loaded.ts';

export const Stance: StanceResolvers<Context> = {
  id: (stance) => toGlobalId('Stance', stance.id),
  actor: (stance, _, { loaders }) => loaded(loaders.actor.load(stance.actorId), `actor ${stance.actorId}`),
  target: (stance, _, { loaders }) => loaded(loaders.actor.load(stance.targetId), `actor ${stance.targetId}`),
  sinceDisplay: (stance) => (stance.since && stance.sincePrecision ? displayDate(spanOf(stance.since, stance.sincePrecision)) : null),
  citations: (stance, _, { loaders }) => loaders.citationsOfStance.load(stance.id),
  contestedBy: async (stance, _, { loaders }) =>
    (await loaders.stancesOfActor.load(stance.actorId)).filter((other) => other.targetId === stance.targetId && contradicts(other.kind, stance.kind)),
  source: async (stance, _, { loaders }) => {
    const [earliest] = await loaders.citationsOfStance.load(stance.id);
    return earliest ? loaders.source.load(earliest.sourceId) : null;
  },
  passage: async (stance, _, { loaders }) => (await loaders.citationsOfStance.load(stance.id))[0]?.passage ?? null,
};

/** Backing (support or recognition) and opposition contradict each other; support and recognition do not. */
function contradicts(a: StanceKind, b: StanceKind): boolean {
  return (a === 'OPPOSES') !== (b === 'OPPOSES');
}
