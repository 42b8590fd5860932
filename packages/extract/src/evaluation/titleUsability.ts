// Whether a proposed title could go on the timeline as it stands, judged the way an
// editor skims a wire list: short, complete, about someone named, one line, and not the
// same as another title from the same page.

export const MAX_TITLE_LENGTH = 80;

// prettier-ignore
const OPENING_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'him', 'them', 'our']);

// Words that belong to the page around an article, not to a headline.
const FURNITURE =
  /\b(?:click here|read more|subscribe|advertisement|sign up|newsletter|photo:|getty images|reuters photo|follow us|share this|copyright|all rights reserved)\b|https?:\/\/|www\.|\|/i;

export type TitleProblem = 'ellipsis' | 'pronoun' | 'too long' | 'duplicate' | 'line break' | 'furniture' | 'fragment' | 'empty';

export function titleProblems(title: string, otherTitles: readonly string[]): TitleProblem[] {
  const problems: TitleProblem[] = [];
  const trimmed = title.trim();
  if (trimmed === '') return ['empty'];
  if (/…|\.\.\./.test(trimmed)) problems.push('ellipsis');
  const firstWord = /^[\p{L}']+/u.exec(trimmed)?.[0]?.toLowerCase();
  if (firstWord !== undefined && OPENING_PRONOUNS.has(firstWord)) problems.push('pronoun');
  if (trimmed.length > MAX_TITLE_LENGTH) problems.push('too long');
  if (/[\r\n]/.test(trimmed)) problems.push('line break');
  if (FURNITURE.test(trimmed)) problems.push('furniture');
  // "AFP", "(", "Sputnik reports": a headline says who did what.
  if (trimmed.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 3) problems.push('fragment');
  const folded = trimmed.toLowerCase();
  if (otherTitles.filter((other) => other.trim().toLowerCase() === folded).length > 1) problems.push('duplicate');
  return problems;
}

export interface TitleScore {
  usable: number;
  total: number;
}

/** Counts the usable titles among one page's proposed titles. */
export function scoreTitles(titles: readonly string[]): TitleScore {
  return { usable: titles.filter((title) => titleProblems(title, titles).length === 0).length, total: titles.length };
}
