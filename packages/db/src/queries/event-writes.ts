// The rows an ingested article adds about events: new draft events with
// their actors and timeline, citations and quotes (drafts, whichever event
// they back), and the flag that asks an editor to look at an event on file.
// Each is one statement for the whole article; ids are chosen here, so
// evidence can name a new event before PostgreSQL has seen it.
import { toCalendarDay, type EventSpan } from '@chronicle/calendar';
import type { Citation, Event } from '../generated/prisma/client.ts';
import type { ActorRole, EventKind } from '../generated/prisma/enums.ts';
import { newId } from '../new-id.ts';
import { CITATION_COLUMNS, EVENT_COLUMNS } from './model-columns.ts';
import { inIdOrder } from './returning-order.ts';
import type { Queryable } from './row-locks.ts';

const day = (date: Date | null | undefined) => (date ? toCalendarDay(date) : null);

export interface NewEvent {
  /** Chosen by the caller (newId()), so that its evidence can name it. */
  id: string;
  title: string;
  summary: string;
  kind: EventKind;
  span: EventSpan;
  actors: readonly { actorId: string; role: ActorRole }[];
  /** The timeline it joins, if any. */
  timelineId: string | null;
}

/** Writes the events as drafts, with their actors and timelines, in one statement; gives them back in the order given. */
export async function insertDraftEvents(tx: Queryable, events: readonly NewEvent[]): Promise<Event[]> {
  if (events.length === 0) return [];
  const now = new Date().toISOString();
  const rows = events.map((e) => ({
    id: e.id,
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    starts_on: day(e.span.startsOn),
    ends_on: day(e.span.endsOn),
    is_range: e.span.isRange,
    precision: e.span.precision,
  }));
  const actors = events.flatMap((e) => e.actors.map((a) => ({ event_id: e.id, actor_id: a.actorId, role: a.role })));
  const timelines = events.flatMap((e) => (e.timelineId ? [{ event_id: e.id, timeline_id: e.timelineId }] : []));
  // The links name events this statement inserts: foreign keys are checked when the whole statement is done.
  const written = await tx.$queryRaw<Event[]>`
    WITH written AS (
      INSERT INTO event AS e (id, title, summary, kind, starts_on, ends_on, is_range, precision, status, created_at, updated_at)
      SELECT r.id, r.title, r.summary, r.kind::"EventKind", r.starts_on, r.ends_on, r.is_range, r.precision::"DatePrecision", 'DRAFT',
             ${now}::timestamptz, ${now}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id uuid, title text, summary text, kind text, starts_on date, ends_on date, is_range boolean, precision text)
      RETURNING ${EVENT_COLUMNS}
    ), actors AS (
      INSERT INTO event_actor (event_id, actor_id, role)
      SELECT r.event_id, r.actor_id, r.role::"ActorRole" FROM jsonb_to_recordset(${JSON.stringify(actors)}::jsonb) AS r(event_id uuid, actor_id uuid, role text)
    ), timelines AS (
      INSERT INTO timeline_event (timeline_id, event_id)
      SELECT r.timeline_id, r.event_id FROM jsonb_to_recordset(${JSON.stringify(timelines)}::jsonb) AS r(event_id uuid, timeline_id uuid)
    )
    SELECT * FROM written`;
  return inIdOrder(
    events.map((event) => event.id),
    written,
  );
}

export interface NewCitation {
  eventId: string;
  sourceId: string;
  passage: string;
  passageStart: number;
  passageEnd: number;
  /** The words that dated it in the source ("On Tuesday"), if any. */
  dateExpression: string | null;
  /** The date the source itself gives the event, if it gives one. */
  resolved: EventSpan | null;
}

/**
 * Writes the citations as drafts, skipping any that repeat one on file (or
 * an earlier one of the list) for the same event, source and passage start;
 * gives back those written, in the order given.
 */
export async function insertDraftCitations(tx: Queryable, citations: readonly NewCitation[]): Promise<Citation[]> {
  if (citations.length === 0) return [];
  const rows = citations.map((c) => ({
    id: newId(),
    event_id: c.eventId,
    source_id: c.sourceId,
    passage: c.passage,
    passage_start: c.passageStart,
    passage_end: c.passageEnd,
    date_expression: c.dateExpression,
    resolved_starts_on: day(c.resolved?.startsOn),
    resolved_ends_on: day(c.resolved?.endsOn),
    resolved_precision: c.resolved?.precision ?? null,
  }));
  const written = await tx.$queryRaw<Citation[]>`
    INSERT INTO citation AS c (id, event_id, source_id, passage, passage_start, passage_end, date_expression,
                               resolved_starts_on, resolved_ends_on, resolved_precision, status, created_at)
    SELECT r.id, r.event_id, r.source_id, r.passage, r.passage_start, r.passage_end, r.date_expression,
           r.resolved_starts_on, r.resolved_ends_on, r.resolved_precision::"DatePrecision", 'DRAFT', ${new Date().toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(id uuid, event_id uuid, source_id uuid, passage text, passage_start int, passage_end int, date_expression text,
           resolved_starts_on date, resolved_ends_on date, resolved_precision text)
    ON CONFLICT (event_id, source_id, passage_start) DO NOTHING
    RETURNING ${CITATION_COLUMNS}`;
  return inIdOrder(
    rows.map((row) => row.id),
    written,
  );
}

export interface NewQuote {
  eventId: string;
  sourceId: string;
  speakerId: string | null;
  text: string;
  verb: string | null;
  textStart: number;
  textEnd: number;
}

/** Writes the quotes as drafts, in one statement. */
export async function insertDraftQuotes(tx: Queryable, quotes: readonly NewQuote[]): Promise<void> {
  if (quotes.length === 0) return;
  const rows = quotes.map((q) => ({
    id: newId(),
    event_id: q.eventId,
    speaker_id: q.speakerId,
    source_id: q.sourceId,
    text: q.text,
    verb: q.verb,
    text_start: q.textStart,
    text_end: q.textEnd,
  }));
  await tx.$executeRaw`
    INSERT INTO quote (id, event_id, speaker_id, source_id, text, verb, text_start, text_end, status)
    SELECT r.id, r.event_id, r.speaker_id, r.source_id, r.text, r.verb, r.text_start, r.text_end, 'DRAFT'
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(id uuid, event_id uuid, speaker_id uuid, source_id uuid, text text, verb text, text_start int, text_end int)`;
}

/** Asks an editor to look at these events (further evidence arrived); gives them back as they now are. */
export async function flagForReview(tx: Queryable, eventIds: readonly string[]): Promise<Event[]> {
  if (eventIds.length === 0) return [];
  return tx.$queryRaw<Event[]>`
    UPDATE event AS e SET needs_review = true, updated_at = ${new Date().toISOString()}::timestamptz
    WHERE e.id = ANY(${[...eventIds]}::uuid[])
    RETURNING ${EVENT_COLUMNS}`;
}
