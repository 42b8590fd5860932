// Which proposed events report something already held: decided by reading
// only, before anything is locked, so that the events to lock are known and
// can be locked in one order (write-events.ts).
import { spanOfPeriod, type ActorRole, type Database, type EventSpan } from '@chronicle/db';
import type { ProposedEvent } from '@chronicle/extract';
import type { ActorIdOf } from './actor-references.ts';
import { findMatchingEvent } from './event-matching.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

export interface EventPlan {
  proposed: ProposedEvent;
  span: EventSpan;
  actors: { actorId: string; role: ActorRole }[];
  /** The event on file it reports, if any. */
  match: { id: string } | null;
}

function eventSpan(event: ProposedEvent): EventSpan | null {
  const resolved = event.date?.resolved;
  return resolved ? spanOfPeriod(resolved) : null;
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

async function matchExisting(tx: Transaction, span: EventSpan, proposed: ProposedEvent, actorIds: string[]) {
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

/** A plan per dated proposal; an undated one is left out with a warning. */
export async function planEvents(tx: Transaction, events: readonly ProposedEvent[], actorIdOf: ActorIdOf, warnings: string[]): Promise<EventPlan[]> {
  const plans: EventPlan[] = [];
  for (const proposed of events) {
    const span = eventSpan(proposed);
    if (!span) {
      warnings.push(`"${proposed.title}" has no date the text gives: not proposed (${proposed.date?.unresolvedReason ?? 'no date expression'}).`);
      continue;
    }
    const actors = dedupeActors(proposed.actors.map((a) => ({ actorId: actorIdOf(a.actor), role: a.role })));
    const match = await matchExisting(tx, span, proposed, actors.map((a) => a.actorId));
    plans.push({ proposed, span, actors, match });
  }
  return plans;
}
