import type { ArticleText } from '../text/articleText.ts';
import type { SentenceSpeech } from '../speech/speakers.ts';

// Whether an undated statement by someone who already spoke is a new happening or more
// of the same one. "He added …" and "In addition, he stated …" carry on; "During the
// weekly press conference, the diplomat also condemned …" is another occasion.

const OCCASION_OPENERS =
  /^(during\b|at (a|an|the)\b|in (a|an) (separate|interview|statement|speech|letter|televised|radio|press|post|message|tweet)\b|in separate\b|separately\b|meanwhile\b|later\b|elsewhere\b|on the sidelines\b|speaking (at|to|on|during|in)\b|the same day\b|previously\b|last time\b)/i;

export function startsNewHappening(article: ArticleText, sentenceIndex: number, speech: SentenceSpeech | null): boolean {
  const sentence = article.layout.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  const paragraph = article.layout.paragraphs[sentence.paragraphIndex];
  const prose = article.text.slice(Math.max(sentence.start, paragraph?.proseStart ?? 0), sentence.end).replace(/^[\s“"«‘'(]+/, '');
  if (OCCASION_OPENERS.test(prose)) return true;
  if (speech === null || speech.attribution.verbClass !== 'act') return false;
  // An act verb marked as additional ("also condemned") is a further act, not more of the same words.
  const verbIndex = speech.attribution.verbIndex;
  return article.tokens[verbIndex - 1]?.folded === 'also';
}
