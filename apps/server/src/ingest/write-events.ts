// The article's events: a new draft event for each plan that matched
// nothing, further evidence (citations and quotes) for each event on file it
// reports. Every citation and quote is a draft either way: a new event's
// evidence goes public when the event is published; evidence for an event on
// file, which readers may already see, waits until an editor accepts it.
// One statement per kind of row for the whole article, whatever its length.
import {
  flagForReview,
  insertDraftCitations,
  insertDraftEvents,
  insertDraftQuotes,
  lockEvents,
  newId,
  type Database,
  type Event,
  type NewCitation,
  type NewEvent,
  type NewQuote,
} from '@chronicle/db';
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

function evidenceOf({ proposed, span }: EventPlan, eventId: string, { sourceId, actorIdOf }: EventWrite) {
  const citations = proposed.passages.map((passage): NewCitation => ({
    eventId,
    sourceId,
    passage: passage.text,
    passageStart: passage.start,
    passageEnd: passage.end,
    // An undated lede's publication day has no words of its own.
    dateExpression: proposed.date?.span.text || null,
    // The date this article itself gives the event, kept on its citation so that
    // sources dating one event differently show as disagreeing. An undated lede
    // dated by the publication states no date of its own.
    resolved: proposed.dateSource === 'published' ? null : span,
  }));
  const quotes = proposed.quotes.map((q): NewQuote => ({
    eventId,
    sourceId,
    speakerId: actorIdOf(q.speaker),
    text: q.text,
    verb: q.verb,
    textStart: q.span.start,
    textEnd: q.span.end,
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
  const events: NewEvent[] = [];
  const citations: NewCitation[] = [];
  const quotes: NewQuote[] = [];
  for (const plan of plans) {
    const { proposed, span, actors, match } = plan;
    const eventId = match?.id ?? newId();
    if (!match) events.push({ id: eventId, title: proposed.title, summary: proposed.summary, kind: proposed.kind, span, actors, timelineId });
    const evidence = evidenceOf(plan, eventId, write);
    citations.push(...evidence.citations);
    quotes.push(...evidence.quotes);
  }
  const proposedEvents = await insertDraftEvents(tx, events);
  for (const event of proposedEvents) changes.event(event.id, 'CREATED', false);
  const cited = await insertDraftCitations(tx, citations);
  await insertDraftQuotes(tx, quotes);
  // In the order the article first reports them.
  const matchedIds = [...new Set(plans.flatMap((p) => (p.match ? [p.match.id] : [])))];
  const flagged = new Map((await flagForReview(tx, matchedIds)).map((event) => [event.id, event]));
  const matchedEvents = matchedIds.flatMap((id) => {
    const event = flagged.get(id);
    return event ? [{ event, citations: inTextOrder(cited.filter((c) => c.eventId === id)) }] : [];
  });
  return { proposedEvents, matchedEvents };
}
