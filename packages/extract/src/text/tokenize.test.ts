import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets, folds accents and marks possessives', () => {
    const text = "Guaidó’s U.S. ally O'Brien and Maduro's 35,000 troops";
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.text)).toEqual(['Guaidó', 'U.S.', 'ally', "O'Brien", 'and', 'Maduro', '35,000', 'troops']);
    expect(tokens.map((token) => token.folded)).toEqual(['guaido', 'us', 'ally', "o'brien", 'and', 'maduro', '35,000', 'troops']);
    expect(tokens.filter((token) => token.possessive).map((token) => token.text)).toEqual(['Guaidó', 'Maduro']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('tells capitalised words and acronyms apart', () => {
    const [us, word, upper] = tokenize('US Us USA');
    expect([us?.upper, word?.upper, upper?.upper]).toEqual([true, false, true]);
    expect([us?.capitalized, word?.capitalized]).toEqual([true, true]);
  });
});
