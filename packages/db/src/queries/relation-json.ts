// Rows that PostgreSQL built as JSON, turned into the objects Prisma would
// have returned (dates as Dates, at UTC midnight for DATE columns). Each
// converter names every field of its model, so a field added to the schema
// fails the type check here rather than going missing at run time.
import type { Actor, Citation, Event, EventActor, Quote, Source } from '../generated/prisma/client.ts';
import type { ActorKind, ActorRole, ActorStatus, DatePrecision, EventKind, ReviewStatus } from '../generated/prisma/enums.ts';

export type Json = unknown;
type Row = Record<string, unknown>;

const str = (value: unknown) => value as string;
const strOrNull = (value: unknown) => (value ?? null) as string | null;
const intOrNull = (value: unknown) => (value ?? null) as number | null;
const date = (value: unknown) => new Date(value as string);
const dateOrNull = (value: unknown) => (value == null ? null : new Date(value as string));

export function eventJson(r: Row): Event {
  return {
    id: str(r.id),
    title: str(r.title),
    summary: str(r.summary),
    kind: r.kind as EventKind,
    startsOn: date(r.startsOn),
    endsOn: date(r.endsOn),
    isRange: r.isRange as boolean,
    precision: r.precision as DatePrecision,
    status: r.status as ReviewStatus,
    place: strOrNull(r.place),
    country: strOrNull(r.country),
    needsReview: r.needsReview as boolean,
    isKey: r.isKey as boolean,
    createdAt: date(r.createdAt),
    updatedAt: date(r.updatedAt),
  };
}

export function eventActorJson(r: Row): EventActor {
  return { eventId: str(r.eventId), actorId: str(r.actorId), role: r.role as ActorRole };
}

export function actorJson(r: Row): Actor {
  return {
    id: str(r.id),
    slug: str(r.slug),
    name: str(r.name),
    kind: r.kind as ActorKind,
    status: r.status as ActorStatus,
    aliases: r.aliases as string[],
    description: str(r.description),
    country: strOrNull(r.country),
    createdAt: date(r.createdAt),
    updatedAt: date(r.updatedAt),
  };
}

export function sourceJson(r: Row): Omit<Source, 'text'> {
  return {
    id: str(r.id),
    title: str(r.title),
    publisher: strOrNull(r.publisher),
    url: strOrNull(r.url),
    publishedOn: dateOrNull(r.publishedOn),
    language: str(r.language),
    contentHash: str(r.contentHash),
    publisherCountry: strOrNull(r.publisherCountry),
    createdAt: date(r.createdAt),
  };
}

export function citationJson(r: Row): Citation {
  return {
    id: str(r.id),
    eventId: str(r.eventId),
    sourceId: str(r.sourceId),
    passage: strOrNull(r.passage),
    passageStart: intOrNull(r.passageStart),
    passageEnd: intOrNull(r.passageEnd),
    dateExpression: strOrNull(r.dateExpression),
    resolvedStartsOn: dateOrNull(r.resolvedStartsOn),
    resolvedEndsOn: dateOrNull(r.resolvedEndsOn),
    resolvedPrecision: (r.resolvedPrecision ?? null) as DatePrecision | null,
    status: r.status as ReviewStatus,
    createdAt: date(r.createdAt),
  };
}

export function quoteJson(r: Row): Quote {
  return {
    id: str(r.id),
    eventId: str(r.eventId),
    speakerId: strOrNull(r.speakerId),
    sourceId: strOrNull(r.sourceId),
    text: str(r.text),
    verb: strOrNull(r.verb),
    textStart: intOrNull(r.textStart),
    textEnd: intOrNull(r.textEnd),
    status: r.status as ReviewStatus,
  };
}
