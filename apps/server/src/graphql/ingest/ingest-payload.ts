// What ingestArticle and ingestUrl answer: the source, and the drafts an
// editor reviews, loaded in the order ingestion produced them.
import type { Database } from '@chronicle/db';
import type { IngestResult } from '../../ingest/ingest-article.ts';

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

export async function ingestPayload(db: Database, result: IngestResult) {
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
}
