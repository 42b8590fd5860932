import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';

// "Ortega said on Monday that Rivas had fled", "… said that if Rivas did not call
// elections, …": the person opening the clause a speaker reports is the one the claim is
// about, in the speaker's words; the event is the speaking, and an editor lists the
// speaker, not them. (People later in the clause, "an end to Rivas's rule", stay: the
// devset and the team's fixtures disagree on those.) On the devset, 2 such people on 2
// pages were extra, none in the gold.

/** How far after the speech verb its "that" may come: "said on Monday that". */
const MAX_GAP = 6;
const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'when', 'once', 'unless']);

export function opensReportedClause(article: ArticleText, verbIndex: number, mention: Mention): boolean {
  if (mention.kind !== 'PERSON' || mention.possessive || verbIndex < 0) return false;
  const sentence = article.sentenceOfToken[verbIndex];
  for (let position = verbIndex + 1; position <= verbIndex + MAX_GAP; position++) {
    const token = article.tokens[position];
    if (token === undefined || article.sentenceOfToken[position] !== sentence) return false;
    if (token.folded !== 'that' && token.folded !== 'if') continue;
    const clauseStart = SUBORDINATORS.has(article.tokens[position + 1]?.folded ?? '') ? position + 2 : position + 1;
    return mention.tokenStart === clauseStart;
  }
  return false;
}
