import type { ProposedEvent } from '../types.ts';
import type { ActorKeyOf } from './actorNames.ts';
import { expectedDateKey, predictedDateKey } from './dateKeys.ts';
import type { ExpectedEvent } from './expectedArticle.ts';

export interface EventMatch {
  expectedIndex: number;
  /** Index into the predicted events, or null when nothing matched. */
  predictedIndex: number | null;
}

/**
 * Pairs expected and predicted events one to one. A pair needs the same date and
 * precision; expected events are taken in order, and among the free predicted events
 * with that date the one sharing most actors wins (then the same kind, then the earlier one).
 */
export function matchEvents(expected: readonly ExpectedEvent[], predicted: readonly ProposedEvent[], keys: ActorKeyOf): EventMatch[] {
  const predictedDates = predicted.map((event) => predictedDateKey(event.date));
  const taken = new Set<number>();
  return expected.map((event, expectedIndex) => {
    const want = expectedDateKey(event.date, event.precision);
    const wantedActors = new Set(event.actors.map(keys.expected));
    let best: number | null = null;
    let bestOverlap = -1;
    const wantedKind = event.kind?.toUpperCase() ?? null;
    predicted.forEach((candidate, index) => {
      const date = predictedDates[index];
      if (taken.has(index) || date === null || date === undefined || date.key !== want.key || date.precision !== want.precision) return;
      const sharedActors = [...new Set(candidate.actors.map((actor) => keys.predicted(actor.actor)))].filter((key) => wantedActors.has(key)).length;
      // Shared actors decide; a matching kind breaks ties (it counts as half an actor).
      const overlap = sharedActors + (candidate.kind === wantedKind ? 0.5 : 0);
      if (overlap > bestOverlap) {
        best = index;
        bestOverlap = overlap;
      }
    });
    if (best !== null) taken.add(best);
    return { expectedIndex, predictedIndex: best };
  });
}
