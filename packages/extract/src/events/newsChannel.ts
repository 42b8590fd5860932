import { isNewsOutlet } from '../actors/newsOutlet.ts';
import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';

// A news outlet named as the way words reached the public ("told the Associated Press",
// "according to BBC News", "in an interview with Daily News") carried them and took no
// part in what they tell. An outlet whose own report is the news ("news agency Sputnik
// reported") is not named so and still speaks. On the devset, 2 such outlets on 2 pages
// were extra, none in the gold.

export function isNewsChannel(article: ArticleText, mention: Mention): boolean {
  if (!isNewsOutlet(article, mention)) return false;
  const first = article.tokens[mention.tokenStart - 1]?.folded === 'the' ? mention.tokenStart - 2 : mention.tokenStart - 1;
  const word = article.tokens[first]?.folded ?? '';
  const before = article.tokens[first - 1]?.folded ?? '';
  return (
    word === 'told' ||
    (word === 'to' && (before === 'according' || before === 'speaking' || before === 'talking')) ||
    (word === 'with' && before === 'interview')
  );
}
