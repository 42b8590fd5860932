import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.ts';
import { refKey } from '../testing/extraction.ts';

// News outlets that carry others' words take no part in them. The sentences are invented for these tests.

const extractor = createExtractor([]);

function actorsOfEvents(text: string): string[][] {
  return extractor.extract({ text, publishedAt: '2021-03-10' }).events.map((event) => event.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`));
}

describe('a news outlet that carries words', () => {
  it('is no target when the speaker told it something', () => {
    const [actors] = actorsOfEvents('“We have no soldiers there,” Ana Rivas, the deputy foreign minister, told the Northern Press on Tuesday.');
    expect(actors).toContain('proposed:ana-rivas:SPEAKER');
    expect(actors?.some((actor) => actor.startsWith('proposed:northern-press'))).toBe(false);
  });

  it('leaves the speaking to the one its report names after "according to"', () => {
    const [actors] = actorsOfEvents('According to Harbour News, the Andean Council announced on Monday that the vote had been rigged.');
    expect(actors?.[0]).toBe('proposed:andean-council:SPEAKER');
    expect(actors?.some((actor) => actor.startsWith('proposed:harbour-news'))).toBe(false);
  });

  it('still speaks when its own report is the news', () => {
    const [actors] = actorsOfEvents('Harbour News reported on Monday that the vote had been rigged.');
    expect(actors?.[0]).toBe('proposed:harbour-news:SPEAKER');
  });
});
