// A social-media post copied into a news page keeps its signature line after its
// words: "… ¡No pasarán! — Jorge Arreaza M (@jaarreaza) December 23, 2019". The words
// are the author's, on the day the signature gives: a statement like a quotation, with
// its speaker after it.

export interface EmbeddedPost {
  /** The post's own words, up to the dash before the signature. */
  wordsStart: number;
  wordsEnd: number;
  /** The author's display name, as the signature writes it. */
  authorStart: number;
  authorEnd: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Dash, display name, "(@handle)", "Month D, YYYY", at the very end of the paragraph. */
const SIGNATURE = new RegExp(`\\s[—–-]{1,2}\\s*([^\\s()@—–-][^()@\\n—–]{0,60}?)\\s*\\(@[A-Za-z0-9_]{1,15}\\)\\s*${MONTH} \\d{1,2}, \\d{4}\\s*$`, 'du');

export function findEmbeddedPost(text: string, start: number, end: number): EmbeddedPost | null {
  const match = SIGNATURE.exec(text.slice(start, end));
  const author = match?.indices?.[1];
  if (match === null || author === undefined) return null;
  let wordsEnd = start + match.index;
  while (wordsEnd > start && /\s/.test(text[wordsEnd - 1] ?? '')) wordsEnd--;
  // A signature alone is no post.
  if (wordsEnd - start < 20) return null;
  return { wordsStart: start, wordsEnd, authorStart: start + author[0], authorEnd: start + author[1] };
}
