import { describe, expect, it } from 'vitest';
import { layoutArticle } from './layout.ts';

function sentences(text: string): string[] {
  return layoutArticle(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('article layout', () => {
  it('finds the headline, the dateline and page furniture', () => {
    const text = 'Deputy minister reveals why troops arrived\n\nMOSCOW – On Tuesday, he spoke.\n\n- Advertisement -\n\nSubscribe to our newsletter';
    const { paragraphs } = layoutArticle(text);
    expect(paragraphs.map((paragraph) => paragraph.kind)).toEqual(['headline', 'body', 'boilerplate', 'boilerplate']);
    const body = paragraphs[1];
    expect(body === undefined ? '' : text.slice(body.proseStart, body.end)).toBe('On Tuesday, he spoke.');
  });

  it('recognises wire datelines with agencies and dates', () => {
    const text = 'CARACAS, Jan 23 (Reuters) - Guaidó spoke to a crowd.';
    const [paragraph] = layoutArticle(text).paragraphs;
    expect(paragraph === undefined ? '' : text.slice(paragraph.proseStart)).toBe('Guaidó spoke to a crowd.');
  });

  it('splits sentences but not after abbreviations or inside quotations', () => {
    expect(sentences('Gen. Padrino spoke. The U.S. envoy left. “It is over. We won,” he said. Then he left.')).toEqual([
      'Gen. Padrino spoke.',
      'The U.S. envoy left.',
      '“It is over. We won,” he said.',
      'Then he left.',
    ]);
  });

  it('pairs straight and curly quotation marks and closes quotes left open at a paragraph end', () => {
    // Wire style: a quotation running over paragraphs reopens each one and closes only at the end.
    const text = '"One two," he said. “Three\n\n“Four.”';
    const quotes = layoutArticle(text).quotes.map((quote) => text.slice(quote.contentStart, quote.contentEnd));
    expect(quotes).toEqual(['One two,', 'Three', 'Four.']);
  });
});

describe('pages copied from the web', () => {
  it('reads each line as a paragraph, timestamps and captions as furniture, and a cut-off last line as prose', () => {
    const text = [
      'Minister resigns over port contract',
      'The inquiry had been running since March',
      'Tuesday, 15th January 2019, 6:42 pm',
      'The minister resigned on Monday. He denied any wrongdoing.',
      'Protesters outside parliament tonight',
      'Lawmakers will vote on Thursday on whether the inquiry should be widened to the rest of the',
    ].join('\n');
    const kinds = layoutArticle(text).paragraphs.map((paragraph) => paragraph.kind);
    expect(kinds).toEqual(['headline', 'headline', 'boilerplate', 'body', 'boilerplate', 'body']);
  });

  it('joins lines of wrapped text', () => {
    const text = 'The minister resigned on Monday after\nthe inquiry found irregularities.';
    expect(layoutArticle(text).paragraphs).toHaveLength(1);
  });

  it('recognises agency datelines', () => {
    for (const [text, prose] of [
      ['Lagos, Mar 3 (AFP): Police fired tear gas.', 'Police fired tear gas.'],
      ['LAGOS, March 3. /TASS/. Police fired tear gas.', 'Police fired tear gas.'],
      ['LAGOS: Police fired tear gas.', 'Police fired tear gas.'],
    ] as const) {
      const [paragraph] = layoutArticle(text).paragraphs;
      expect(paragraph === undefined ? '' : text.slice(paragraph.proseStart)).toBe(prose);
    }
  });

  it('reads a post copied with its signature as one quoted statement', () => {
    const post = 'Rechazamos cualquier injerencia en nuestros asuntos. Seguiremos trabajando por la paz. — Ana Torres R (@anatorres) March 4, 2019';
    const text = `The minister spoke on Monday.\n\n${post}`;
    const layout = layoutArticle(text);
    expect(layout.posts).toHaveLength(1);
    const [found] = layout.posts;
    expect(text.slice(found?.authorStart, found?.authorEnd)).toBe('Ana Torres R');
    expect(text.slice(found?.wordsStart, found?.wordsEnd)).toBe('Rechazamos cualquier injerencia en nuestros asuntos. Seguiremos trabajando por la paz.');
    expect(sentences(text)).toEqual(['The minister spoke on Monday.', post]);
  });

  it('does not take a dash and a date in prose for a post', () => {
    expect(layoutArticle('The talks resumed — Reuters reported on March 4, 2019 — in Oslo.').posts).toEqual([]);
    expect(layoutArticle('— Ana Torres (@anatorres) March 4, 2019').posts).toEqual([]);
  });
});
