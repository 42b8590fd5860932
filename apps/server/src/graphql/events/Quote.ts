import type { QuoteResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { loaded } from '../loaded.ts';
import { linkedSource, linkedSpeaker } from './preloaded-relations.ts';

export const Quote: QuoteResolvers<Context> = {
  id: (quote) => toGlobalId('Quote', quote.id),
  speaker: (quote, _, { loaders }) => (quote.speakerId ? (linkedSpeaker(quote) ?? loaders.actor.load(quote.speakerId)) : null),
  source: (quote, _, { loaders }) => (quote.sourceId ? (linkedSource(quote) ?? loaders.source.load(quote.sourceId)) : null),
  event: (quote, _, { loaders }) => loaded(loaders.event.load(quote.eventId), `event ${quote.eventId}`),
};
