import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { validateArticle } from '../../ingest/article-input.ts';
import { ingestArticle } from '../../ingest/ingest-article.ts';
import { ingestUrl } from '../../ingest/url/ingest-url.ts';
import { DEFAULT_FETCH_POLICY } from '../../ingest/url/safe-fetch.ts';
import { confirmActor, mergeActors } from '../../review/actors.ts';
import { mergeEvents } from '../../review/merge-events.ts';
import { publishCitation, rejectCitation } from '../../review/citation-review.ts';
import { publishEvent, rejectEvent } from '../../review/review-status.ts';
import { publishStance, publishStanceCitation, rejectStance, rejectStanceCitation } from '../../review/stance-review.ts';
import { updateEvent } from '../../review/update-event.ts';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';
import { ingestPayload } from './ingest-payload.ts';

type IngestMutations =
  | 'ingestArticle' | 'ingestUrl' | 'updateEvent' | 'publishEvent' | 'rejectEvent' | 'mergeEvents' | 'confirmActor' | 'mergeActors'
  | 'publishStance' | 'rejectStance' | 'publishStanceCitation' | 'rejectStanceCitation' | 'publishCitation' | 'rejectCitation';

export const Mutation: Pick<MutationResolvers<Context>, IngestMutations> = {
  ingestArticle: async (_, { input }, { db, metrics }) => {
    const result = await ingestArticle(db, validateArticle(input)).catch((error: unknown) => {
      metrics?.countIngestion('failed');
      throw error;
    });
    metrics?.countIngestion(result.created ? 'created' : 'already_ingested');
    return ingestPayload(db, result);
  },

  ingestUrl: async (_, { input }, { db, metrics, fetchPolicy }) => {
    const result = await ingestUrl(db, input, fetchPolicy ?? DEFAULT_FETCH_POLICY).catch((error: unknown) => {
      metrics?.countIngestion('failed');
      throw error;
    });
    metrics?.countIngestion(result.created ? 'created' : 'already_ingested');
    return ingestPayload(db, result);
  },

  updateEvent: (_, { id, input }, { db }) =>
    updateEvent(db, idOf('Event', id), {
      ...input,
      actors: input.actors?.map((a) => ({ actorId: idOf('Actor', a.actor, 'input.actors'), role: a.role })) ?? null,
    }),

  publishEvent: (_, { id }, { db }) => publishEvent(db, idOf('Event', id)),
  rejectEvent: (_, { id }, { db }) => rejectEvent(db, idOf('Event', id)),
  publishCitation: (_, { id }, { db }) => publishCitation(db, idOf('Citation', id)),
  rejectCitation: (_, { id }, { db }) => rejectCitation(db, idOf('Citation', id)),
  mergeEvents: (_, { keep, merge }, { db }) => mergeEvents(db, idOf('Event', keep, 'keep'), idOf('Event', merge, 'merge')),
  confirmActor: (_, { id, input }, { db }) => confirmActor(db, idOf('Actor', id), input ?? {}),
  mergeActors: (_, { keep, merge }, { db }) => mergeActors(db, idOf('Actor', keep, 'keep'), idOf('Actor', merge, 'merge')),
  publishStance: (_, { id }, { db }) => publishStance(db, idOf('Stance', id)),
  rejectStance: (_, { id }, { db }) => rejectStance(db, idOf('Stance', id)),
  publishStanceCitation: (_, { id }, { db }) => publishStanceCitation(db, idOf('StanceCitation', id)),
  rejectStanceCitation: (_, { id }, { db }) => rejectStanceCitation(db, idOf('StanceCitation', id)),
};
