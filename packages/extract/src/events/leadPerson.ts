import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';
import type { Sentence } from '../text/layout.ts';
import { inside, type EventDraft } from './eventDraft.ts';

// "Rivas appeared at the rally on Friday. Later she spoke out …", "Rivas has left the
// country. “Rivas is safe,” the minister said.": within its paragraph, a happening about
// a person goes on while the sentences still tell of that person, opening with "he" or
// "she" or naming them, even on a new occasion ("Later") or in a new voice. Those
// sentences name who else was there and who spoke of it. On the devset, 2 pages gained
// 3 of the gold's actors (with 3 extra), none lost any.

/** "Later he", "She": a sentence whose subject is a personal pronoun, after at most two opening words. */
const OPENING_PRONOUN = /^(?:[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+)?(?:he|she)\s/iu;

/** Whether `sentence` goes on with `draft`, an event about a person, by a pronoun opening it or by naming the person. */
export function goesOnAboutLead(article: ArticleText, mentions: readonly Mention[], draft: EventDraft, sentence: Sentence, how: 'pronoun' | 'naming'): boolean {
  // A later sentence: the rest of the event's own sentence ("X, who took office in May, said …") is another matter.
  if (draft.speaker !== null || draft.lastParagraph !== sentence.paragraphIndex || sentence.start < draft.scope.end) return false;
  const lead = mentions.find(
    (mention) => mention.start >= draft.scope.start && mention.end <= draft.scope.end && mention.source !== 'demonym' && !mention.possessive,
  );
  if (lead === undefined || lead.kind !== 'PERSON') return false;
  if (how === 'pronoun') {
    const prose = article.layout.paragraphs[sentence.paragraphIndex]?.proseStart ?? 0;
    return OPENING_PRONOUN.test(article.text.slice(Math.max(sentence.start, prose), sentence.end));
  }
  const range = { start: sentence.start, end: sentence.end };
  return mentions.some((mention) => mention.actorKey === lead.actorKey && inside(range, mention.start));
}
