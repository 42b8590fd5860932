import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { publishCitation, rejectCitation } from '../../review/citation-review.ts';
import { mergeEvents } from '../../review/merge-events.ts';
import { publishEvent, rejectEvent } from '../../review/review-status.ts';
import { updateEvent } from '../../review/update-event.ts';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';

type EventMutations = 'updateEvent' | 'publishEvent' | 'rejectEvent' | 'mergeEvents' | 'publishCitation' | 'rejectCitation';

export const Mutation: Pick<MutationResolvers<Context>, EventMutations> = {
  updateEvent: (_, { id, input }, { db }) =>
    updateEvent(db, idOf('Event', id), {
      ...input,
      actors: input.actors?.map((a) => ({ actorId: idOf('Actor', a.actor, 'input.actors'), role: a.role })) ?? null,
    }),

  publishEvent: (_, { id }, { db }) => publishEvent(db, idOf('Event', id)),
  rejectEvent: (_, { id }, { db }) => rejectEvent(db, idOf('Event', id)),
  mergeEvents: (_, { keep, merge }, { db }) => mergeEvents(db, idOf('Event', keep, 'keep'), idOf('Event', merge, 'merge')),
  publishCitation: (_, { id }, { db }) => publishCitation(db, idOf('Citation', id)),
  rejectCitation: (_, { id }, { db }) => rejectCitation(db, idOf('Citation', id)),
};
