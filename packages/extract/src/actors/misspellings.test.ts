import { describe, expect, it } from 'vitest';
import { editDistance, MisspellingIndex } from './misspellings.ts';

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and swaps of neighbours as one edit', () => {
    expect(editDistance('ryabkov', 'tyabkov')).toBe(1);
    expect(editDistance('guaido', 'guiado')).toBe(1);
    expect(editDistance('maduro', 'madur')).toBe(1);
    expect(editDistance('pompeo', 'trump')).toBeGreaterThan(2);
  });
});

describe('misspelling index', () => {
  const index = new MisspellingIndex<string>();
  index.add('ryabkov', 'sergei-ryabkov');
  index.add('zakharova', 'maria-zakharova');
  index.add('cuba', 'cuba');

  it('finds names one edit away, and longer names two edits away', () => {
    expect(index.lookup('tyabkov')?.value).toBe('sergei-ryabkov');
    expect(index.lookup('zakarhova')?.value).toBe('maria-zakharova');
    expect(index.lookup('zhakarovaa')).toBeNull();
  });

  it('ignores exact names and short words', () => {
    expect(index.lookup('ryabkov')).toBeNull();
    expect(index.lookup('cubs')).toBeNull();
  });
});
