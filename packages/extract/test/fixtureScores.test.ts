import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extractor.ts';
import { evaluateArticle } from '../src/evaluation/evaluateArticle.ts';
import { sumScores, type Score } from '../src/evaluation/scores.ts';
import { fixtureActors, fixtureArticle, fixtureArticleNames } from '../src/testing/fixtures.ts';

// Floors for the articles written for this package (fixtures/articles), measured with
// fixtures/known-actors.json and rounded down to the next 0.05. A floor going down is a
// regression; raise a floor when the extractor gets better. The last three articles
// were held out while the rules were written: the first figures measured on them were
// dates F1 0.909/1.000/0.909 and actors F1 0.880/0.917/0.917.
//
// Eight actor floors went down in session 8 by a deliberate change of convention, not a
// regression: these expected files list a head of state's country beside them ("Maduro
// is sworn in": Maduro, Venezuela), the devset's gold, written outside the team, does not
// (1 in 8 such countries was the gold's). Only a state's voices (ministers, spokespeople,
// ambassadors) bring their country in now; the actors F1 over these articles went from
// 0.93 to 0.87 and the devset's from 0.68 to 0.69 (empty table) and 0.66 to 0.68 (sample).
//
// Session 9 took the same convention one step further: the own country of the people
// acting (read from a person's title, a group's country word, or a minister or spokesperson
// speaking) takes part only when the event names another country too. A domestic event
// ("Venezuelan President X was sworn in") lists the people and bodies, an international one
// the countries; the devset's gold does so, these expected files list the country on
// domestic events as well. Devset actors F1 0.759 -> 0.766 (empty table) and 0.751 -> 0.755
// (sample), gaining on 4 pages and losing on none; over these articles 0.88 -> 0.86. The
// lima-group (0.89 -> 0.85) and border (0.78 -> 0.73) floors and the overall one went down
// by 0.05 for it; morales (0.92 -> 0.87) and the seed's recall (1 -> 0.93) fell too.
const FLOORS: Record<string, { dates: number; actors: number; stances?: number }> = {
  'pence-bogota-aid-2019-02': { dates: 1, actors: 0.7, stances: 1 },
  'russian-planes-caracas-2019-03': { dates: 0.9, actors: 0.85 },
  'oslo-talks-2019-05': { dates: 1, actors: 0.9, stances: 1 },
  'maduro-power-analysis-undated': { dates: 1, actors: 1, stances: 1 },
  'maduro-second-term-no-pubdate': { dates: 0.55, actors: 0.55 },
  'lima-group-declaration-2019-01': { dates: 1, actors: 0.8 },
  'pdvsa-sanctions-2019-01': { dates: 1, actors: 0.85 },
  'contact-group-mission-2019-03': { dates: 1, actors: 0.95, stances: 1 },
  'morales-resigns-2019-11': { dates: 1, actors: 0.85 },
  'blackout-caracas-2019-03': { dates: 1, actors: 0.85, stances: 1 },
  // 0.85 since groups named after a country are proposed: "Venezuela's armed forces" is an
  // actor the devset's gold would list, this article's expected file (written earlier) does not.
  'border-exercises-2019-09': { dates: 0.9, actors: 0.7, stances: 1 },
};

const actors = fixtureActors();
const extractor = createExtractor(actors);
const results = Object.keys(FLOORS).map((name) => {
  const article = fixtureArticle(name);
  return { name, evaluation: evaluateArticle(article.expected, extractor.extract(article.input), actors) };
});

describe('own test articles hold their score floors', () => {
  it('every article in fixtures/articles has a floor (or is the seed)', () => {
    expect(fixtureArticleNames().filter((name) => !(name in FLOORS))).toEqual(['ryabkov-venezuela-2019-06']);
  });

  for (const { name, evaluation } of results) {
    it(name, () => {
      const floor = FLOORS[name];
      if (floor === undefined) throw new Error(`no floor for ${name}`);
      expect(evaluation.dates.f1).toBeGreaterThanOrEqual(floor.dates);
      expect(evaluation.actors.f1).toBeGreaterThanOrEqual(floor.actors);
      if (floor.stances !== undefined) expect(evaluation.stances?.f1).toBeGreaterThanOrEqual(floor.stances);
    });
  }

  it('overall, micro-averaged over all own articles', () => {
    const overall = (pick: (score: { dates: Score; actors: Score }) => Score): Score => sumScores(results.map(({ evaluation }) => pick(evaluation)));
    expect(overall((evaluation) => evaluation.dates).f1).toBeGreaterThanOrEqual(0.9);
    expect(overall((evaluation) => evaluation.actors).f1).toBeGreaterThanOrEqual(0.8);
  });
});
