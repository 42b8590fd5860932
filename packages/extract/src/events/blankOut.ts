import type { ArticleText } from '../text/articleText.ts';
import type { DateMention } from '../types.ts';
import type { Range } from './eventDraft.ts';

/**
 * The text of a range with quotations and date expressions replaced by spaces, so that
 * cue words are only read from the reporter's own words and "March" the month cannot
 * pass for a protest. Offsets stay those of the range.
 */
export function blankOut(article: ArticleText, range: Range, dates: readonly DateMention[]): string {
  const characters = article.text.slice(range.start, range.end).split('');
  const blank = (start: number, end: number): void => {
    for (let offset = Math.max(start, range.start); offset < Math.min(end, range.end); offset++) characters[offset - range.start] = ' ';
  };
  for (const quote of article.layout.quotes) if (quote.end > range.start && quote.start < range.end) blank(quote.start, quote.end);
  for (const date of dates) if (date.span.end > range.start && date.span.start < range.end) blank(date.span.start, date.span.end);
  return characters.join('');
}
