import type { Extraction, KnownActor } from '../types.ts';
import { actorKeys, type ActorKeyOf } from './actorNames.ts';
import type { ExpectedArticle } from './expectedArticle.ts';
import { matchEvents } from './matchEvents.ts';
import { score, sumScores, type Score } from './scores.ts';
import { scoreTitles, type TitleScore } from './titleUsability.ts';

// Scores one extraction against its expected file: event dates (an event counts when
// date and precision match, paired one to one), actors of the paired events (per event
// and micro-averaged), and stated stances when the file lists them.

export interface EventRow {
  expectedIndex: number;
  predictedIndex: number | null;
  actors: Score | null;
  missingActors: string[];
  extraActors: string[];
  kindMatches: boolean | null;
}

export interface ArticleEvaluation {
  rows: EventRow[];
  unmatchedPredicted: number[];
  dates: Score;
  actors: Score;
  stances: Score | null;
  /** Proposed titles usable as they stand (see titleUsability.ts). */
  titles: TitleScore;
}

export function evaluateArticle(expected: ExpectedArticle, extraction: Extraction, knownActors: readonly KnownActor[]): ArticleEvaluation {
  const expectedNames = [...new Set(expected.expectedEvents.flatMap((event) => event.actors))];
  const keys = actorKeys(knownActors, extraction.proposedActors, expectedNames);
  const matches = matchEvents(expected.expectedEvents, extraction.events, keys);
  const rows: EventRow[] = matches.map(({ expectedIndex, predictedIndex }) => {
    const want = expected.expectedEvents[expectedIndex];
    const got = predictedIndex === null ? undefined : extraction.events[predictedIndex];
    if (want === undefined || got === undefined) {
      return { expectedIndex, predictedIndex: null, actors: null, missingActors: [], extraActors: [], kindMatches: null };
    }
    const wanted = new Set(want.actors.map(keys.expected));
    const found = new Set(got.actors.map((actor) => keys.predicted(actor.actor)));
    const shared = [...found].filter((key) => wanted.has(key));
    return {
      expectedIndex,
      predictedIndex,
      actors: score(shared.length, found.size, wanted.size),
      missingActors: [...wanted].filter((key) => !found.has(key)).map(keys.label),
      extraActors: [...found].filter((key) => !wanted.has(key)).map(keys.label),
      kindMatches: want.kind === null ? null : want.kind.toUpperCase() === got.kind,
    };
  });
  const matchedPredicted = new Set(rows.map((row) => row.predictedIndex).filter((index) => index !== null));
  const matchedCount = matchedPredicted.size;
  return {
    rows,
    unmatchedPredicted: extraction.events.map((_, index) => index).filter((index) => !matchedPredicted.has(index)),
    dates: score(matchedCount, extraction.events.length, expected.expectedEvents.length),
    actors: sumScores(rows.flatMap((row) => (row.actors === null ? [] : [row.actors]))),
    stances: expected.expectedStances === null ? null : scoreStances(expected, extraction, keys),
    titles: scoreTitles(extraction.events.map((event) => event.title)),
  };
}

function scoreStances(expected: ExpectedArticle, extraction: Extraction, keys: ActorKeyOf): Score {
  const wanted = new Set(
    (expected.expectedStances ?? []).flatMap((stance) =>
      stance.actors.map((actor) => `${keys.expected(actor)}|${stance.stance.toUpperCase()}|${keys.expected(stance.target)}`),
    ),
  );
  const found = new Set(extraction.stances.map((stance) => `${keys.predicted(stance.actor)}|${stance.stance}|${keys.predicted(stance.target)}`));
  return score([...found].filter((key) => wanted.has(key)).length, found.size, wanted.size);
}
