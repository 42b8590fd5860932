// DataLoaders, made fresh for each request, so that relation fields of a page
// of events cost one query per relation, not one per event.
import DataLoader from 'dataloader';
import { countEventsPerActor, findEventPagesPerActor, timelineExtents } from '@chronicle/db';
import type {
  Actor,
  ActorRole,
  Citation,
  Database,
  Event,
  EventActor,
  EventCursor,
  EventPage,
  Quote,
  ReviewStatus,
  Timeline,
  TimelineExtent,
} from '@chronicle/db';
import type { SourceParent } from '@chronicle/schema/mappers';

function groupBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

interface EventRelations {
  actors: EventActor;
  citations: Citation;
  quotes: Quote;
  timelines: Timeline;
}
type RelationKind = keyof EventRelations;

/**
 * An event's actors, citations, quotes and timelines load through one
 * DataLoader keyed by "kind|eventId": whichever of them a query asks for are
 * fetched in one batch (a query per kind, in parallel) and resolve together.
 * With a loader per kind, the actors of quotes and of event roles arrived at
 * different moments and the actor loader ran once or twice depending on
 * timing; resolved together, every dependent load lands in one batch, so a
 * page costs a fixed number of statements whatever its size.
 */
function eventRelationsLoader(db: Database, evidenceStatuses: readonly ReviewStatus[]) {
  const visible = { status: { in: [...evidenceStatuses] } };
  const fetchers: { [K in RelationKind]: (ids: string[]) => Promise<EventRelations[K][][]> } = {
    actors: async (ids) =>
      groupBy(await db.eventActor.findMany({ where: { eventId: { in: ids } }, orderBy: [{ role: 'asc' }, { actorId: 'asc' }] }), (r) => r.eventId, ids),
    citations: async (ids) =>
      groupBy(
        await db.citation.findMany({ where: { eventId: { in: ids }, ...visible }, orderBy: [{ createdAt: 'asc' }, { passageStart: 'asc' }, { id: 'asc' }] }),
        (r) => r.eventId,
        ids,
      ),
    quotes: async (ids) =>
      groupBy(await db.quote.findMany({ where: { eventId: { in: ids }, ...visible }, orderBy: [{ textStart: 'asc' }, { id: 'asc' }] }), (r) => r.eventId, ids),
    timelines: async (ids) => {
      const links = await db.timelineEvent.findMany({ where: { eventId: { in: ids } }, include: { timeline: true } });
      return groupBy(links, (l) => l.eventId, ids).map((group) => group.map((l) => l.timeline));
    },
  };
  const loader = new DataLoader<string, unknown[]>(async (keys) => {
    const idsByKind = new Map<RelationKind, string[]>();
    for (const key of keys) {
      const [kind, id] = key.split('|') as [RelationKind, string];
      idsByKind.set(kind, [...(idsByKind.get(kind) ?? []), id]);
    }
    const found = new Map<string, unknown[]>();
    await Promise.all(
      [...idsByKind].map(async ([kind, ids]) => {
        const groups = await fetchers[kind](ids);
        ids.forEach((id, i) => found.set(`${kind}|${id}`, groups[i] ?? []));
      }),
    );
    return keys.map((key) => found.get(key) ?? []);
  });
  return <K extends RelationKind>(kind: K) => ({
    load: (eventId: string) => loader.load(`${kind}|${eventId}`) as Promise<EventRelations[K][]>,
    /** Rows a page query already brought: later loads of this event's relation need no statement. */
    prime: (eventId: string, rows: EventRelations[K][]) => void loader.prime(`${kind}|${eventId}`, rows),
  });
}

/** What an actor's events connection asks for, besides the actor. */
export interface ActorEventsQuery {
  statuses: readonly ReviewStatus[];
  role: ActorRole | null;
  first: number;
  after: EventCursor | null;
}

/**
 * Loads per actor, batching actors that ask the same question: the events of
 * every actor on a page come from one query (and their counts from another).
 */
function perActorLoader<T>(load: (query: ActorEventsQuery, actorIds: string[]) => Promise<Map<string, T>>, empty: T) {
  const loader = new DataLoader<string, T>(async (keys) => {
    const byQuery = new Map<string, { query: ActorEventsQuery; actorIds: string[] }>();
    for (const key of keys) {
      const { actorId, query } = JSON.parse(key) as { actorId: string; query: ActorEventsQuery };
      const queryKey = JSON.stringify(query);
      const group = byQuery.get(queryKey) ?? { query, actorIds: [] };
      group.actorIds.push(actorId);
      byQuery.set(queryKey, group);
    }
    const found = new Map<string, T>();
    await Promise.all(
      [...byQuery].map(async ([queryKey, { query, actorIds }]) => {
        const results = await load(withDates(query), actorIds);
        for (const actorId of actorIds) found.set(`${actorId}|${queryKey}`, results.get(actorId) ?? empty);
      }),
    );
    return keys.map((key) => {
      const { actorId, query } = JSON.parse(key) as { actorId: string; query: ActorEventsQuery };
      return found.get(`${actorId}|${JSON.stringify(query)}`) ?? empty;
    });
  });
  return { load: (actorId: string, query: ActorEventsQuery) => loader.load(JSON.stringify({ actorId, query })) };
}

/** JSON turned the cursor's day into a string; the query wants a Date back. */
function withDates(query: ActorEventsQuery): ActorEventsQuery {
  return query.after ? { ...query, after: { ...query.after, startsOn: new Date(query.after.startsOn) } } : query;
}

/** `evidenceStatuses`: the review statuses of citations and quotes this request's viewer may see. */
export function createLoaders(db: Database, evidenceStatuses: readonly ReviewStatus[]) {
  const relationsOf = eventRelationsLoader(db, evidenceStatuses);
  return {
    event: new DataLoader<string, Event | null>(async (ids) => byId(await db.event.findMany({ where: { id: { in: [...ids] } } }), ids)),
    actor: new DataLoader<string, Actor | null>(async (ids) => byId(await db.actor.findMany({ where: { id: { in: [...ids] } } }), ids)),
    source: new DataLoader<string, SourceParent | null>(async (ids) =>
      byId(await db.source.findMany({ where: { id: { in: [...ids] } }, omit: { text: true } }), ids),
    ),
    sourceText: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db.source.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } });
      const texts = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => texts.get(id) ?? null);
    }),
    /** Everything an actor said, with each quote's event status for the visibility check. */
    quotesBySpeaker: new DataLoader<string, (Quote & { event: { status: ReviewStatus } })[]>(async (actorIds) => {
      const rows = await db.quote.findMany({
        where: { speakerId: { in: [...actorIds] } },
        include: { event: { select: { status: true } } },
        orderBy: [{ event: { startsOn: 'asc' } }, { textStart: 'asc' }, { id: 'asc' }],
      });
      return groupBy(rows, (row) => row.speakerId ?? '', actorIds);
    }),
    /** A source's citations, with each cited event's status for the visibility check. */
    citationsOfSource: new DataLoader<string, (Citation & { event: { status: ReviewStatus } })[]>(async (sourceIds) => {
      const rows = await db.citation.findMany({
        where: { sourceId: { in: [...sourceIds] } },
        include: { event: { select: { status: true } } },
        orderBy: [{ passageStart: 'asc' }, { id: 'asc' }],
      });
      return groupBy(rows, (row) => row.sourceId, sourceIds);
    }),
    eventPageOfActor: perActorLoader<EventPage>(
      (query, actorIds) => findEventPagesPerActor(db, { statuses: query.statuses, actorRole: query.role }, actorIds, query),
      { events: [], cursors: [], hasNextPage: false },
    ),
    eventCountOfActor: perActorLoader<number>((query, actorIds) => countEventsPerActor(db, { statuses: query.statuses, actorRole: query.role }, actorIds), 0),
    actorsOfEvent: relationsOf('actors'),
    citationsOfEvent: relationsOf('citations'),
    quotesOfEvent: relationsOf('quotes'),
    timelinesOfEvent: relationsOf('timelines'),
    /** Count and first/last day of a timeline's published events. */
    timelineExtent: new DataLoader<string, TimelineExtent>(async (ids) => {
      const extents = await timelineExtents(db, ids);
      return ids.map((id) => extents.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
