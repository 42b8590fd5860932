// A window page with what a timeline shows of each event (its actors, the
// citations and quotes the viewer may see, the actors and sources they name)
// and, when asked, the window's count, in one statement. PostgreSQL builds
// the JSON: one round trip instead of three in a row (page, relations, the
// rows they point to), and one string to parse instead of a row object per
// relation row for Prisma to build.
import { readRows, type Database } from '../client.ts';
import { Prisma, type Actor, type Citation, type Event, type EventActor, type Quote, type Source } from '../generated/prisma/client.ts';
import type { ReviewStatus } from '../generated/prisma/enums.ts';
import type { EventFilter } from './event-filter.ts';
import { countEventsSql, pageIdsSql, toEventPage, type EventCursor } from './event-page.ts';
import { actorJson, citationJson, eventActorJson, eventJson, quoteJson, sourceJson, type Json } from './relation-json.ts';

export interface PageRelations {
  actors: boolean;
  citations: boolean;
  quotes: boolean;
  /** The number of events matching the filter, in the same statement. */
  total: boolean;
}

export interface EventPageWithRelations {
  events: Event[];
  cursors: EventCursor[];
  hasNextPage: boolean;
  /** Per event id, in the order the relation loaders give them; only the kinds asked for. */
  actorsOf: Map<string, EventActor[]>;
  citationsOf: Map<string, Citation[]>;
  quotesOf: Map<string, Quote[]>;
  /** Actors named by the page's actor links and quotes; sources of its citations and quotes (without their text). */
  actors: Actor[];
  sources: Omit<Source, 'text'>[];
  total: number | null;
}

const EVENT_JSON = Prisma.sql`json_build_object('id', e.id, 'title', e.title, 'summary', e.summary, 'kind', e.kind,
  'startsOn', e.starts_on, 'endsOn', e.ends_on, 'isRange', e.is_range, 'precision', e.precision, 'status', e.status,
  'place', e.place, 'country', e.country, 'needsReview', e.needs_review, 'isKey', e.is_key, 'createdAt', e.created_at, 'updatedAt', e.updated_at)`;
const ACTOR_JSON = Prisma.sql`json_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'kind', a.kind, 'status', a.status,
  'aliases', a.aliases, 'description', a.description, 'country', a.country, 'createdAt', a.created_at, 'updatedAt', a.updated_at)`;
const SOURCE_JSON = Prisma.sql`json_build_object('id', s.id, 'title', s.title, 'publisher', s.publisher, 'url', s.url,
  'publishedOn', s.published_on, 'language', s.language, 'contentHash', s.content_hash, 'publisherCountry', s.publisher_country, 'createdAt', s.created_at)`;
const CITATION_JSON = Prisma.sql`json_build_object('id', c.id, 'eventId', c.event_id, 'sourceId', c.source_id, 'passage', c.passage,
  'passageStart', c.passage_start, 'passageEnd', c.passage_end, 'dateExpression', c.date_expression, 'resolvedStartsOn', c.resolved_starts_on,
  'resolvedEndsOn', c.resolved_ends_on, 'resolvedPrecision', c.resolved_precision, 'status', c.status, 'createdAt', c.created_at)`;
const QUOTE_JSON = Prisma.sql`json_build_object('id', q.id, 'eventId', q.event_id, 'speakerId', q.speaker_id, 'sourceId', q.source_id,
  'text', q.text, 'verb', q.verb, 'textStart', q.text_start, 'textEnd', q.text_end, 'status', q.status)`;

export async function findEventPageWithRelations(
  db: Database,
  filter: EventFilter,
  page: { first: number; after?: EventCursor | null },
  wanted: PageRelations,
  evidenceStatuses: readonly ReviewStatus[],
): Promise<EventPageWithRelations> {
  const evidence = Prisma.sql`status = ANY(${evidenceStatuses}::"ReviewStatus"[])`;
  const none = Prisma.sql`'[]'::json`;
  // The orders are those of the DataLoaders in apps/server (loaders.ts), so a field reads the same either way.
  const links = wanted.actors
    ? Prisma.sql`(SELECT coalesce(json_agg(json_build_object('eventId', l.event_id, 'actorId', l.actor_id, 'role', l.role) ORDER BY l.event_id, l.role, l.actor_id), '[]')
        FROM event_actor l WHERE l.event_id IN (SELECT id FROM page))`
    : none;
  const citations = wanted.citations
    ? Prisma.sql`(SELECT coalesce(json_agg(${CITATION_JSON} ORDER BY c.created_at, c.passage_start, c.id), '[]')
        FROM citation c WHERE c.event_id IN (SELECT id FROM page) AND c.${evidence})`
    : none;
  const quotes = wanted.quotes
    ? Prisma.sql`(SELECT coalesce(json_agg(${QUOTE_JSON} ORDER BY q.text_start, q.id), '[]')
        FROM quote q WHERE q.event_id IN (SELECT id FROM page) AND q.${evidence})`
    : none;
  const actorIds = [
    ...(wanted.actors ? [Prisma.sql`SELECT actor_id FROM event_actor WHERE event_id IN (SELECT id FROM page)`] : []),
    ...(wanted.quotes ? [Prisma.sql`SELECT speaker_id FROM quote WHERE event_id IN (SELECT id FROM page) AND ${evidence}`] : []),
  ];
  const sourceIds = [
    ...(wanted.citations ? [Prisma.sql`SELECT source_id FROM citation WHERE event_id IN (SELECT id FROM page) AND ${evidence}`] : []),
    ...(wanted.quotes ? [Prisma.sql`SELECT source_id FROM quote WHERE event_id IN (SELECT id FROM page) AND ${evidence}`] : []),
  ];
  const actors = actorIds.length
    ? Prisma.sql`(SELECT coalesce(json_agg(${ACTOR_JSON}), '[]') FROM actor a WHERE a.id IN (${Prisma.join(actorIds, ' UNION ')}))`
    : none;
  const sources = sourceIds.length
    ? Prisma.sql`(SELECT coalesce(json_agg(${SOURCE_JSON}), '[]') FROM source s WHERE s.id IN (${Prisma.join(sourceIds, ' UNION ')}))`
    : none;
  const total = wanted.total ? Prisma.sql`(${countEventsSql(filter)})` : Prisma.sql`NULL::bigint`;
  const [row] = await readRows<{ events: Json; links: Json; citations: Json; quotes: Json; actors: Json; sources: Json; total: bigint | string | null }>(
    db,
    Prisma.sql`
    WITH page AS MATERIALIZED (${pageIdsSql(filter, page)})
    SELECT
      (SELECT coalesce(json_agg(${EVENT_JSON} ORDER BY e.starts_on, e.id), '[]') FROM page JOIN event e ON e.id = page.id) AS events,
      ${links} AS links, ${citations} AS citations, ${quotes} AS quotes, ${actors} AS actors, ${sources} AS sources,
      ${total} AS total`,
  );
  if (!row) throw new Error('the page query returned no row');
  const events = parsed(row.events).map(eventJson);
  return {
    ...toEventPage(events, page.first),
    actorsOf: grouped(parsed(row.links).map(eventActorJson)),
    citationsOf: grouped(parsed(row.citations).map(citationJson)),
    quotesOf: grouped(parsed(row.quotes).map(quoteJson)),
    actors: parsed(row.actors).map(actorJson),
    sources: parsed(row.sources).map(sourceJson),
    total: row.total === null ? null : Number(row.total),
  };
}

/** The driver may hand json over parsed or as text. */
function parsed(value: Json): Record<string, unknown>[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
}

function grouped<T extends { eventId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.eventId);
    if (group) group.push(row);
    else groups.set(row.eventId, [row]);
  }
  return groups;
}
