import type { ArticleText } from '../text/articleText.ts';
import type { Mention } from './mention.ts';

// A news outlet by the word its name ends with ("Associated Press", "BBC News", "The
// Daily Telegraph"): it passes others' words on more often than it acts. ("Agency" and
// "Network" are left out: they end the names of state and international bodies too.)

// prettier-ignore
const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'news', 'press', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'radio', 'television', 'tv',
  'broadcasting', 'channel',
]);

export function isNewsOutlet(article: ArticleText, mention: Mention): boolean {
  return mention.kind === 'ORGANIZATION' && !mention.possessive && MEDIA_WORDS.has(article.tokens[mention.tokenEnd - 1]?.folded ?? '');
}
