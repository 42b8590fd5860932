// DataLoaders, made fresh for each request, so that relation fields of a page
// of events cost one query per relation, not one per event.
import DataLoader from 'dataloader';
import type { Actor, Citation, Database, Event, EventActor, Quote, Timeline } from '@chronicle/db';
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
  actors: EventActor[];
  citations: Citation[];
  quotes: Quote[];
  timelines: Timeline[];
}

/**
 * An event's actors, citations, quotes and timelines come in one batch (four
 * queries in parallel). Loading them in separate batches let the actors of
 * quotes and of event roles arrive at different moments, and the actor loader
 * then ran twice or once depending on timing; resolved together, every
 * dependent load lands in one batch, so a page costs a fixed number of
 * statements whatever its size.
 */
function eventRelationsLoader(db: Database) {
  return new DataLoader<string, EventRelations>(async (ids) => {
    const where = { eventId: { in: [...ids] } };
    const [actors, citations, quotes, links] = await Promise.all([
      db.eventActor.findMany({ where, orderBy: [{ role: 'asc' }, { actorId: 'asc' }] }),
      db.citation.findMany({ where, orderBy: [{ createdAt: 'asc' }, { passageStart: 'asc' }, { id: 'asc' }] }),
      db.quote.findMany({ where, orderBy: [{ textStart: 'asc' }, { id: 'asc' }] }),
      db.timelineEvent.findMany({ where, include: { timeline: true } }),
    ]);
    const byEvent = {
      actors: groupBy(actors, (r) => r.eventId, ids),
      citations: groupBy(citations, (r) => r.eventId, ids),
      quotes: groupBy(quotes, (r) => r.eventId, ids),
      timelines: groupBy(links, (l) => l.eventId, ids).map((group) => group.map((l) => l.timeline)),
    };
    return ids.map((_, i) => ({
      actors: byEvent.actors[i]!, citations: byEvent.citations[i]!, quotes: byEvent.quotes[i]!, timelines: byEvent.timelines[i]!,
    }));
  });
}

export function createLoaders(db: Database) {
  const eventRelations = eventRelationsLoader(db);
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
    eventRelations,
    actorsOfEvent: { load: async (id: string) => (await eventRelations.load(id)).actors },
    citationsOfEvent: { load: async (id: string) => (await eventRelations.load(id)).citations },
    quotesOfEvent: { load: async (id: string) => (await eventRelations.load(id)).quotes },
    timelinesOfEvent: { load: async (id: string) => (await eventRelations.load(id)).timelines },
    /** Count and first/last day of a timeline's published events. */
    timelineExtent: new DataLoader<string, { count: number; start: Date | null; end: Date | null }>(async (ids) => {
      const rows = await db.$queryRaw<{ timeline_id: string; count: bigint; start: Date | null; end: Date | null }[]>`
        SELECT te.timeline_id, count(*) AS count, min(e.starts_on) AS start, max(e.ends_on) AS "end"
        FROM event e JOIN timeline_event te ON te.event_id = e.id
        WHERE te.timeline_id = ANY(${[...ids]}::uuid[]) AND e.status = 'PUBLISHED'
        GROUP BY te.timeline_id`;
      const found = new Map(rows.map((r) => [r.timeline_id, { count: Number(r.count), start: r.start, end: r.end }]));
      return ids.map((id) => found.get(id) ?? { count: 0, start: null, end: null });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
