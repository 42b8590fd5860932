import type { Database } from '@chronicle/db';
import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { validateArticle } from '../../ingest/article-input.ts';
import { ingestArticle } from '../../ingest/ingest-article.ts';
import { confirmActor, mergeActors } from '../../review/actors.ts';
import { mergeEvents } from '../../review/merge-events.ts';
import { publishCitation, rejectCitation } from '../../review/citation-review.ts';
import { publishEvent, rejectEvent } from '../../review/review-status.ts';
import { publishStance, publishStanceCitation, rejectStance, rejectStanceCitation } from '../../review/stance-review.ts';
import { updateEvent } from '../../review/update-event.ts';
import type { Context } from '../context.ts';
import { idOf } from '../global-id.ts';

type IngestMutations =
  | 'ingestArticle' | 'updateEvent' | 'publishEvent' | 'rejectEvent' | 'mergeEvents' | 'confirmActor' | 'mergeActors'
  | 'publishStance' | 'rejectStance' | 'publishStanceCitation' | 'rejectStanceCitation' | 'publishCitation' | 'rejectCitation';

async function inOrder<T extends { id: string }>(ids: string[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const rows = new Map((await load(ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => rows.get(id) ?? []);
}

/** Each stance the article states, with the article's own citations of it (an editor reviews those, not the older ones). */
async function proposedStances(db: Database, sourceId: string, stanceIds: string[]) {
  const stances = await inOrder(stanceIds, (ids) => db.stance.findMany({ where: { id: { in: ids } } }));
  const citations = await db.stanceCitation.findMany({
    where: { sourceId, stanceId: { in: stanceIds } }, orderBy: [{ passageStart: 'asc' }, { id: 'asc' }],
  });
  return stances.map((stance) => ({ stance, citations: citations.filter((c) => c.stanceId === stance.id) }));
}

/** Each event on file the article also reports, with the article's own citations of it: those are what an editor decides on. */
async function matchedEvidence(db: Database, sourceId: string, eventIds: string[]) {
  const events = await inOrder(eventIds, (ids) => db.event.findMany({ where: { id: { in: ids } } }));
  const citations = await db.citation.findMany({
    where: { sourceId, eventId: { in: eventIds } }, orderBy: [{ passageStart: 'asc' }, { id: 'asc' }],
  });
  return events.map((event) => ({ event, citations: citations.filter((c) => c.eventId === event.id) }));
}

export const Mutation: Pick<MutationResolvers<Context>, IngestMutations> = {
  ingestArticle: async (_, { input }, { db, metrics }) => {
    const result = await ingestArticle(db, validateArticle(input)).catch((error: unknown) => {
      metrics?.countIngestion('failed');
      throw error;
    });
    metrics?.countIngestion(result.created ? 'created' : 'already_ingested');
    const matched = await matchedEvidence(db, result.sourceId, result.matchedEventIds);
    return {
      source: await db.source.findUniqueOrThrow({ where: { id: result.sourceId } }),
      created: result.created,
      proposedEvents: await inOrder(result.proposedEventIds, (ids) => db.event.findMany({ where: { id: { in: ids } } })),
      matchedEvents: matched.map((m) => m.event),
      matchedEvidence: matched,
      proposedActors: await inOrder(result.proposedActorIds, (ids) => db.actor.findMany({ where: { id: { in: ids } } })),
      proposedStances: await proposedStances(db, result.sourceId, result.proposedStanceIds),
      warnings: result.warnings,
    };
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
