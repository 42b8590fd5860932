import type { ArticleText } from '../text/articleText.ts';
import type { SentenceSpeech } from '../speech/speakers.ts';
import type { EventKind } from '../types.ts';

// Whether an undated statement by someone who already spoke is a new happening or more
// of the same one. "He added …" and "In addition, he stated …" carry on. A new occasion
// ("During the weekly press conference, …"), a further public act opening a paragraph
// ("the diplomat also condemned …"), or an act of another kind than before ("He
// announced new sanctions" after a meeting) is a happening of its own.

const OCCASION_OPENERS =
  /^(during\b|at (a|an|the)\b|in (a|an) (separate|interview|statement|speech|letter|televised|radio|press|post|message|tweet)\b|in separate\b|separately\b|meanwhile\b|later\b|elsewhere\b|on the sidelines\b|speaking (at|to|on|during|in)\b|the same day\b|previously\b)/i;

export interface HappeningContext {
  article: ArticleText;
  sentenceIndex: number;
  speech: SentenceSpeech | null;
  /** Cue kind of the sentence's own words (quotations left out). */
  sentenceCue: EventKind | null;
  /** Cue kind of the event the sentence would otherwise continue. */
  previousCue: EventKind | null;
}

export function startsNewHappening(context: HappeningContext): boolean {
  const { article, sentenceIndex, speech } = context;
  const sentence = article.layout.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  const paragraph = article.layout.paragraphs[sentence.paragraphIndex];
  const prose = article.text.slice(Math.max(sentence.start, paragraph?.proseStart ?? 0), sentence.end).replace(/^[\s“"«‘'(]+/, '');
  if (OCCASION_OPENERS.test(prose)) return true;
  if (speech === null || speech.attribution.verbClass !== 'act') return false;
  const opensParagraph = article.layout.sentences[sentenceIndex - 1]?.paragraphIndex !== sentence.paragraphIndex;
  if (opensParagraph && article.tokens[speech.attribution.verbIndex - 1]?.folded === 'also') return true;
  return context.sentenceCue !== null && context.sentenceCue !== context.previousCue;
}
