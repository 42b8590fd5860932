import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';

// "Maduro said he would go to Russia", "planes delivered troops and equipment to X, the
// agency reported": in what a speaker reports, the country something goes to is where
// the news happens, not a party to the statement.

// prettier-ignore
const MOTION_VERBS: ReadonlySet<string> = new Set([
  'go', 'goes', 'going', 'went', 'fly', 'flies', 'flew', 'flying', 'travel', 'travels', 'travelled', 'traveled', 'travelling',
  'traveling', 'deliver', 'delivers', 'delivered', 'delivering', 'send', 'sends', 'sent', 'sending', 'return', 'returns',
  'returned', 'returning', 'head', 'heads', 'headed', 'heading', 'move', 'moved', 'deploy', 'deployed', 'ship', 'shipped',
]);
/** How far back from "to" the verb may stand: "delivered troops and equipment to X". */
const REACH = 5;

export function isDestination(article: ArticleText, country: Mention): boolean {
  if (country.kind !== 'COUNTRY' || article.tokens[country.tokenStart - 1]?.folded !== 'to') return false;
  for (let index = country.tokenStart - 2; index >= Math.max(0, country.tokenStart - 2 - REACH); index--) {
    const token = article.tokens[index];
    if (token === undefined || token.kind !== 'word') return false;
    if (MOTION_VERBS.has(token.folded)) return true;
  }
  return false;
}
