import { displayDate, spanOf } from '@chronicle/db';
import { datesDisagree, salience } from '../../accounts/salience.ts';
import type { CitationResolvers, EventActorResolvers, EventDateResolvers, EventResolvers, QuoteResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { loaded } from '../loaded.ts';

export const Event: EventResolvers<Context> = {
  id: (event) => toGlobalId('Event', event.id),
  date: (event) => event,
  actors: (event, _, { loaders }) => loaders.actorsOfEvent.load(event.id),
  citations: (event, _, { loaders }) => loaders.citationsOfEvent.load(event.id),
  quotes: (event, _, { loaders }) => loaders.quotesOfEvent.load(event.id),
  timelines: (event, _, { loaders }) => loaders.timelinesOfEvent.load(event.id),
  salience: async (event, _, { loaders }) => {
    const [citations, quotes] = await Promise.all([loaders.citationsOfEvent.load(event.id), loaders.quotesOfEvent.load(event.id)]);
    const sources = await loaders.source.loadMany(citations.map((c) => c.sourceId));
    const publishers = sources.map((s) => (s && !(s instanceof Error) ? s.publisher : null));
    return salience({ isKey: event.isKey, publishers, quotes });
  },
  dateDisagreement: async (event, _, { loaders }) => datesDisagree(await loaders.citationsOfEvent.load(event.id)),
};

export const EventDate: EventDateResolvers<Context> = {
  start: (event) => event.startsOn,
  end: (event) => event.endsOn,
  precision: (event) => event.precision,
  isRange: (event) => event.isRange,
  display: (event) => displayDate(event),
};

export const EventActor: EventActorResolvers<Context> = {
  actor: (link, _, { loaders }) => loaded(loaders.actor.load(link.actorId), `actor ${link.actorId}`),
};

export const Citation: CitationResolvers<Context> = {
  id: (citation) => toGlobalId('Citation', citation.id),
  source: (citation, _, { loaders }) => loaded(loaders.source.load(citation.sourceId), `source ${citation.sourceId}`),
  event: (citation, _, { loaders }) => loaded(loaders.event.load(citation.eventId), `event ${citation.eventId}`),
  resolvedDate: ({ resolvedStartsOn, resolvedEndsOn, resolvedPrecision }) =>
    resolvedStartsOn && resolvedPrecision ? spanOf(resolvedStartsOn, resolvedPrecision, resolvedEndsOn) : null,
};

export const Quote: QuoteResolvers<Context> = {
  id: (quote) => toGlobalId('Quote', quote.id),
  speaker: (quote, _, { loaders }) => (quote.speakerId ? loaders.actor.load(quote.speakerId) : null),
  source: (quote, _, { loaders }) => (quote.sourceId ? loaders.source.load(quote.sourceId) : null),
  event: (quote, _, { loaders }) => loaded(loaders.event.load(quote.eventId), `event ${quote.eventId}`),
};
