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
 * precision. Pairs are taken greedily, best first: most shared actors, then the same
 * kind, then text order, so two events on one day are not paired crosswise.
 */
export function matchEvents(expected: readonly ExpectedEvent[], predicted: readonly ProposedEvent[], keys: ActorKeyOf): EventMatch[] {
  const predictedDates = predicted.map((event) => predictedDateKey(event.date));
  const pairs: { expectedIndex: number; predictedIndex: number; affinity: number }[] = [];
  expected.forEach((event, expectedIndex) => {
    const want = expectedDateKey(event.date, event.precision);
    const wantedActors = new Set(event.actors.map(keys.expected));
    const wantedKind = event.kind?.toUpperCase() ?? null;
    predicted.forEach((candidate, predictedIndex) => {
      const date = predictedDates[predictedIndex];
      if (date === null || date === undefined || date.key !== want.key || date.precision !== want.precision) return;
      const shared = [...new Set(candidate.actors.map((actor) => keys.predicted(actor.actor)))].filter((key) => wantedActors.has(key)).length;
      // A matching kind breaks ties between equally shared actors.
      pairs.push({ expectedIndex, predictedIndex, affinity: shared + (candidate.kind === wantedKind ? 0.5 : 0) });
    });
  });
  pairs.sort((a, b) => b.affinity - a.affinity || a.expectedIndex - b.expectedIndex || a.predictedIndex - b.predictedIndex);
  const byExpected = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (byExpected.has(pair.expectedIndex) || taken.has(pair.predictedIndex)) continue;
    byExpected.set(pair.expectedIndex, pair.predictedIndex);
    taken.add(pair.predictedIndex);
  }
  return expected.map((_, expectedIndex) => ({ expectedIndex, predictedIndex: byExpected.get(expectedIndex) ?? null }));
}
