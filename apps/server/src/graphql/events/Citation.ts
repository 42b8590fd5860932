import { spanOf } from '@chronicle/db';
import type { CitationResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { loaded } from '../loaded.ts';
import { linkedSource } from './preloaded-relations.ts';

export const Citation: CitationResolvers<Context> = {
  id: (citation) => toGlobalId('Citation', citation.id),
  source: (citation, _, { loaders }) => linkedSource(citation) ?? loaded(loaders.source.load(citation.sourceId), `source ${citation.sourceId}`),
  event: (citation, _, { loaders }) => loaded(loaders.event.load(citation.eventId), `event ${citation.eventId}`),
  resolvedDate: ({ resolvedStartsOn, resolvedEndsOn, resolvedPrecision }) =>
    resolvedStartsOn && resolvedPrecision ? spanOf(resolvedStartsOn, resolvedPrecision, resolvedEndsOn) : null,
};
