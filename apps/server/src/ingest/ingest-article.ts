// An article in, drafts out: the source, its proposed events with their
// evidence, new actors, and the stances it states, all in one transaction.
import { contentHashOfText, parseCalendarDay, spanOf, toCalendarDay, type ActorRole, type Database, type EventSpan } from '@chronicle/db';
import { PLACE_ID_PREFIX, type ActorRef, type Extraction, type ProposedEvent } from '@chronicle/extract';
import { NotFound } from '../errors.ts';
import type { ValidArticle } from './article-input.ts';
import { findMatchingEvent } from './event-matching.ts';
import { extractorFor } from './extractor-cache.ts';
import { writeProposedActors } from './proposed-actors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';
import { retryOnConflict } from './retry-conflicts.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

export interface IngestResult {
  sourceId: string;
  created: boolean;
  proposedEventIds: string[];
  matchedEventIds: string[];
  proposedActorIds: string[];
  /** Stances the article states, new (DRAFT) or already on file; each has this article's citation as a DRAFT. */
  proposedStanceIds: string[];
  warnings: string[];
}

/** Extraction alone, without writing: for --dry-run and previews. */
export async function extractFromArticle(db: Database, article: ValidArticle): Promise<Extraction> {
  const extractor = await extractorFor(db);
  return extractor.extract({
    text: article.text,
    publishedAt: toCalendarDay(article.publishedOn),
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
  });
}

function eventSpan(event: ProposedEvent) {
  const resolved = event.date?.resolved;
  if (!resolved) return null;
  const start = parseCalendarDay(resolved.start);
  const end = parseCalendarDay(resolved.end);
  if (!start || !end) return null;
  return spanOf(start, resolved.precision, end);
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

async function previousIngest(db: Database, contentHash: string): Promise<IngestResult | null> {
  const source = await db.source.findUnique({ where: { contentHash }, select: { id: true, createdAt: true } });
  if (!source) return null;
  const citations = await db.citation.findMany({ where: { sourceId: source.id }, select: { eventId: true }, distinct: ['eventId'] });
  // An event some other article cited before this one was on file already: it was matched, not proposed.
  const earlier = await db.citation.findMany({
    where: { eventId: { in: citations.map((c) => c.eventId) }, sourceId: { not: source.id }, createdAt: { lt: source.createdAt } },
    select: { eventId: true }, distinct: ['eventId'],
  });
  const matched = new Set(earlier.map((c) => c.eventId));
  const stanceCitations = await db.stanceCitation.findMany({
    where: { sourceId: source.id }, select: { stanceId: true }, orderBy: [{ passageStart: 'asc' }, { id: 'asc' }],
  });
  return {
    sourceId: source.id,
    created: false,
    proposedEventIds: citations.flatMap((c) => (matched.has(c.eventId) ? [] : [c.eventId])),
    matchedEventIds: [...matched].sort(),
    proposedActorIds: [],
    proposedStanceIds: [...new Set(stanceCitations.map((c) => c.stanceId))],
    warnings: [`This article was ingested before (${source.createdAt.toISOString().slice(0, 10)}); nothing new was written.`],
  };
}

export async function ingestArticle(db: Database, article: ValidArticle): Promise<IngestResult> {
  const contentHash = contentHashOfText(article.text);
  const seen = await previousIngest(db, contentHash);
  if (seen) return seen;

  const timeline = article.timeline
    ? await db.timeline.findUnique({ where: { slug: article.timeline }, select: { id: true } })
    : null;
  if (article.timeline && !timeline) throw new NotFound(`There is no timeline "${article.timeline}".`);

  const extraction = await extractFromArticle(db, article);
  const warnings = [...extraction.warnings];

  const result = await retryOnConflict(() => writeWithChanges(
    db,
    async (tx, changes) => {
      // Identical requests arriving together queue here; the first writes,
      // the others find its source when they get the lock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${contentHash}, 0))`;
      if (await tx.source.findUnique({ where: { contentHash }, select: { id: true } })) return null;

      const source = await tx.source.create({
        data: {
          contentHash, text: article.text, title: article.title ?? firstLine(article.text), url: article.url,
          publisher: article.publisher, publishedOn: article.publishedOn, language: article.language,
        },
      });

      const { idByKey: proposedActorIds, proposedIds } = await writeProposedActors(tx, extraction.proposedActors);
      // A country the actor table lacks can still reach an event or stance as
      // the gazetteer's stand-in ("place:chile", not a database id): it is the
      // actor proposed under that key, or nobody.
      const actorIdOf = (ref: ActorRef | null) =>
        ref === null ? null
          : ref.kind === 'proposed' ? (proposedActorIds.get(ref.proposedKey) ?? null)
            : ref.actorId.startsWith(PLACE_ID_PREFIX) ? (proposedActorIds.get(ref.actorId.slice(PLACE_ID_PREFIX.length)) ?? null)
              : ref.actorId;

      // First decide, reading only, which proposals report events already
      // held; then lock those events in one order, so two articles citing the
      // same events at once queue instead of deadlocking.
      const plans = [];
      for (const proposed of extraction.events) {
        const span = eventSpan(proposed);
        if (!span) {
          warnings.push(`"${proposed.title}" has no date the text gives: not proposed (${proposed.date?.unresolvedReason ?? 'no date expression'}).`);
          continue;
        }
        const actors = dedupeActors(proposed.actors.map((a) => ({ actorId: actorIdOf(a.actor), role: a.role })));
        const match = await matchExisting(tx, span, proposed, actors.map((a) => a.actorId));
        plans.push({ proposed, span, actors, match });
      }
      const matchedIds = [...new Set(plans.flatMap((p) => (p.match ? [p.match.id] : [])))].sort();
      const locked = matchedIds.length === 0 ? []
        : await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id::text, status::text FROM event WHERE id = ANY(${matchedIds}::uuid[]) ORDER BY id FOR UPDATE`;
      for (const { id, status } of locked) changes.event(id, 'UPDATED', status === 'PUBLISHED');

      const proposedEventIds: string[] = [];
      const matchedEventIds: string[] = [];
      for (const { proposed, span, actors, match } of plans) {
        // Drafts either way: a new event's evidence goes public when the event
        // is published; evidence for an event on file, which readers may
        // already see, waits until an editor accepts its citation.
        const evidence = proposed.passages.map((passage) => ({
          sourceId: source.id, passage: passage.text, passageStart: passage.start, passageEnd: passage.end,
          // An undated lede's publication day has no words of its own.
          dateExpression: proposed.date?.span.text || null, status: 'DRAFT' as const,
          ...sourcesOwnDate(proposed, span),
        }));
        const quotes = proposed.quotes.map((q) => ({
          speakerId: actorIdOf(q.speaker), sourceId: source.id, text: q.text, verb: q.verb, textStart: q.span.start, textEnd: q.span.end,
          status: 'DRAFT' as const,
        }));
        if (match) {
          await tx.citation.createMany({ data: evidence.map((e) => ({ ...e, eventId: match.id })), skipDuplicates: true });
          await tx.quote.createMany({ data: quotes.map((q) => ({ ...q, eventId: match.id })) });
          await tx.event.update({ where: { id: match.id }, data: { needsReview: true } });
          matchedEventIds.push(match.id);
          continue;
        }
        const event = await tx.event.create({
          data: {
            title: proposed.title, summary: proposed.summary, kind: proposed.kind, status: 'DRAFT', ...span,
            actors: { create: actors },
            citations: { create: evidence.map(({ sourceId, ...e }) => ({ ...e, source: { connect: { id: sourceId } } })) },
            quotes: { create: quotes.map(({ sourceId, speakerId, ...q }) => ({ ...q, sourceId, speakerId })) },
            ...(timeline ? { timelines: { create: { timelineId: timeline.id } } } : {}),
          },
        });
        proposedEventIds.push(event.id);
        changes.event(event.id, 'CREATED', false);
      }

      const proposedStanceIds = new Set<string>();
      for (const stance of extraction.stances) {
        const actorId = actorIdOf(stance.actor);
        const targetId = actorIdOf(stance.target);
        if (!actorId || !targetId || actorId === targetId) continue;
        const key = { actorId, targetId, kind: stance.stance };
        // The article says the stance holds, not since when: "since" stays unknown.
        // ON CONFLICT DO NOTHING (not Prisma's upsert, which reads then inserts):
        // two articles stating a new stance at once both find the one row.
        // A new stance waits for an editor, as a proposed event does; one on
        // file keeps its status, whatever an editor decided.
        const { count: isNew } = await tx.stance.createMany({ data: [{ ...key, status: 'DRAFT' }], skipDuplicates: true });
        const held = await tx.stance.findUniqueOrThrow({ where: { actorId_targetId_kind: key }, select: { id: true, status: true } });
        changes.stance(held.id, isNew ? 'CREATED' : 'UPDATED', held.status === 'PUBLISHED');
        // A stance already on file gains this article as further evidence,
        // which readers see once an editor accepts it; two extracted stances
        // that resolve to the same actors and sentence are one citation.
        await tx.stanceCitation.createMany({
          data: [{
            stanceId: held.id, sourceId: source.id, passage: stance.passage.text, passageStart: stance.passage.start, passageEnd: stance.passage.end,
            status: 'DRAFT',
          }],
          skipDuplicates: true,
        });
        proposedStanceIds.add(held.id);
      }

      return {
        sourceId: source.id, created: true, proposedEventIds, matchedEventIds: [...new Set(matchedEventIds)], proposedActorIds: proposedIds,
        proposedStanceIds: [...proposedStanceIds], warnings,
      };
    },
    { timeout: 60_000, maxWait: 60_000 },
  ));
  // Another request wrote the same article while this one extracted.
  return result ?? (await previousIngest(db, contentHash))!;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 200);
}

/** Drops unresolved actors and repeats of the same actor in the same role. */
function dedupeActors(actors: { actorId: string | null; role: ActorRole }[]) {
  const seen = new Set<string>();
  const out: { actorId: string; role: ActorRole }[] = [];
  for (const a of actors) {
    if (!a.actorId) continue;
    const key = `${a.actorId}:${a.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ actorId: a.actorId, role: a.role });
  }
  return out;
}

async function matchExisting(tx: Transaction, span: ReturnType<typeof spanOf>, proposed: ProposedEvent, actorIds: string[]) {
  if (actorIds.length === 0) return null;
  const candidates = await tx.event.findMany({
    where: {
      startsOn: span.startsOn, endsOn: span.endsOn, precision: span.precision, status: { not: 'REJECTED' },
      actors: { some: { actorId: { in: actorIds } } },
    },
    include: { actors: { select: { actorId: true } } },
    take: 50,
  });
  return findMatchingEvent(
    { title: proposed.title, summary: proposed.summary, actorIds },
    candidates.map((c) => ({ id: c.id, title: c.title, summary: c.summary, actorIds: c.actors.map((a) => a.actorId) })),
  );
}
