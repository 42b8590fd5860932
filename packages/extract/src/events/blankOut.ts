import type { ArticleText } from '../text/articleText.ts';
import type { DateMention } from '../types.ts';

/**
 * The article with quotations and date expressions replaced by spaces, so that cue
 * words are only read from the reporter's own words and "March" the month cannot pass
 * for a protest. Offsets stay those of the article; made once per article.
 */
export function blankedText(article: ArticleText, dates: readonly DateMention[]): string {
  const ranges = [...article.layout.quotes, ...dates.map((date) => date.span)].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.end <= cursor) continue;
    const start = Math.max(range.start, cursor);
    pieces.push(article.text.slice(cursor, start), ' '.repeat(range.end - start));
    cursor = range.end;
  }
  pieces.push(article.text.slice(cursor));
  return pieces.join('');
}
