import type { ArticleText } from '../text/articleText.ts';
import { lastStartingAtOrBefore } from '../text/sortedRanges.ts';
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
    // A sentence with its own speech verb whose speaker could not be read ("said one
    // Western diplomat") keeps no one's voice, but keeps its verb.
    const ownVerb = own === null || own === undefined ? speechVerbIn(article, sentenceIndex) : null;
    const carried = (own === null || own === undefined) && ownVerb === null ? carriedSpeech(article, speech, sentenceIndex) : null;
    const source = own ?? carried;
    findings.push({
      sentenceIndex,
      quote: {
        speaker: source?.speaker?.ref ?? null,
        text: content,
        span: { text: content, start: span.contentStart, end: span.contentEnd },
        verb: own?.attribution.verb ?? ownVerb,
      },
    });
  }
  return findings;
}

function speechVerbIn(article: ArticleText, sentenceIndex: number): string | null {
  const range = article.sentenceTokens[sentenceIndex];
  if (range === undefined) return null;
  for (let index = range.first; index < range.end; index++) {
    const token = article.tokens[index];
    if (token !== undefined && article.quoteOfToken[index] === -1 && SPEECH_VERBS.has(token.folded)) return token.folded;
  }
  return null;
}

function sentenceAt(article: ArticleText, offset: number): number {
  const sentence = lastStartingAtOrBefore(article.layout.sentences, offset);
  return sentence !== undefined && offset < sentence.end ? sentence.index : -1;
}

/** The previous sentence's speaker, when it is in the same or the previous paragraph. */
function carriedSpeech(article: ArticleText, speech: readonly (SentenceSpeech | null)[], sentenceIndex: number): SentenceSpeech | null {
  const current = article.layout.sentences[sentenceIndex];
  const previous = article.layout.sentences[sentenceIndex - 1];
  const previousSpeech = speech[sentenceIndex - 1];
  if (current === undefined || previous === undefined || previousSpeech === null || previousSpeech === undefined) return null;
  return current.paragraphIndex - previous.paragraphIndex <= 1 ? previousSpeech : null;
}
