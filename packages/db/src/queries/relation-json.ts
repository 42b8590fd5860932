// Rows that PostgreSQL built as JSON, turned into the objects Prisma would
// have returned (dates as Dates, at UTC midnight for DATE columns). Each
// model's table names every field with its column and its conversion, so a
// field added to the schema fails the type check here rather than going
// missing at run time. A page may ask for only some fields of a model (those
// its query shows): the JSON then carries those, and so does the object.
import { Prisma, type Actor, type Citation, type Event, type EventActor, type Quote, type Source } from '../generated/prisma/client.ts';
import type { ActorKind, ActorRole, ActorStatus, DatePrecision, EventKind, ReviewStatus } from '../generated/prisma/enums.ts';

export type Json = unknown;
type Row = Record<string, unknown>;

const str = (value: unknown) => value as string;
const strOrNull = (value: unknown) => (value ?? null) as string | null;
const intOrNull = (value: unknown) => (value ?? null) as number | null;
const date = (value: unknown) => new Date(value as string);
const dateOrNull = (value: unknown) => (value == null ? null : new Date(value as string));

/** Per field of a model: its column, and how its JSON value becomes the model's. */
type Fields<Model> = { readonly [Field in keyof Model]-?: readonly [column: string, convert: (value: unknown) => Model[Field]] };

const EVENT: Fields<Event> = {
  id: ['id', str],
  title: ['title', str],
  summary: ['summary', str],
  kind: ['kind', (v) => v as EventKind],
  startsOn: ['starts_on', date],
  endsOn: ['ends_on', date],
  isRange: ['is_range', (v) => v as boolean],
  precision: ['precision', (v) => v as DatePrecision],
  status: ['status', (v) => v as ReviewStatus],
  place: ['place', strOrNull],
  country: ['country', strOrNull],
  needsReview: ['needs_review', (v) => v as boolean],
  isKey: ['is_key', (v) => v as boolean],
  createdAt: ['created_at', date],
  updatedAt: ['updated_at', date],
};

const EVENT_ACTOR: Fields<EventActor> = {
  eventId: ['event_id', str],
  actorId: ['actor_id', str],
  role: ['role', (v) => v as ActorRole],
};

const ACTOR: Fields<Actor> = {
  id: ['id', str],
  slug: ['slug', str],
  name: ['name', str],
  kind: ['kind', (v) => v as ActorKind],
  status: ['status', (v) => v as ActorStatus],
  aliases: ['aliases', (v) => v as string[]],
  description: ['description', str],
  country: ['country', strOrNull],
  createdAt: ['created_at', date],
  updatedAt: ['updated_at', date],
};

/** A source without its text, which can be long and has a loader of its own. */
const SOURCE: Fields<Omit<Source, 'text'>> = {
  id: ['id', str],
  title: ['title', str],
  publisher: ['publisher', strOrNull],
  url: ['url', strOrNull],
  publishedOn: ['published_on', dateOrNull],
  language: ['language', str],
  contentHash: ['content_hash', str],
  publisherCountry: ['publisher_country', strOrNull],
  createdAt: ['created_at', date],
};

const CITATION: Fields<Citation> = {
  id: ['id', str],
  eventId: ['event_id', str],
  sourceId: ['source_id', str],
  passage: ['passage', strOrNull],
  passageStart: ['passage_start', intOrNull],
  passageEnd: ['passage_end', intOrNull],
  dateExpression: ['date_expression', strOrNull],
  resolvedStartsOn: ['resolved_starts_on', dateOrNull],
  resolvedEndsOn: ['resolved_ends_on', dateOrNull],
  resolvedPrecision: ['resolved_precision', (v) => (v ?? null) as DatePrecision | null],
  status: ['status', (v) => v as ReviewStatus],
  createdAt: ['created_at', date],
};

const QUOTE: Fields<Quote> = {
  id: ['id', str],
  eventId: ['event_id', str],
  speakerId: ['speaker_id', strOrNull],
  sourceId: ['source_id', strOrNull],
  text: ['text', str],
  verb: ['verb', strOrNull],
  textStart: ['text_start', intOrNull],
  textEnd: ['text_end', intOrNull],
  status: ['status', (v) => v as ReviewStatus],
};

/**
 * A model's JSON as the statement builds it: the fields asked for (every
 * field when none are named), those the page cannot do without always.
 * Field names and columns come from the tables above, never from a request.
 */
function jsonOf<Model>(fields: Fields<Model>, alias: string, wanted: readonly (keyof Model)[] | undefined, always: readonly (keyof Model)[]): Prisma.Sql {
  const names = Object.keys(fields) as (keyof Model & string)[];
  const chosen = wanted ? names.filter((name) => always.includes(name) || wanted.includes(name)) : names;
  return Prisma.raw(`json_build_object(${chosen.map((name) => `'${name}', ${alias}.${fields[name][0]}`).join(', ')})`);
}

/** The model's object from its JSON, with the fields the JSON carries. */
function fromJson<Model>(fields: Fields<Model>, json: Row): Model {
  const model: Row = {};
  for (const name in json) {
    const field = fields[name as keyof Model];
    if (field) model[name] = field[1](json[name]);
  }
  return model as Model;
}

export const eventJsonSql = (alias: string, wanted?: readonly (keyof Event)[]) => jsonOf(EVENT, alias, wanted, ['id', 'startsOn']);
export const eventActorJsonSql = (alias: string) => jsonOf(EVENT_ACTOR, alias, undefined, []);
export const actorJsonSql = (alias: string, wanted?: readonly (keyof Actor)[]) => jsonOf(ACTOR, alias, wanted, ['id']);
export const sourceJsonSql = (alias: string, wanted?: readonly (keyof Omit<Source, 'text'>)[]) => jsonOf(SOURCE, alias, wanted, ['id']);
export const citationJsonSql = (alias: string, wanted?: readonly (keyof Citation)[]) => jsonOf(CITATION, alias, wanted, ['id', 'eventId', 'sourceId']);
export const quoteJsonSql = (alias: string, wanted?: readonly (keyof Quote)[]) => jsonOf(QUOTE, alias, wanted, ['id', 'eventId', 'speakerId', 'sourceId']);

export const eventJson = (json: Row) => fromJson(EVENT, json);
export const eventActorJson = (json: Row) => fromJson(EVENT_ACTOR, json);
export const actorJson = (json: Row) => fromJson(ACTOR, json);
export const sourceJson = (json: Row) => fromJson(SOURCE, json);
export const citationJson = (json: Row) => fromJson(CITATION, json);
export const quoteJson = (json: Row) => fromJson(QUOTE, json);
