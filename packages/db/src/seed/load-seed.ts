// Loads the seed data set. Every row gets an id derived from its seed key and
// is upserted, so loading twice leaves the same rows.
import { spanOf } from '@chronicle/calendar';
import type { Database } from '../client.ts';
import { contentHashOfReference, contentHashOfText } from '../content-hash.ts';
import { parseSeedDate } from './seed-dates.ts';
import type { SeedData, SeedEvent, SeedResolvedDate } from './seed-files.ts';
import { stableId } from './stable-id.ts';

function eventSpan(event: SeedEvent) {
  const start = parseSeedDate(event.start, event.precision);
  const end = event.end ? parseSeedDate(event.end, event.precision) : null;
  return spanOf(start, event.precision, end);
}

/** A citation's own resolved date as columns; all null when the source dates nothing itself. */
function resolvedColumns(resolved: SeedResolvedDate | undefined) {
  if (!resolved) return { resolvedStartsOn: null, resolvedEndsOn: null, resolvedPrecision: null };
  const span = spanOf(
    parseSeedDate(resolved.start, resolved.precision),
    resolved.precision,
    resolved.end ? parseSeedDate(resolved.end, resolved.precision) : null,
  );
  return { resolvedStartsOn: span.startsOn, resolvedEndsOn: span.endsOn, resolvedPrecision: resolved.precision };
}

/** Locates a passage in the source text, so citations carry real offsets. */
function offsetsOf(text: string | undefined, passage: string | null): { start: number; end: number } | null {
  if (!text || !passage) return null;
  const start = text.indexOf(passage);
  return start < 0 ? null : { start, end: start + passage.length };
}

export interface SeedSummary {
  actors: number;
  sources: number;
  events: number;
  stances: number;
  timeline: string;
}

export async function loadSeed(db: Database, data: SeedData): Promise<SeedSummary> {
  const actorId = (key: string) => stableId('actor', key);
  const sourceId = (key: string) => stableId('source', key);
  const timelineId = stableId('timeline', data.timeline.slug);

  await db.$transaction(
    async (tx) => {
      // Several server instances may start on an empty database at once.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('chronicle:seed'))`;
      await tx.timeline.upsert({
        where: { slug: data.timeline.slug },
        create: { id: timelineId, ...data.timeline },
        update: { title: data.timeline.title, description: data.timeline.description },
      });
      const timeline = await tx.timeline.findUniqueOrThrow({ where: { slug: data.timeline.slug }, select: { id: true } });

      for (const actor of data.actors) {
        const fields = { name: actor.name, kind: actor.kind, aliases: actor.aliases, description: actor.description, country: actor.country };
        await tx.actor.upsert({ where: { slug: actor.key }, create: { id: actorId(actor.key), slug: actor.key, ...fields }, update: fields });
      }
      const actorIds = new Map((await tx.actor.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
      const actorOf = (key: string) => actorIds.get(key) ?? actorId(key);

      for (const source of data.sources) {
        const text = data.sourceTexts.get(source.key) ?? null;
        const contentHash = text ? contentHashOfText(text) : contentHashOfReference(source);
        const fields = {
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          language: source.language,
          text,
          publisherCountry: source.publisherCountry ?? null,
          publishedOn: source.publishedOn ? parseSeedDate(source.publishedOn, 'DAY') : null,
        };
        await tx.source.upsert({ where: { contentHash }, create: { id: sourceId(source.key), contentHash, ...fields }, update: fields });
      }
      const sourceIds = new Map<string, string>();
      for (const source of data.sources) {
        const text = data.sourceTexts.get(source.key) ?? null;
        const contentHash = text ? contentHashOfText(text) : contentHashOfReference(source);
        const row = await tx.source.findUniqueOrThrow({ where: { contentHash }, select: { id: true } });
        sourceIds.set(source.key, row.id);
      }
      const sourceOf = (key: string) => sourceIds.get(key) ?? sourceId(key);

      for (const event of data.events) {
        const id = stableId('event', event.key);
        const fields = {
          title: event.title,
          summary: event.summary,
          kind: event.kind,
          status: 'PUBLISHED' as const,
          place: event.place,
          country: event.country,
          isKey: event.isKey ?? false,
          ...eventSpan(event),
        };
        await tx.event.upsert({ where: { id }, create: { id, ...fields }, update: fields });
        // The event's relations are owned by the seed: replace them wholesale.
        await tx.eventActor.deleteMany({ where: { eventId: id } });
        await tx.eventActor.createMany({
          data: event.actors.map((a) => ({ eventId: id, actorId: actorOf(a.actor), role: a.role })),
          skipDuplicates: true,
        });
        // Citations and quotes from ingested articles stay; the seed's own are
        // replaced and, being the reviewed data set, published.
        const seedSources = { in: [...sourceIds.values()] };
        await tx.citation.deleteMany({ where: { eventId: id, sourceId: seedSources } });
        await tx.citation.createMany({
          data: event.citations.map((c, index) => {
            const offsets = offsetsOf(data.sourceTexts.get(c.source), c.passage);
            return {
              id: stableId('citation', event.key, index),
              eventId: id,
              sourceId: sourceOf(c.source),
              passage: c.passage,
              dateExpression: c.dateExpression,
              ...resolvedColumns(c.resolved),
              passageStart: offsets?.start ?? null,
              passageEnd: offsets?.end ?? null,
              status: 'PUBLISHED' as const,
            };
          }),
        });
        await tx.quote.deleteMany({ where: { eventId: id, sourceId: seedSources } });
        await tx.quote.createMany({
          data: event.quotes.map((q, index) => {
            const offsets = offsetsOf(data.sourceTexts.get(q.source), q.text);
            return {
              id: stableId('quote', event.key, index),
              eventId: id,
              speakerId: actorOf(q.speaker),
              sourceId: sourceOf(q.source),
              text: q.text,
              textStart: offsets?.start ?? null,
              textEnd: offsets?.end ?? null,
              status: 'PUBLISHED' as const,
            };
          }),
        });
        await tx.timelineEvent.upsert({
          where: { timelineId_eventId: { timelineId: timeline.id, eventId: id } },
          create: { timelineId: timeline.id, eventId: id },
          update: {},
        });
      }

      for (const stance of data.stances) {
        // The seed is the reviewed data set: its stances and citations are published.
        const fields = {
          since: stance.since && stance.sincePrecision ? parseSeedDate(stance.since, stance.sincePrecision) : null,
          sincePrecision: stance.since ? stance.sincePrecision : null,
          status: 'PUBLISHED' as const,
        };
        const key = { actorId: actorOf(stance.actor), targetId: actorOf(stance.target), kind: stance.stance };
        const row = await tx.stance.upsert({
          where: { actorId_targetId_kind: key },
          create: { id: stableId('stance', stance.actor, stance.target, stance.stance), ...key, ...fields },
          update: fields,
          select: { id: true },
        });
        // As for events: citations from ingested articles stay, the seed's own are replaced.
        await tx.stanceCitation.deleteMany({ where: { stanceId: row.id, sourceId: { in: [...sourceIds.values()] } } });
        await tx.stanceCitation.createMany({
          data: stance.citations.map((c, index) => {
            const offsets = offsetsOf(data.sourceTexts.get(c.source), c.passage);
            return {
              id: stableId('stance-citation', stance.actor, stance.target, stance.stance, index),
              stanceId: row.id,
              sourceId: sourceOf(c.source),
              passage: c.passage,
              passageStart: offsets?.start ?? null,
              passageEnd: offsets?.end ?? null,
              status: 'PUBLISHED' as const,
            };
          }),
        });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );

  return {
    actors: data.actors.length,
    sources: data.sources.length,
    events: data.events.length,
    stances: data.stances.length,
    timeline: data.timeline.slug,
  };
}
