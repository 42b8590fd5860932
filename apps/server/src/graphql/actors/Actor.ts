import type { Actor as ActorRow } from '@chronicle/db';
import type { ActorConnectionResolvers, ActorResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { eventConnection } from '../events/event-connection.ts';
import { toGlobalId } from '../global-id.ts';
import { connectionResolvers } from '../pagination.ts';

/** Readers see what is published; editors see everything. */
function visibleStatuses(context: Context) {
  return context.viewer.editor ? (['PUBLISHED', 'DRAFT', 'REJECTED'] as const) : (['PUBLISHED'] as const);
}

export const Actor: ActorResolvers<Context> = {
  id: (actor) => toGlobalId('Actor', actor.id),
  events: (actor, args, context) =>
    eventConnection(context, { statuses: [...visibleStatuses(context)], actorIds: [actor.id], actorRole: args.role ?? null }, args),
  quotes: (actor, _, context) =>
    context.db.quote.findMany({
      where: { speakerId: actor.id, event: { status: { in: [...visibleStatuses(context)] } } },
      orderBy: [{ event: { startsOn: 'asc' } }, { textStart: 'asc' }, { id: 'asc' }],
    }),
  stances: (actor, _, context) => context.db.stance.findMany({ where: { actorId: actor.id }, orderBy: [{ since: 'asc' }, { id: 'asc' }] }),
  stancesTowards: (actor, _, context) =>
    context.db.stance.findMany({ where: { targetId: actor.id }, orderBy: [{ since: 'asc' }, { id: 'asc' }] }),
};

export const ActorConnection: ActorConnectionResolvers<Context> = connectionResolvers<ActorRow>();
