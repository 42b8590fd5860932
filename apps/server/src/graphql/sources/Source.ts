import type { SourceParent } from '@chronicle/schema/mappers';
import type { SourceConnectionResolvers, SourceResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { connectionResolvers } from '../pagination.ts';

export const Source: SourceResolvers<Context> = {
  id: (source) => toGlobalId('Source', source.id),
  text: (source, _, { loaders }) => ('text' in source && typeof source.text === 'string' ? source.text : loaders.sourceText.load(source.id)),
  // Readers see the citations of published events only.
  citations: (source, _, context) =>
    context.db.citation.findMany({
      where: { sourceId: source.id, ...(context.viewer.editor ? {} : { event: { status: 'PUBLISHED' } }) },
      orderBy: [{ passageStart: 'asc' }, { id: 'asc' }],
    }),
};

export const SourceConnection: SourceConnectionResolvers<Context> = connectionResolvers<SourceParent>();
