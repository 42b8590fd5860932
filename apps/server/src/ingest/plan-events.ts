// Which proposed events report something already held: decided by reading
// only, before anything is locked, so that the events to lock are known and
// can be locked in one order (write-events.ts). One statement reads the
// candidates of every proposal; their words are compared here.
import { eventCandidates, spanOfPeriod, type ActorRole, type Database, type EventSpan } from '@chronicle/db';
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

/** A plan per dated proposal; an undated one is left out with a warning. */
export async function planEvents(tx: Transaction, events: readonly ProposedEvent[], actorIdOf: ActorIdOf, warnings: string[]): Promise<EventPlan[]> {
  const dated: Omit<EventPlan, 'match'>[] = [];
  for (const proposed of events) {
    const span = eventSpan(proposed);
    if (!span) {
      warnings.push(`"${proposed.title}" has no date the text gives: not proposed (${proposed.date?.unresolvedReason ?? 'no date expression'}).`);
      continue;
    }
    const actors = dedupeActors(proposed.actors.map((a) => ({ actorId: actorIdOf(a.actor), role: a.role })));
    dated.push({ proposed, span, actors });
  }
  const candidates = await eventCandidates(
    tx,
    dated.map(({ span, actors }) => ({ span, actorIds: actors.map((a) => a.actorId) })),
  );
  return dated.map((plan, i) => {
    const actorIds = plan.actors.map((a) => a.actorId);
    const match = findMatchingEvent({ title: plan.proposed.title, summary: plan.proposed.summary, actorIds }, candidates[i]!);
    return { ...plan, match: match ? { id: match.id } : null };
  });
}
