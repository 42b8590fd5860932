import type { EventResolvers } from '@chronicle/schema/resolvers';
import { datesDisagree, salience } from '../../accounts/salience.ts';
import type { Context } from '../context.ts';
import { toGlobalId } from '../global-id.ts';

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
