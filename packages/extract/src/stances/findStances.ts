import type { ArticleText } from '../text/articleText.ts';
import type { Mention, MentionTable } from '../actors/mention.ts';
import { SPEECH_VERBS } from '../speech/speechVerbs.ts';
import type { ExtractedStance, StanceKind } from '../types.ts';

// Positions the text states outright: "Russia, China, Cuba … support Maduro's
// government", "the United States recognized Guaidó as interim president", "Brazil
// opposes …". Every actor listed before the verb, within the same clause, takes the
// stance toward the first actor after it.

const STANCE_VERBS: ReadonlyMap<string, StanceKind> = new Map([
  ['support', 'SUPPORTS'],
  ['supports', 'SUPPORTS'],
  ['supported', 'SUPPORTS'],
  ['back', 'SUPPORTS'],
  ['backs', 'SUPPORTS'],
  ['backed', 'SUPPORTS'],
  ['endorse', 'SUPPORTS'],
  ['endorses', 'SUPPORTS'],
  ['endorsed', 'SUPPORTS'],
  ['recognize', 'RECOGNIZES'],
  ['recognizes', 'RECOGNIZES'],
  ['recognized', 'RECOGNIZES'],
  ['recognise', 'RECOGNIZES'],
  ['recognises', 'RECOGNIZES'],
  ['recognised', 'RECOGNIZES'],
  ['oppose', 'OPPOSES'],
  ['opposes', 'OPPOSES'],
  ['opposed', 'OPPOSES'],
]);
/** Before one of these, "support" is a noun ("their support"), not a stance being taken. */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'of', 'a', 'an', 'for', 'with', 'without']);
/** "do not recognize", "declined to recognize", "refused to back". */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 't', 'no', 'declined', 'declines', 'refused', 'refuses', 'refuse', 'failed', 'fails']);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'that', 'because', 'whom']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that']);
/** Words allowed between the verb and its target: "support the government of Nicolás Maduro". */
// "as" is not among them: in "recognize X as leader" the target comes before it.
// prettier-ignore
const TARGET_LEAD_IN: ReadonlySet<string> = new Set([
  'the', 'government', 'of', 'president', 'interim', 'opposition', 'leader', 'self', '-', 'proclaimed', 'embattled',
  'socialist', 'venezuelan', 'national', 'assembly', 'head', 'leftist', 'rival',
]);
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['government', 'authorities', 'officials', 'leaders', 'administration', 'regime']);
const MAX_TARGET_DISTANCE = 6;

export function findStances(article: ArticleText, mentions: MentionTable, extraMentions: readonly Mention[]): ExtractedStance[] {
  const stances: ExtractedStance[] = [];
  const seen = new Set<string>();
  const byStart = new Map<number, Mention>();
  for (const mention of extraMentions) byStart.set(mention.tokenStart, mention);
  const mentionStartingAt = (index: number): Mention | undefined => byStart.get(index) ?? mentions.startingAt(index);
  for (const sentence of article.layout.sentences) {
    if (article.layout.paragraphs[sentence.paragraphIndex]?.kind !== 'body') continue;
    const range = article.sentenceTokens[sentence.index];
    if (range === undefined) continue;
    let clauseStart = range.first;
    for (let index = range.first; index < range.end; index++) {
      const token = article.tokens[index];
      if (token === undefined || article.quoteOfToken[index] !== -1) continue;
      if (isClauseBreak(article, index)) clauseStart = index + 1;
      const stance = STANCE_VERBS.get(token.folded);
      if (stance === undefined || NOUN_MARKERS.has(article.tokens[index - 1]?.folded ?? '')) continue;
      const negated = [1, 2, 3].some((back) => NEGATIONS.has(article.tokens[index - back]?.folded ?? ''));
      const target = targetAfter(article, index, range.end, mentionStartingAt);
      if (target !== null && !negated) {
        const holders = holdersBefore(article, clauseStart, index, mentionStartingAt);
        for (const holder of holders) {
          const key = `${holder.actorKey}|${stance}|${target.actorKey}`;
          if (holder.actorKey === target.actorKey || seen.has(key)) continue;
          seen.add(key);
          stances.push({
            actor: holder.ref,
            stance,
            target: target.ref,
            passage: { text: article.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
          });
        }
      }
      clauseStart = index + 1;
    }
  }
  return stances;
}

function isClauseBreak(article: ArticleText, index: number): boolean {
  const token = article.tokens[index];
  if (token === undefined) return false;
  if (CLAUSE_BREAKS.has(token.folded) || SPEECH_VERBS.has(token.folded)) return true;
  return token.text === ',' && ['and', 'but'].includes(article.tokens[index + 1]?.folded ?? '');
}

function targetAfter(article: ArticleText, verbIndex: number, end: number, mentionStartingAt: (index: number) => Mention | undefined): Mention | null {
  for (let index = verbIndex + 1; index < Math.min(end, verbIndex + 1 + MAX_TARGET_DISTANCE); index++) {
    const mention = mentionStartingAt(index);
    if (mention !== undefined && (mention.source !== 'demonym' || COLLECTIVE_NOUNS.has(article.tokens[mention.tokenEnd]?.folded ?? ''))) return mention;
    const token = article.tokens[index];
    if (token === undefined || !TARGET_LEAD_IN.has(token.folded)) return null;
  }
  return null;
}

/** Actors named in the clause before the verb; "…, which supports X" points back to the word before the comma. */
function holdersBefore(article: ArticleText, clauseStart: number, verbIndex: number, mentionStartingAt: (index: number) => Mention | undefined): Mention[] {
  const opener = article.tokens[clauseStart - 1];
  if (opener !== undefined && RELATIVE_PRONOUNS.has(opener.folded) && article.tokens[clauseStart - 2]?.text === ',') {
    for (let index = clauseStart - 3; index >= Math.max(0, clauseStart - 8); index--) {
      const mention = mentionStartingAt(index);
      if (mention !== undefined && mention.source !== 'demonym') return [mention];
    }
    return [];
  }
  const holders: Mention[] = [];
  for (let index = clauseStart; index < verbIndex; index++) {
    const mention = mentionStartingAt(index);
    if (mention === undefined) continue;
    const collective = COLLECTIVE_NOUNS.has(article.tokens[mention.tokenEnd]?.folded ?? '');
    if (mention.source !== 'demonym' || collective) holders.push(mention);
    index = mention.tokenEnd - 1;
  }
  return holders;
}
