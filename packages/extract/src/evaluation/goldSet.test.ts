import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.ts';
import { sameActorName } from './actorNames.ts';
import { evaluateArticle } from './evaluateArticle.ts';
import { readGoldSet } from './goldSet.ts';

// A gold set in the devset's format, written here in the team's own words.
function writeGoldSet(): string {
  const folder = mkdtempSync(join(tmpdir(), 'chronicle-gold-'));
  writeFileSync(
    join(folder, 'harbour-strike-2021-03-10.txt'),
    'Dockworkers in Mombasa walked off the job on Monday. Kenyan President Uhuru Kenyatta ordered the port reopened on Tuesday.',
  );
  writeFileSync(
    join(folder, 'gold.json'),
    JSON.stringify([
      {
        id: 'harbour-strike-2021-03-10',
        publisher: 'Team fixture',
        publishedAt: '2021-03-10',
        events: [
          {
            date: '2021-03-08',
            precision: 'day',
            dateExpression: 'on Monday',
            actors: [],
            kind: 'protest',
            what: 'Dockworkers strike.',
            headline: 'Dockworkers strike in Mombasa',
          },
          {
            date: '2021-03-09',
            precision: 'day',
            dateExpression: 'on Tuesday',
            actors: ['Uhuru Kenyatta'],
            kind: 'political',
            what: 'Port reopened.',
            headline: 'Kenyatta orders port reopened',
          },
        ],
      },
    ]),
  );
  return folder;
}

describe('gold sets', () => {
  it('reads pages with their events and scores an extraction against them', () => {
    const [page] = readGoldSet(writeGoldSet());
    if (page === undefined) throw new Error('no page');
    expect(page.expected.expectedEvents.map((event) => [event.date, event.headline])).toEqual([
      ['2021-03-08', 'Dockworkers strike in Mombasa'],
      ['2021-03-09', 'Kenyatta orders port reopened'],
    ]);
    const extraction = createExtractor([]).extract({
      text: 'Dockworkers in Mombasa walked off the job on Monday. Kenyan President Uhuru Kenyatta ordered the port reopened on Tuesday.',
      publishedAt: page.expected.publishedAt,
    });
    const evaluation = evaluateArticle(page.expected, extraction, []);
    expect(evaluation.dates.f1).toBe(1);
    expect(evaluation.actors.recall).toBe(1);
    expect(evaluation.titles.total).toBe(2);
  });

  it('refuses a folder without gold.json, naming it', () => {
    expect(() => readGoldSet(mkdtempSync(join(tmpdir(), 'chronicle-empty-')))).toThrow(/no gold\.json/);
  });

  it('counts a surname as the person it ends, never a different person', () => {
    expect(sameActorName('Bashir', 'Omar al-Bashir')).toBe(true);
    expect(sameActorName('Guaido', 'Juan Guaidó')).toBe(true);
    expect(sameActorName('Delcy Rodríguez', 'Jorge Rodríguez')).toBe(false);
    expect(sameActorName('May', 'Theresa May')).toBe(false);
  });
});
