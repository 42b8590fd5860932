// The article's events: a new draft event for each plan that matched
// nothing, further evidence (citations and quotes) for each event on file it
// reports. Every citation and quote is a draft either way: a new event's
// evidence goes public when the event is published; evidence for an event on
// file, which readers may already see, waits until an editor accepts it.
import { lockEvents, type Citation, type Database, type Event, type EventSpan } from '@chronicle/db';
import type { ProposedEvent } from '@chronicle/extract';
import type { ChangeLog } from '../live/write-with-changes.ts';
import type { ActorIdOf } from './actor-references.ts';
import { inTextOrder, type MatchedEvent } from './ingest-result.ts';
import type { EventPlan } from './plan-events.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

export interface EventWrite {
  tx: Transaction;
  changes: ChangeLog;
  sourceId: string;
  /** The timeline new events join, if any. */
  timelineId: string | null;
  actorIdOf: ActorIdOf;
}

/**
 * The date this article itself gives the event, kept on its citation so that
 * sources dating one event differently show as disagreeing. An undated lede
 * dated by the publication states no date of its own.
 */
function sourcesOwnDate(event: ProposedEvent, span: EventSpan) {
  if (event.dateSource === 'published') return {};
  return { resolvedStartsOn: span.startsOn, resolvedEndsOn: span.endsOn, resolvedPrecision: span.precision };
}

function evidenceOf({ proposed, span }: EventPlan, { sourceId, actorIdOf }: EventWrite) {
  const citations = proposed.passages.map((passage) => ({
    sourceId, passage: passage.text, passageStart: passage.start, passageEnd: passage.end,
    // An undated lede's publication day has no words of its own.
    dateExpression: proposed.date?.span.text || null, status: 'DRAFT' as const,
    ...sourcesOwnDate(proposed, span),
  }));
  const quotes = proposed.quotes.map((q) => ({
    speakerId: actorIdOf(q.speaker), sourceId, text: q.text, verb: q.verb, textStart: q.span.start, textEnd: q.span.end,
    status: 'DRAFT' as const,
  }));
  return { citations, quotes };
}

/** Locks the events on file that the plans report, in one order, so that two articles citing the same events queue instead of deadlocking. */
async function lockMatched(tx: Transaction, changes: ChangeLog, plans: readonly EventPlan[]): Promise<void> {
  const matchedIds = [...new Set(plans.flatMap((p) => (p.match ? [p.match.id] : [])))].sort();
  for (const { id, status } of await lockEvents(tx, matchedIds)) changes.event(id, 'UPDATED', status === 'PUBLISHED');
}

export async function writeEvents(write: EventWrite, plans: readonly EventPlan[]): Promise<{ proposedEvents: Event[]; matchedEvents: MatchedEvent[] }> {
  const { tx, changes, timelineId } = write;
  await lockMatched(tx, changes, plans);
  const proposedEvents: Event[] = [];
  const matched = new Map<string, { event: Event; citations: Citation[] }>();
  for (const plan of plans) {
    const { citations, quotes } = evidenceOf(plan, write);
    const { match } = plan;
    if (match) {
      const cited = await tx.citation.createManyAndReturn({ data: citations.map((c) => ({ ...c, eventId: match.id })), skipDuplicates: true });
      await tx.quote.createMany({ data: quotes.map((q) => ({ ...q, eventId: match.id })) });
      const event = await tx.event.update({ where: { id: match.id }, data: { needsReview: true } });
      matched.set(match.id, { event, citations: [...(matched.get(match.id)?.citations ?? []), ...cited] });
      continue;
    }
    const { proposed, span, actors } = plan;
    const event = await tx.event.create({
      data: {
        title: proposed.title, summary: proposed.summary, kind: proposed.kind, status: 'DRAFT', ...span,
        actors: { create: actors },
        citations: { create: citations.map(({ sourceId, ...c }) => ({ ...c, source: { connect: { id: sourceId } } })) },
        quotes: { create: quotes.map(({ sourceId, speakerId, ...q }) => ({ ...q, sourceId, speakerId })) },
        ...(timelineId ? { timelines: { create: { timelineId } } } : {}),
      },
    });
    proposedEvents.push(event);
    changes.event(event.id, 'CREATED', false);
  }
  const matchedEvents = [...matched.values()].map(({ event, citations }) => ({ event, citations: inTextOrder(citations) }));
  return { proposedEvents, matchedEvents };
}
