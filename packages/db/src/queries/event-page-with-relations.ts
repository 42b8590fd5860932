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
import {
  actorJson,
  actorJsonSql,
  citationJson,
  citationJsonSql,
  eventActorJson,
  eventActorJsonSql,
  eventJson,
  eventJsonSql,
  quoteJson,
  quoteJsonSql,
  sourceJson,
  sourceJsonSql,
  type Json,
} from './relation-json.ts';

export interface PageRelations {
  actors: boolean;
  citations: boolean;
  quotes: boolean;
  /** The number of events matching the filter, in the same statement. */
  total: boolean;
  /**
   * The fields of each model the page shows; a model left out comes whole.
   * The rows then carry only those fields (and the ids that tie them
   * together): less for PostgreSQL to build and for this process to parse.
   */
  fields?: PageFields;
}

export interface PageFields {
  event?: readonly (keyof Event)[];
  actor?: readonly (keyof Actor)[];
  citation?: readonly (keyof Citation)[];
  quote?: readonly (keyof Quote)[];
  source?: readonly (keyof Omit<Source, 'text'>)[];
}

export interface EventPageWithRelations {
  events: Event[];
  cursors: EventCursor[];
  hasNextPage: boolean;
  /** Per event id, in the order the relation loaders give them; only the kinds asked for, with the fields asked for. */
  actorsOf: Map<string, EventActor[]>;
  citationsOf: Map<string, Citation[]>;
  quotesOf: Map<string, Quote[]>;
  /** Actors named by the page's actor links and quotes; sources of its citations and quotes (without their text). */
  actors: Actor[];
  sources: Omit<Source, 'text'>[];
  total: number | null;
}

export async function findEventPageWithRelations(
  db: Database,
  filter: EventFilter,
  page: { first: number; after?: EventCursor | null },
  wanted: PageRelations,
  evidenceStatuses: readonly ReviewStatus[],
): Promise<EventPageWithRelations> {
  const evidence = Prisma.sql`status = ANY(${evidenceStatuses}::"ReviewStatus"[])`;
  const none = Prisma.sql`'[]'::json`;
  const fields = wanted.fields ?? {};
  // The orders are those of the DataLoaders in apps/server (loaders.ts), so a field reads the same either way.
  const links = wanted.actors
    ? Prisma.sql`(SELECT coalesce(json_agg(${eventActorJsonSql('l')} ORDER BY l.event_id, l.role, l.actor_id), '[]')
        FROM event_actor l WHERE l.event_id IN (SELECT id FROM page))`
    : none;
  const citations = wanted.citations
    ? Prisma.sql`(SELECT coalesce(json_agg(${citationJsonSql('c', fields.citation)} ORDER BY c.created_at, c.passage_start, c.id), '[]')
        FROM citation c WHERE c.event_id IN (SELECT id FROM page) AND c.${evidence})`
    : none;
  const quotes = wanted.quotes
    ? Prisma.sql`(SELECT coalesce(json_agg(${quoteJsonSql('q', fields.quote)} ORDER BY q.text_start, q.id), '[]')
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
    ? Prisma.sql`(SELECT coalesce(json_agg(${actorJsonSql('a', fields.actor)}), '[]') FROM actor a WHERE a.id IN (${Prisma.join(actorIds, ' UNION ')}))`
    : none;
  const sources = sourceIds.length
    ? Prisma.sql`(SELECT coalesce(json_agg(${sourceJsonSql('s', fields.source)}), '[]') FROM source s WHERE s.id IN (${Prisma.join(sourceIds, ' UNION ')}))`
    : none;
  const total = wanted.total ? Prisma.sql`(${countEventsSql(filter)})` : Prisma.sql`NULL::bigint`;
  const [row] = await readRows<{ events: Json; links: Json; citations: Json; quotes: Json; actors: Json; sources: Json; total: bigint | string | null }>(
    db,
    Prisma.sql`
    WITH page AS MATERIALIZED (${pageIdsSql(filter, page)})
    SELECT
      (SELECT coalesce(json_agg(${eventJsonSql('e', fields.event)} ORDER BY e.starts_on, e.id), '[]') FROM page JOIN event e ON e.id = page.id) AS events,
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
