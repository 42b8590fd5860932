import { describe, expect, it } from 'vitest';
import { namingSegments, namingTerms } from './namingWords.ts';

describe('the words that name a proposed actor in a passage', () => {
  it('marks the full name, an alias and a person’s surname, whole words only', () => {
    const terms = namingTerms('Arayik Harutunyan', ['NKR leader'], 'PERSON');
    const marked = namingSegments('Earlier, Arayik Harutunyan introduced martial law; the NKR leader and Harutunyans’ aides agreed. Harutunyan said so.', terms)
      .filter((segment) => segment.naming)
      .map((segment) => segment.text);
    expect(marked).toEqual(['Arayik Harutunyan', 'NKR leader', 'Harutunyan']);
  });

  it('keeps the passage whole, marking nothing, when the name does not occur', () => {
    expect(namingSegments('No name here.', namingTerms('Cabinet of Ministers', [], 'ORGANIZATION'))).toEqual([{ text: 'No name here.', naming: false }]);
  });
});
