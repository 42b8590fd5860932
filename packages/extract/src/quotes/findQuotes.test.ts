import { describe, expect, it } from 'vitest';
import { extract, refKey } from '../testing/extraction.ts';

function quotesOf(text: string): [string | null, string | null, string][] {
  return extract(text).quotes.map((quote) => [refKey(quote.speaker), quote.verb, quote.text]);
}

describe('quotations and their speakers', () => {
  it('"X said" after the quote, with curly quotes', () => {
    expect(quotesOf('“We are doing a planned work,” Ryabkov said.')).toEqual([['known:sergei-ryabkov', 'said', 'We are doing a planned work,']]);
  });

  it('"said X" after the quote, with straight quotes', () => {
    expect(quotesOf('"We ask them to abandon their actions," said Zakharova.')).toEqual([
      ['known:maria-zakharova', 'said', 'We ask them to abandon their actions,'],
    ]);
  });

  it('"he said" after a named speaker is that speaker', () => {
    const text = 'Ryabkov spoke on Tuesday.\n\n“All of this is routine work for us,” he said in the Federation Council.';
    expect(quotesOf(text)).toEqual([['known:sergei-ryabkov', 'said', 'All of this is routine work for us,']]);
  });

  it('an introducing verb before the quote', () => {
    expect(quotesOf('Pompeo warned: “All options are on the table for us.”')).toEqual([
      ['known:mike-pompeo', 'warned', 'All options are on the table for us.'],
    ]);
  });

  it('a quote standing alone after an attributed one keeps the voice', () => {
    const text = 'Maduro told supporters on Saturday: “Our patience has run out.”\n\n“We will defend our sovereignty to the end.”';
    expect(quotesOf(text).map(([speaker]) => speaker)).toEqual(['known:nicolas-maduro', 'known:nicolas-maduro']);
  });

  it('an unnamed source stays unnamed, and scare quotes are not quotations', () => {
    const text =
      '"The opposition has the people, but not the guns," said one Western diplomat.\n\nMoscow described Guaido’s “presidential status” as nonexistent.';
    expect(quotesOf(text)).toEqual([[null, 'said', 'The opposition has the people, but not the guns,']]);
  });

  it('spans point at the quoted words', () => {
    const text = 'Lavrov said: “Attempts to speculate on this are dishonest.”';
    const [quote] = extract(text).quotes;
    expect(quote === undefined ? null : text.slice(quote.span.start, quote.span.end)).toBe('Attempts to speculate on this are dishonest.');
  });
});
