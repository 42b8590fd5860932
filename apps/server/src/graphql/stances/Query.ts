import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';
import { visibleStatuses } from '../viewer.ts';

export const Query: Pick<QueryResolvers<Context>, 'stances'> = {
  stances: (_, args, context) =>
    context.db.stance.findMany({
      where: {
        ...(args.actor != null ? { actorId: idOf('Actor', args.actor, 'actor') } : {}),
        ...(args.target != null ? { targetId: idOf('Actor', args.target, 'target') } : {}),
        ...(args.kind ? { kind: args.kind } : {}),
        status: { in: [...visibleStatuses(context.viewer)] },
      },
      orderBy: [{ targetId: 'asc' }, { since: 'asc' }, { id: 'asc' }],
    }),
};
