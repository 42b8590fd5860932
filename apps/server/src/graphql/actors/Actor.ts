import type { ActorResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { actorEventConnection } from '../events/load-event-connection.ts';
import { toGlobalId } from '../global-id.ts';
import { canSeeEvidence } from '../visibility.ts';

export const Actor: ActorResolvers<Context> = {
  id: (actor) => toGlobalId('Actor', actor.id),
  events: (actor, args, context) => actorEventConnection(context, actor.id, args.role ?? null, args),
  quotes: async (actor, _, context) => (await context.loaders.quotesBySpeaker.load(actor.id)).filter((quote) => canSeeEvidence(context, quote)),
  stances: (actor, _, { loaders }) => loaders.stancesOfActor.load(actor.id),
  stancesTowards: (actor, _, { loaders }) => loaders.stancesTowardsActor.load(actor.id),
};
