// What the 2019 Venezuelan crisis data set must hold for the app, the
// extraction checks and the README to be right about it. Its shape and
// references are checked by readSeedData itself (seed-files.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeedData, type SeedData } from '../src/seed/seed-files.ts';

const SEED_SOURCE = 'fortruss-2019-06-25-ryabkov';
// The five events a careful reader takes from the seed article.
const SEED_EVENTS = [
  { key: 'ryabkov-federation-council-statement', precision: 'DAY', start: '2019-06-25', dateExpression: 'On Tuesday', actors: ['sergei-ryabkov'] },
  {
    key: 'zakharova-urges-us-not-to-divide-military',
    precision: 'MONTH',
    start: '2019-06',
    dateExpression: 'Earlier this month',
    actors: ['maria-zakharova', 'united-states'],
  },
  {
    key: 'zakharova-condemns-cuba-sanctions',
    precision: 'MONTH',
    start: '2019-06',
    dateExpression: null,
    actors: ['maria-zakharova', 'cuba', 'united-states'],
  },
  { key: 'guaido-self-proclamation', precision: 'DAY', start: '2019-01-23', dateExpression: 'January 23', actors: ['juan-guaido'] },
  { key: 'maduro-second-inauguration', precision: 'DAY', start: '2019-01-10', dateExpression: 'January 10', actors: ['nicolas-maduro'] },
];
const REQUIRED_ALIASES = {
  'sergei-ryabkov': [
    'Ryabkov',
    'Sergei Ryabkov',
    'Sergey Ryabkov',
    'deputy foreign minister of Russia',
    'Russian deputy foreign minister',
    'the Russian vice chancellor',
  ],
  'nicolas-maduro': ['Maduro', 'Nicolas Maduro', 'President Maduro'],
  'juan-guaido': ['Guaidó', 'Guaido', 'Juan Guaido'],
  russia: ['Moscow', 'Russian Federation', 'Kremlin'],
  'united-states': ['USA', 'US', 'U.S.', 'Washington', 'United States of America'],
  'european-union': ['EU', 'the European Union'],
};

let data: SeedData;
beforeAll(async () => {
  data = await readSeedData();
});

describe('the sample data set', () => {
  it('is the 2019 crisis, sized as the README says', () => {
    expect(data.timeline.slug).toBe('venezuela-crisis-2019');
    expect(data.actors.length).toBeGreaterThanOrEqual(40);
    expect(data.actors.length).toBeLessThanOrEqual(60);
    expect(data.events.length).toBeGreaterThanOrEqual(35);
    expect(data.events.filter((e) => !e.start.startsWith('2019')).map((e) => e.key)).toEqual([]);
  });

  it('names the actors by the aliases extraction relies on', () => {
    for (const [key, aliases] of Object.entries(REQUIRED_ALIASES)) {
      expect(data.actors.find((a) => a.key === key)?.aliases, key).toEqual(expect.arrayContaining(aliases));
    }
  });

  it('holds the seed article, with the events a careful reader takes from it', () => {
    const source = data.sources.find((s) => s.key === SEED_SOURCE);
    expect(source).toMatchObject({
      publisher: 'Fort Russ',
      publishedOn: '2019-06-25',
      url: 'https://fort-russ.com/2019/06/deputy-foreign-minister-reveals-why-russian-military-arrived-in-venezuela/',
    });
    expect(data.sourceTexts.get(SEED_SOURCE)).toMatch(/Ryabkov/);
    for (const expected of SEED_EVENTS) {
      const event = data.events.find((e) => e.key === expected.key);
      expect(event, expected.key).toMatchObject({ precision: expected.precision, start: expected.start, end: null });
      const citation = event?.citations.find((c) => c.source === SEED_SOURCE);
      expect(citation?.passage, expected.key).toEqual(expect.any(String));
      expect(citation?.dateExpression, expected.key).toBe(expected.dateExpression);
      expect(
        event?.actors.map((a) => a.actor),
        expected.key,
      ).toEqual(expect.arrayContaining(expected.actors));
    }
  });

  it('keeps the samples the views show: two accounts of one event, sources disagreeing on a date, key events', () => {
    const arrival = data.events.find((e) => e.key === 'russian-aircraft-land-in-caracas');
    const quoted = new Map(arrival?.quotes.map((q) => [q.speaker, q.source]));
    expect(quoted.get('sergei-ryabkov')).toBe(SEED_SOURCE);
    expect(quoted.get('donald-trump')).toBe('thehill-2019-03-27-russia-get-out');
    const disagreeing = data.events.filter((e) => new Set(e.citations.filter((c) => c.resolved).map((c) => JSON.stringify(c.resolved))).size > 1);
    expect(disagreeing.length).toBeGreaterThanOrEqual(1);
    for (const key of ['maduro-second-inauguration', 'guaido-self-proclamation', 'ryabkov-federation-council-statement']) {
      expect(data.events.find((e) => e.key === key)?.isKey, key).toBe(true);
    }
  });

  it('records who backs Maduro and who backs Guaidó', () => {
    const has = (actor: string, target: string) => data.stances.some((s) => s.actor === actor && s.stance === 'SUPPORTS' && s.target === target);
    for (const actor of ['russia', 'china', 'cuba', 'bolivia', 'iran', 'turkey']) expect(has(actor, 'nicolas-maduro'), actor).toBe(true);
    for (const actor of ['european-union', 'united-states', 'brazil']) expect(has(actor, 'juan-guaido'), actor).toBe(true);
  });
});
