import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.ts';
import { refKey } from '../testing/extraction.ts';

// A paragraph that goes on about the person its event is about. The sentences are invented for these tests.

const extractor = createExtractor([]);

function events(text: string): { passages: number; actors: string[] }[] {
  return extractor
    .extract({ text, publishedAt: '2021-03-10' })
    .events.map((event) => ({ passages: event.passages.length, actors: event.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`) }));
}

describe('a paragraph about one person', () => {
  it('goes on when a later sentence opens with "she", even on a new occasion', () => {
    const [event, ...others] = events(
      'Ana Rivas appeared at a rally in Lima on Friday. Later she spoke out against the curfew at a news conference with Chilean President Luis Mora.',
    );
    expect(others).toEqual([]);
    expect(event?.actors).toContain('proposed:ana-rivas:SUBJECT');
    expect(event?.actors).toContain('proposed:luis-mora:PARTICIPANT');
    // The titles of those only named in the sentences that go on bring no countries.
    expect(event?.actors.some((actor) => actor.startsWith('proposed:chile'))).toBe(false);
  });

  it('goes on when a new voice speaks of that person', () => {
    const [event] = events('Ana Rivas left the country on Monday. “Rivas is safe,” Peruvian Interior Minister Luis Mora said on Twitter.');
    expect(event?.passages).toBe(2);
    expect(event?.actors).toContain('proposed:luis-mora:PARTICIPANT');
  });

  it('does not take in a new voice speaking of someone else', () => {
    const [event] = events('Ana Rivas left the country on Monday. “The border is closed,” Peruvian Interior Minister Luis Mora said on Twitter.');
    expect(event?.passages).toBe(1);
  });
});
