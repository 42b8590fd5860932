import type { PersonProfile } from '../actors/descriptors.ts';
import type { Mention } from '../actors/mention.ts';
import type { QuoteFinding } from '../quotes/findQuotes.ts';
import type { SentenceSpeech } from '../speech/speakers.ts';
import type { ArticleText } from '../text/articleText.ts';
import { firstTokenAtOrAfter } from '../text/tokenize.ts';
import type { ActorKind, DateMention, ProposedEvent } from '../types.ts';
import { anchorsAnEvent } from './anchors.ts';
import { blankedText } from './blankOut.ts';
import { findCues } from './eventKind.ts';
import { EventWalk } from './eventWalk.ts';
import { toProposedEvent, type EventContext } from './toProposedEvent.ts';
import { foldRetoldLede } from './retoldLede.ts';
import { dropVaguerRepeats } from './vaguerRepeats.ts';
import { continueHappenings } from './continuedHappening.ts';

// Groups the article into happenings (see eventWalk.ts for the rules) and describes
// each one.

export interface EventInputs {
  article: ArticleText;
  dates: readonly DateMention[];
  /** Known and proposed mentions plus resolved pronouns and descriptions, in text order. */
  mentions: readonly Mention[];
  speech: readonly (SentenceSpeech | null)[];
  quotes: readonly QuoteFinding[];
  profiles: ReadonlyMap<string, PersonProfile>;
  nameOf: (actorKey: string) => string;
  kindOf: (actorKey: string) => ActorKind | undefined;
  /** Part of speech of each token (see text/partOfSpeech.ts). */
  tags: readonly string[];
  /** The publication day (YYYY-MM-DD), which dates an undated lede; null when unknown. */
  publishedOn: string | null;
}

export function buildEvents(inputs: EventInputs): ProposedEvent[] {
  const { article } = inputs;
  const cues = findCues(blankedText(article, inputs.dates));
  const walk = new EventWalk(
    article,
    cues,
    inputs.speech,
    quoteSpeakerBySentence(inputs.quotes),
    inputs.mentions,
    inputs.tags,
    publicationDate(inputs.publishedOn),
  );
  const anchorsBySentence = groupAnchorsBySentence(article, inputs.dates);
  for (const sentence of article.layout.sentences) {
    if (article.layout.paragraphs[sentence.paragraphIndex]?.kind === 'body') walk.read(sentence, anchorsBySentence.get(sentence.index) ?? []);
  }
  const context: EventContext = {
    ...inputs,
    cues,
    dateSpans: inputs.dates.map((date) => date.span),
    quoteSpans: inputs.quotes.map((finding) => ({ start: finding.quote.span.start, quote: finding.quote })).sort((a, b) => a.start - b.start),
  };
  const events = walk.drafts.map((draft) => toProposedEvent(context, draft));
  return continueHappenings(dropVaguerRepeats(foldRetoldLede(events, inputs.publishedOn)));
}

function groupAnchorsBySentence(article: ArticleText, dates: readonly DateMention[]): Map<number, DateMention[]> {
  const bySentence = new Map<number, DateMention[]>();
  for (const date of dates) {
    if (!anchorsAnEvent(article, date)) continue;
    const sentenceIndex = article.sentenceOfToken[firstTokenAtOrAfter(article.tokens, date.span.start)] ?? -1;
    if (sentenceIndex < 0) continue;
    const list = bySentence.get(sentenceIndex) ?? [];
    list.push(date);
    bySentence.set(sentenceIndex, list);
  }
  return bySentence;
}

/** A quotation standing alone after an attributed one keeps its speaker; this maps sentences to them. */
function quoteSpeakerBySentence(quotes: readonly QuoteFinding[]): Map<number, string> {
  const bySentence = new Map<number, string>();
  for (const finding of quotes) {
    const speaker = finding.quote.speaker;
    if (speaker === null || bySentence.has(finding.sentenceIndex)) continue;
    bySentence.set(finding.sentenceIndex, speaker.kind === 'known' ? `known:${speaker.actorId}` : `proposed:${speaker.proposedKey}`);
  }
  return bySentence;
}

/** The publication day as a date mention with no words of its own (its span is empty). */
function publicationDate(publishedOn: string | null): DateMention | null {
  if (publishedOn === null) return null;
  return { span: { text: '', start: 0, end: 0 }, resolved: { start: publishedOn, end: publishedOn, precision: 'DAY' } };
}
