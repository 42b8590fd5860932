// An article ingested before: what it wrote then, read back, so that the same
// text again answers as the first time did and writes nothing.
import { inIdOrder, type Database } from '@chronicle/db';
import { inTextOrder, type IngestResult } from './ingest-result.ts';

export async function previousIngest(db: Database, contentHash: string): Promise<IngestResult | null> {
  const source = await db.source.findUnique({ where: { contentHash } });
  if (!source) return null;
  const citations = await db.citation.findMany({ where: { sourceId: source.id } });
  const eventIds = [...new Set(citations.map((c) => c.eventId))];
  // An event some other article cited before this one was on file already: it was matched, not proposed.
  const earlier = await db.citation.findMany({
    where: { eventId: { in: eventIds }, sourceId: { not: source.id }, createdAt: { lt: source.createdAt } },
    select: { eventId: true },
    distinct: ['eventId'],
  });
  const matched = new Set(earlier.map((c) => c.eventId));
  const stanceCitations = inTextOrder(await db.stanceCitation.findMany({ where: { sourceId: source.id } }));
  const stanceIds = [...new Set(stanceCitations.map((c) => c.stanceId))];
  const [events, stances] = await Promise.all([
    db.event.findMany({ where: { id: { in: eventIds } } }),
    db.stance.findMany({ where: { id: { in: stanceIds } } }),
  ]);
  return {
    source,
    created: false,
    proposedEvents: inIdOrder(
      eventIds.filter((id) => !matched.has(id)),
      events,
    ),
    matchedEvents: inIdOrder([...matched].sort(), events).map((event) => ({
      event,
      citations: inTextOrder(citations.filter((c) => c.eventId === event.id)),
    })),
    proposedActors: [],
    proposedStances: inIdOrder(stanceIds, stances).map((stance) => ({ stance, citations: stanceCitations.filter((c) => c.stanceId === stance.id) })),
    warnings: [`This article was ingested before (${source.createdAt.toISOString().slice(0, 10)}); nothing new was written.`],
  };
}
