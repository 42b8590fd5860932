import type { ArticleText } from '../text/articleText.ts';
import type { Mention } from '../actors/mention.ts';

// "Myanmar's military seized power", "Sudan's Army has taken control of the streets": armed
// forces that take power act against their state's government, not for their country, so
// the country named in the group's name does not take part with them (as it does in
// "Russian troops landed", "Venezuela's armed forces began exercises").

const SEIZING_VERBS: ReadonlySet<string> = new Set([
  'seize',
  'seizes',
  'seized',
  'take',
  'takes',
  'took',
  'taken',
  'grab',
  'grabs',
  'grabbed',
  'stage',
  'stages',
  'staged',
  'assume',
  'assumes',
  'assumed',
]);
const WHAT_IS_SEIZED: ReadonlySet<string> = new Set(['power', 'control', 'coup']);
const OUSTING_VERBS: ReadonlySet<string> = new Set(['ousted', 'overthrew', 'toppled', 'deposed', 'removed']);
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'reportedly', 'apparently', 'then']);

/** Whether the group named at `group` is the subject of a takeover: "seized power", "has taken control", "staged a coup", "ousted". */
export function takesPower(article: ArticleText, group: Mention): boolean {
  let position = group.tokenEnd;
  while (AUXILIARIES.has(article.tokens[position]?.folded ?? '')) position++;
  const verb = article.tokens[position]?.folded ?? '';
  if (OUSTING_VERBS.has(verb)) return true;
  if (!SEIZING_VERBS.has(verb)) return false;
  // "seized power", "took control of", "staged a coup", "staged a bloodless coup".
  for (let next = position + 1; next <= position + 3; next++) {
    const word = article.tokens[next]?.folded ?? '';
    if (WHAT_IS_SEIZED.has(word)) return true;
  }
  return false;
}
