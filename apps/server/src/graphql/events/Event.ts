import type { EventResolvers } from '@chronicle/schema/resolvers';
import { datesDisagree, salience } from '../../accounts/salience.ts';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';
import { eventRelations, linkedSource } from './preloaded-relations.ts';
import type { Event as EventRow } from '@chronicle/db';

export const Event: EventResolvers<Context> = {
  id: (event) => toGlobalId('Event', event.id),
  date: (event) => event,
  actors: (event, _, { loaders }) => eventRelations(event)?.actors ?? loaders.actorsOfEvent.load(event.id),
  citations: (event, _, { loaders }) => eventRelations(event)?.citations ?? loaders.citationsOfEvent.load(event.id),
  quotes: (event, _, { loaders }) => eventRelations(event)?.quotes ?? loaders.quotesOfEvent.load(event.id),
  timelines: (event, _, { loaders }) => loaders.timelinesOfEvent.load(event.id),
  salience: (event, _, { loaders }) => {
    const preloaded = eventRelations(event);
    const citations = preloaded?.citations;
    const quotes = preloaded?.quotes;
    // The page brought both, and the sources they cite: no promise needed.
    if (citations && quotes && citations.every((citation) => linkedSource(citation))) {
      return salience({ isKey: event.isKey, publishers: citations.map((citation) => linkedSource(citation)?.publisher ?? null), quotes });
    }
    return loadedSalience(event, loaders);
  },
  dateDisagreement: (event, _, { loaders }) => {
    const citations = eventRelations(event)?.citations;
    return citations ? datesDisagree(citations) : loaders.citationsOfEvent.load(event.id).then(datesDisagree);
  },
};

async function loadedSalience(event: EventRow, loaders: Context['loaders']) {
  const [citations, quotes] = await Promise.all([loaders.citationsOfEvent.load(event.id), loaders.quotesOfEvent.load(event.id)]);
  const sources = await loaders.source.loadMany(citations.map((c) => c.sourceId));
  const publishers = sources.map((s) => (s && !(s instanceof Error) ? s.publisher : null));
  return salience({ isKey: event.isKey, publishers, quotes });
}
