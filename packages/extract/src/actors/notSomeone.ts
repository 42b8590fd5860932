import type { ArticleText } from '../text/articleText.ts';
import type { Token } from '../text/tokenize.ts';
import { NOT_AN_ACTOR_WORDS } from './vocabulary.ts';

// Capitalised words that pass for a name but name no one who acts: world regions ("Latin
// America", "the Middle East"), plural abbreviations ("MPs"), and a place introduced by
// what it is ("the western state of Rakhine").

// prettier-ignore
const REGION_WORDS: ReadonlySet<string> = new Set([
  'latin', 'south', 'north', 'central', 'east', 'west', 'southeast', 'northeast', 'southwest', 'northwest', 'middle', 'far',
  'sub', 'saharan', 'america', 'americas', 'africa', 'asia', 'europe', 'oceania', 'caribbean', 'balkans', 'caucasus', 'sahel',
  'gulf', 'pacific', 'atlantic', 'arctic', 'antarctica', 'eurasia', 'scandinavia', 'levant', 'maghreb',
]);
// prettier-ignore
const CONTINENT_WORDS: ReadonlySet<string> = new Set(['america', 'americas', 'africa', 'asia', 'europe', 'oceania', 'caribbean', 'balkans', 'caucasus', 'sahel', 'east', 'eurasia', 'scandinavia', 'levant', 'maghreb']);

/** The media and bodies named by what they are before their name: "news agency Sputnik", "broadcaster RTÉ". */
// prettier-ignore
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'channel', 'outlet', 'network', 'tabloid', 'magazine', 'website', 'portal']);

export function notSomeone(article: ArticleText, words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined) return true;
  if (words.every((word) => REGION_WORDS.has(word.folded) || word.text === '-') && CONTINENT_WORDS.has(last.folded)) return true;
  if (words.length === 1 && /^\p{Lu}{2,}s$/u.test(last.text)) return true;
  const first = words[0];
  if (words.length === 1 && first !== undefined && article.tokens[first.index - 1]?.folded === 'of') {
    const kind = article.tokens[first.index - 2];
    if (kind !== undefined && NOT_AN_ACTOR_WORDS.has(kind.folded)) return true;
  }
  return false;
}
