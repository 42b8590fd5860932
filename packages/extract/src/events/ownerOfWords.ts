import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';

// In a statement, the person whose earlier words the speaker answers or cites ("denied
// Figuera's allegation that …", "prevented the troops from heeding Guaidó's call") is
// named for those words; they say nothing in this statement and do not take part in it.
// (Outside statements such a person stays: "a failed uprising, Figuera's remarks say".)
// On the devset, 2 such owners on 2 pages were extra, none in the gold.

// prettier-ignore
const WORDS: ReadonlySet<string> = new Set([
  'call', 'calls', 'allegation', 'allegations', 'claim', 'claims', 'remarks', 'accusation', 'accusations', 'statement',
  'comments', 'words', 'appeal', 'demand', 'demands', 'assertion', 'charge', 'charges', 'warning', 'threat', 'threats',
]);

export function ownsWordsCited(article: ArticleText, mention: Mention): boolean {
  return mention.kind === 'PERSON' && mention.possessive && WORDS.has(article.tokens[mention.tokenEnd]?.folded ?? '');
}
