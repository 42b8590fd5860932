import type { SourceResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { canSeeEvidence } from '../visibility.ts';

export const Source: SourceResolvers<Context> = {
  id: (source) => toGlobalId('Source', source.id),
  text: (source, _, { loaders }) => ('text' in source && typeof source.text === 'string' ? source.text : loaders.sourceText.load(source.id)),
  citations: async (source, _, context) => (await context.loaders.citationsOfSource.load(source.id)).filter((citation) => canSeeEvidence(context, citation)),
};
