import type { ArticleText } from '../text/articleText.ts';
import type { SentenceSpeech } from '../speech/speakers.ts';
import { SPEECH_VERBS } from '../speech/speechVerbs.ts';
import type { ExtractedQuote } from '../types.ts';

// Quotations and who said them. The speaker is the one the sentence attributes; a
// quotation standing alone right after an attributed sentence carries on the same
// voice, as wire copy does when a quote runs over several paragraphs.

const MIN_WORDS = 4;

export interface QuoteFinding {
  quote: ExtractedQuote;
  sentenceIndex: number;
}

export function findQuotes(article: ArticleText, speech: readonly (SentenceSpeech | null)[]): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  for (const span of article.layout.quotes) {
    const content = article.text.slice(span.contentStart, span.contentEnd);
    // Short quoted phrases are scare quotes ("presidential status"), not statements.
    if (content.split(/\s+/).filter(Boolean).length < MIN_WORDS) continue;
    const sentenceIndex = sentenceAt(article, span.contentStart);
    if (sentenceIndex < 0) continue;
    const own = speech[sentenceIndex];
    // A sentence with its own speech verb whose speaker could not be read keeps no one's voice.
    const carried = (own === null || own === undefined) && !hasSpeechVerb(article, sentenceIndex) ? carriedSpeech(article, speech, sentenceIndex) : null;
    const source = own ?? carried;
    findings.push({
      sentenceIndex,
      quote: {
        speaker: source?.speaker?.ref ?? null,
        text: content,
        span: { text: content, start: span.contentStart, end: span.contentEnd },
        verb: own?.attribution.verb ?? null,
      },
    });
  }
  return findings;
}

function hasSpeechVerb(article: ArticleText, sentenceIndex: number): boolean {
  const range = article.sentenceTokens[sentenceIndex];
  if (range === undefined) return false;
  for (let index = range.first; index < range.end; index++) {
    if (article.quoteOfToken[index] === -1 && SPEECH_VERBS.has(article.tokens[index]?.folded ?? '')) return true;
  }
  return false;
}

function sentenceAt(article: ArticleText, offset: number): number {
  return article.layout.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end);
}

/** The previous sentence's speaker, when it is in the same or the previous paragraph. */
function carriedSpeech(article: ArticleText, speech: readonly (SentenceSpeech | null)[], sentenceIndex: number): SentenceSpeech | null {
  const current = article.layout.sentences[sentenceIndex];
  const previous = article.layout.sentences[sentenceIndex - 1];
  const previousSpeech = speech[sentenceIndex - 1];
  if (current === undefined || previous === undefined || previousSpeech === null || previousSpeech === undefined) return null;
  return current.paragraphIndex - previous.paragraphIndex <= 1 ? previousSpeech : null;
}
