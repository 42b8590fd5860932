import type { EventActorResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { loaded } from '../loaded.ts';

export const EventActor: EventActorResolvers<Context> = {
  actor: (link, _, { loaders }) => loaded(loaders.actor.load(link.actorId), `actor ${link.actorId}`),
};
