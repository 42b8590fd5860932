import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { publishStance, publishStanceCitation, rejectStance, rejectStanceCitation } from '../../review/stance-review.ts';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';

type StanceMutations = 'publishStance' | 'rejectStance' | 'publishStanceCitation' | 'rejectStanceCitation';

export const Mutation: Pick<MutationResolvers<Context>, StanceMutations> = {
  publishStance: (_, { id }, { db }) => publishStance(db, idOf('Stance', id)),
  rejectStance: (_, { id }, { db }) => rejectStance(db, idOf('Stance', id)),
  publishStanceCitation: (_, { id }, { db }) => publishStanceCitation(db, idOf('StanceCitation', id)),
  rejectStanceCitation: (_, { id }, { db }) => rejectStanceCitation(db, idOf('StanceCitation', id)),
};
