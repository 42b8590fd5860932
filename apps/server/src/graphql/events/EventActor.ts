import type { EventActorResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { loaded } from '../loaded.ts';
import { linkedActor } from './preloaded-relations.ts';

export const EventActor: EventActorResolvers<Context> = {
  actor: (link, _, { loaders }) => linkedActor(link) ?? loaded(loaders.actor.load(link.actorId), `actor ${link.actorId}`),
};
