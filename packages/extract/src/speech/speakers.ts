import type { ArticleText } from '../text/articleText.ts';
import type { PersonProfile } from '../actors/descriptors.ts';
import { isNamed, type Mention, type MentionTable } from '../actors/mention.ts';
import { findAttribution, type Attribution, type AttributionContext } from './attribution.ts';
import { Discourse } from './coreference.ts';

export interface SentenceSpeech {
  attribution: Attribution;
  /** Who the attribution points at, after pronouns and descriptions are resolved; null when unknown. */
  speaker: Mention | null;
}

export interface Speakers {
  /** Indexed by sentence; null where no one is quoted or reported. */
  bySentence: (SentenceSpeech | null)[];
  /** Mentions created for resolved pronouns and descriptions. */
  corefMentions: Mention[];
}

/** Reads the article in order, so that each "he said" is resolved against what came before it. */
export function findSpeakers(
  article: ArticleText,
  mentions: MentionTable,
  profiles: ReadonlyMap<string, PersonProfile>,
  isDateToken: (tokenIndex: number) => boolean,
): Speakers {
  const context: AttributionContext = { article, mentions, isDateToken };
  const discourse = new Discourse(article, mentions, profiles);
  const bySentence: (SentenceSpeech | null)[] = [];
  const corefMentions: Mention[] = [];
  for (const sentence of article.layout.sentences) {
    const paragraph = article.layout.paragraphs[sentence.paragraphIndex];
    const attribution = paragraph?.kind === 'body' ? findAttribution(context, sentence.index) : null;
    if (attribution === null) {
      bySentence.push(null);
      const firstPerson = firstNamedPersonOutsideQuotes(article, mentions, sentence.index);
      if (firstPerson !== undefined) discourse.focusOn(firstPerson.actorKey);
      continue;
    }
    const speaker = discourse.resolve(attribution.subject);
    if (speaker !== null && attribution.subject.kind !== 'mention') corefMentions.push(speaker);
    if (speaker?.kind === 'PERSON') discourse.focusOn(speaker.actorKey);
    bySentence.push({ attribution, speaker });
  }
  return { bySentence, corefMentions };
}

function firstNamedPersonOutsideQuotes(article: ArticleText, mentions: MentionTable, sentenceIndex: number): Mention | undefined {
  const range = article.sentenceTokens[sentenceIndex];
  if (range === undefined) return undefined;
  for (let index = range.first; index < range.end; index++) {
    const mention = mentions.startingAt(index);
    if (mention !== undefined && mention.kind === 'PERSON' && isNamed(mention) && article.quoteOfToken[index] === -1) return mention;
  }
  return undefined;
}
