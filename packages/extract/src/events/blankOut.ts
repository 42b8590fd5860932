import type { ArticleText } from '../text/articleText.ts';
import type { DateMention } from '../types.ts';
import type { Range } from './eventDraft.ts';

/**
 * The article with quotations and date expressions replaced by spaces, so that cue
 * words are only read from the reporter's own words and "March" the month cannot pass
 * for a protest. Offsets stay those of the article; made once per article.
 */
export function blankedText(article: ArticleText, dates: readonly DateMention[]): string {
  const characters = article.text.split('');
  const blank = (start: number, end: number): void => {
    for (let offset = start; offset < end; offset++) characters[offset] = ' ';
  };
  for (const quote of article.layout.quotes) blank(quote.start, quote.end);
  for (const date of dates) blank(date.span.start, date.span.end);
  return characters.join('');
}

export function slice(blanked: string, range: Range): string {
  return blanked.slice(range.start, range.end);
}
