import { describe, expect, it } from 'vitest';
import type { DateMention, Extraction, KnownActor, ProposedEvent } from '../types.ts';
import { expectedDateKey } from './dateKeys.ts';
import { evaluateArticle } from './evaluateArticle.ts';
import { parseExpectedArticle, type ExpectedArticle } from './expectedArticle.ts';
import { formatReport } from './formatReport.ts';
import { parseKnownActors } from './knownActorsFile.ts';

const actors: KnownActor[] = [
  { id: 'maduro', name: 'Nicolás Maduro', kind: 'PERSON', aliases: ['Maduro'] },
  { id: 'venezuela', name: 'Venezuela', kind: 'COUNTRY', aliases: [] },
  { id: 'us', name: 'United States', kind: 'COUNTRY', aliases: ['USA', 'Washington'] },
];

function date(start: string, end: string, precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'): DateMention {
  return { span: { text: start, start: 0, end: 1 }, resolved: { start, end, precision } };
}

function event(title: string, when: DateMention | null, actorIds: string[], kind: ProposedEvent['kind'] = 'POLITICAL'): ProposedEvent {
  return {
    title,
    summary: title,
    kind,
    date: when,
    actors: actorIds.map((actorId) => ({ actor: { kind: 'known', actorId }, role: 'PARTICIPANT' })),
    quotes: [],
    passages: [],
  };
}

function extraction(events: ProposedEvent[]): Extraction {
  return { events, proposedActors: [], quotes: [], stances: [], dates: [], warnings: [] };
}

const expected: ExpectedArticle = parseExpectedArticle({
  publishedAt: '2019-06-25',
  expectedEvents: [
    { date: '2019-01-10', precision: 'day', kind: 'political', actors: ['Nicolás Maduro', 'Venezuela'], what: 'inauguration' },
    { date: '2019-06', precision: 'month', kind: 'statement', actors: ['Maduro', 'USA'], what: 'statement' },
    { date: '2019-06-17', precision: 'week', kind: 'sanction', actors: ['United States'], what: 'sanctions' },
  ],
  expectedStances: [{ actors: ['Washington'], stance: 'supports', target: 'Nicolás Maduro' }],
});

describe('evaluateArticle', () => {
  it('pairs events by date and precision, one to one, and scores dates and actors', () => {
    const result = evaluateArticle(
      expected,
      extraction([
        event('inauguration', date('2019-01-10', '2019-01-10', 'DAY'), ['maduro']),
        event('wrong precision', date('2019-06-01', '2019-06-30', 'WEEK'), ['maduro']),
        event('statement', date('2019-06-01', '2019-06-30', 'MONTH'), ['maduro', 'us', 'venezuela'], 'STATEMENT'),
        event('again the same month', date('2019-06-01', '2019-06-30', 'MONTH'), ['maduro']),
      ]),
      actors,
    );
    expect(result.rows.map((row) => row.predictedIndex)).toEqual([0, 2, null]);
    expect(result.dates).toMatchObject({ truePositives: 2, predicted: 4, expected: 3 });
    // Inauguration: 1 of 1 predicted right, 1 of 2 expected found; statement: 2 of 3, 2 of 2.
    expect(result.actors).toMatchObject({ truePositives: 3, predicted: 4, expected: 4 });
    expect(result.rows[0]?.missingActors).toEqual(['Venezuela']);
    expect(result.rows[1]?.extraActors).toEqual(['Venezuela']);
    expect(result.unmatchedPredicted).toEqual([1, 3]);
  });

  it('prefers the predicted event sharing more actors when two share a date', () => {
    const result = evaluateArticle(
      expected,
      extraction([
        event('other', date('2019-01-10', '2019-01-10', 'DAY'), ['us']),
        event('inauguration', date('2019-01-10', '2019-01-10', 'DAY'), ['maduro', 'venezuela']),
      ]),
      actors,
    );
    expect(result.rows[0]?.predictedIndex).toBe(1);
  });

  it('scores stances by actor, stance and target', () => {
    const stated: Extraction = {
      ...extraction([]),
      stances: [
        { actor: { kind: 'known', actorId: 'us' }, stance: 'SUPPORTS', target: { kind: 'known', actorId: 'maduro' }, passage: { text: '', start: 0, end: 0 } },
      ],
    };
    expect(evaluateArticle(expected, stated, actors).stances).toMatchObject({ precision: 1, recall: 1 });
  });

  it('prints a table and the overall lines', () => {
    const result = evaluateArticle(expected, extraction([event('inauguration', date('2019-01-10', '2019-01-10', 'DAY'), ['maduro'])]), actors);
    const report = formatReport('test.txt', expected, extraction([event('inauguration', date('2019-01-10', '2019-01-10', 'DAY'), ['maduro'])]), result);
    expect(report).toContain('MISSED');
    expect(report).toMatch(/event dates\s+P=1\.000 R=0\.333 F1=0\.500/);
    expect(report).toMatch(/actors\s+P=1\.000 R=0\.500 F1=0\.667/);
  });
});

describe('expected dates', () => {
  it('reads weeks given as any day or as an ISO week', () => {
    expect(expectedDateKey('2019-06-19', 'week')).toEqual({ precision: 'week', key: '2019-06-17' });
    expect(expectedDateKey('2019-W25', 'week')).toEqual({ precision: 'week', key: '2019-06-17' });
    expect(expectedDateKey('2019-06', 'month')).toEqual({ precision: 'month', key: '2019-06' });
  });
});

describe('input files', () => {
  it('rejects expected files with bad fields, naming them', () => {
    expect(() => parseExpectedArticle({ expectedEvents: [{ date: '2019', precision: 'decade', actors: [] }] })).toThrow('expectedEvents[0]: precision');
    expect(() => parseExpectedArticle({})).toThrow('"expectedEvents" must be an array');
  });

  it('reads actor files as arrays or under "actors", with key as id', () => {
    const entry = { key: 'ru', name: 'Russia', kind: 'country', aliases: ['Moscow'], description: null, country: 'RU' };
    expect(parseKnownActors([entry])).toEqual([{ id: 'ru', name: 'Russia', kind: 'COUNTRY', aliases: ['Moscow'], description: null, country: 'RU' }]);
    expect(parseKnownActors({ actors: [entry] })).toHaveLength(1);
    expect(() => parseKnownActors([{ name: 'X', kind: 'PLANET', aliases: [] }])).toThrow('actors[0]: "kind"');
  });
});
