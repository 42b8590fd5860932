import type { MutationResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';

export const Mutation: Pick<MutationResolvers<Context>, 'ping'> = {
  ping: (_, __, { viewer }) => ({ isEditor: viewer.editor !== null, tokenName: viewer.editor?.tokenName ?? null }),
};
