import { describe, expect, it } from 'vitest';
import { extract } from '../testing/extraction.ts';
import type { ProposedEvent } from '../types.ts';

function names(event: ProposedEvent | undefined): string[] {
  return (event?.actors ?? []).map((actor) => actor.name ?? '');
}

function datedIn(events: readonly ProposedEvent[], start: string): ProposedEvent | undefined {
  return events.find((event) => event.date?.resolved?.start === start);
}

describe('a date inside a noun phrase dates the happening the noun names', () => {
  it('"in the December elections that …": the phrase and its clause, not the rest of the sentence', () => {
    const text = [
      'The army seized power in Ghana on Monday, detaining President Kwame Asante.',
      'The takeover ended a decade of civilian rule in Ghana, with the generals alleging fraud in the December elections that Asante’s People’s Alliance won in a landslide.',
    ].join('\n\n');
    const election = datedIn(extract(text, '2021-02-01').events, '2020-12-01');
    expect(election?.passages.map((passage) => passage.text)).toEqual(['the December elections that Asante’s People’s Alliance won in a landslide']);
    expect(names(election)).not.toContain('Ghana');
    expect(names(election)).toContain('Kwame Asante');
  });

  it('"following the referendum of June 2015": the referendum, not the vote the sentence tells of', () => {
    const text =
      'Lawmakers voted 300 to 150 to reject Prime Minister Anna Berg’s plan on Tuesday, two years after the talks began following the Danish referendum of June 2015.';
    const referendum = datedIn(extract(text, '2019-01-16').events, '2015-06-01');
    expect(referendum?.passages.map((passage) => passage.text)).toEqual(['the Danish referendum of June 2015']);
    expect(names(referendum)).not.toContain('Anna Berg');
  });

  it('"the election, which X claimed to have won,": the clause after a comma belongs to the phrase', () => {
    const text =
      'Hours after the vote, observers said they had found serious irregularities in the October 20 presidential election, which President Kwame Asante claimed to have won outright.';
    const election = datedIn(extract(text, '2019-11-10').events, '2019-10-20');
    expect(election?.passages.map((passage) => passage.text)).toEqual([
      'the October 20 presidential election, which President Kwame Asante claimed to have won outright',
    ]);
  });

  it('a dated noun that is the sentence’s subject or object keeps the whole sentence', () => {
    const text = 'The March elections returned Kwame Asante to office with a large majority.';
    const [event] = extract(text, '2019-06-25').events;
    expect(event?.passages.map((passage) => passage.text)).toEqual([text]);
  });
});

describe('"immediately" dates only what happened at once', () => {
  it('"calls for democracy to be immediately restored" asks for something; it dates nothing', () => {
    const text = [
      'The army seized power on Monday.',
      'The coup sparked condemnation abroad, with Canada leading calls for democracy to be immediately restored.',
    ].join('\n\n');
    expect(extract(text, '2021-02-01').events.filter((event) => event.date?.span.text === 'immediately')).toEqual([]);
  });
});
