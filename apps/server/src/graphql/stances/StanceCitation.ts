import type { StanceCitationResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { loaded } from '../loaded.ts';

export const StanceCitation: StanceCitationResolvers<Context> = {
  id: (citation) => toGlobalId('StanceCitation', citation.id),
  source: (citation, _, { loaders }) => loaded(loaders.source.load(citation.sourceId), `source ${citation.sourceId}`),
};
