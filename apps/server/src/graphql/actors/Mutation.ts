import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { confirmActor, mergeActors } from '../../review/actors.ts';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';

export const Mutation: Pick<MutationResolvers<Context>, 'confirmActor' | 'mergeActors'> = {
  confirmActor: (_, { id, input }, { db }) => confirmActor(db, idOf('Actor', id), input ?? {}),
  mergeActors: (_, { keep, merge }, { db }) => mergeActors(db, idOf('Actor', keep, 'keep'), idOf('Actor', merge, 'merge')),
};
