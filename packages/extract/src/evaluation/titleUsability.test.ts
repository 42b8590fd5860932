import { describe, expect, it } from 'vitest';
import { scoreTitles, titleProblems } from './titleUsability.ts';

describe('usable titles', () => {
  it('accepts a short headline and names what is wrong with the others', () => {
    expect(titleProblems('Police fire tear gas at marchers', [])).toEqual([]);
    expect(titleProblems('He said the talks would resume…', [])).toEqual(['ellipsis', 'pronoun']);
    expect(titleProblems('The electoral commission of the republic publishes the results of every polling station', [])).toEqual(['too long']);
    expect(titleProblems('Power grid fails\nMaduro', [])).toEqual(['line break']);
    expect(titleProblems('Read more: the minister resigns', [])).toEqual(['furniture']);
    expect(titleProblems('AFP', [])).toEqual(['fragment']);
  });

  it('counts a title twice on one page as unusable both times', () => {
    expect(scoreTitles(['Talks resume in Oslo', 'Talks resume in Oslo', 'Army takes the capital'])).toEqual({ usable: 1, total: 3 });
  });
});
