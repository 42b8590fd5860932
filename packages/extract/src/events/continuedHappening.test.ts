import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.ts';
import { refKey } from '../testing/extraction.ts';

// A happening told as more of an earlier one takes that one's actors. Invented sentences,
// empty actor table.

const extractor = createExtractor([]);

function actorsOfEvents(text: string): string[][] {
  return extractor.extract({ text, publishedAt: '2021-03-10' }).events.map((event) => event.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`));
}

describe('a happening told as more of an earlier one', () => {
  it('takes the sides of the earlier round of talks', () => {
    const [, round] = actorsOfEvents(
      'Union leader Marta Costa and Prime Minister Luis Ortega held talks in Lisbon on March 2. On March 9, a new round of talks began in Porto.',
    );
    expect(round).toEqual(['proposed:marta-costa:SUBJECT', 'proposed:luis-ortega:TARGET']);
  });

  it('takes the protesters of protests that go on', () => {
    const [, more] = actorsOfEvents('On March 2, mass protests erupted in more than 20 Portuguese cities. On the night of March 3, the protests continued.');
    expect(more).toEqual(['proposed:portuguese-protesters:SUBJECT']);
  });

  it('takes the actors of the event just told after "that …"', () => {
    const [, share] = actorsOfEvents('President Ana Rivas won 60% of the vote in 2010. That share rose to 70% in 2015.');
    expect(share).toEqual(['proposed:ana-rivas:SUBJECT']);
  });

  it('reads "This week," as a time, not as more of the last event', () => {
    const [, week] = actorsOfEvents('President Ana Rivas won 60% of the vote in 2010. This week, Marta Costa resigned as minister on Monday.');
    expect(week).toEqual(['proposed:marta-costa:SUBJECT']);
  });

  it('leaves a new happening alone', () => {
    const [, economy] = actorsOfEvents('President Ana Rivas won 60% of the vote in 2010. The economy grew by 3% in 2015.');
    expect(economy).toEqual([]);
  });
});
