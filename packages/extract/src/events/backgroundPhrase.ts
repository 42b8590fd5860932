import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';

// "stormed the council amid anger over laws that would allow extraditions to X", "joined
// the race with the goal of denying X a seat": a country named inside a phrase that gives
// the event's background or purpose is what the actors react to or want, not one of them.

const OPENERS: ReadonlySet<string> = new Set(['amid', 'amidst']);
const PURPOSE_NOUNS: ReadonlySet<string> = new Set(['goal', 'aim', 'purpose', 'intention', 'objective']);
/** How far back from the country such a phrase may open. */
const REACH = 12;

/** Whether `mention` (a country) lies in an "amid …" or "with the goal of …" phrase of its own clause. */
export function inBackgroundPhrase(article: ArticleText, mention: Mention): boolean {
  if (mention.kind !== 'COUNTRY') return false;
  const first = article.sentenceTokens[article.sentenceOfToken[mention.tokenStart] ?? -1]?.first ?? mention.tokenStart;
  for (let index = mention.tokenStart - 1; index >= Math.max(first, mention.tokenStart - REACH); index--) {
    const token = article.tokens[index];
    if (token === undefined || token.text === ',' || token.text === ';' || token.text === '—') return false;
    if (OPENERS.has(token.folded)) return true;
    if (PURPOSE_NOUNS.has(token.folded) && article.tokens[index + 1]?.folded === 'of') return true;
  }
  return false;
}
