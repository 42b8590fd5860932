import type { Mention } from '../actors/mention.ts';
import { ROLE_NOUNS } from '../actors/vocabulary.ts';
import { SPEECH_VERBS } from '../speech/speechVerbs.ts';
import type { ArticleText } from '../text/articleText.ts';

// A body or a country named in the description set off after a person ("Guaidó, the head
// of the National Assembly,", "Colonel Rui Vaz, deputy commander of Peru's Northern
// Brigade,") says who the person is; it does nothing in the event itself. News writes these
// appositions all the time, and an age may stand first ("Rui Vaz, 52, the head of …"). A
// speaker who speaks for their state still brings it in through their profile.

const MAX_DESCRIPTION_TOKENS = 14;
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'but', 'while', 'when', 'after', 'before']);

export function inPersonDescription(article: ArticleText, mentions: readonly Mention[], body: Mention): boolean {
  if (body.kind === 'PERSON') return false;
  const sentence = article.sentenceOfToken[body.tokenStart];
  const breaks = (position: number): boolean => {
    const token = article.tokens[position];
    return token === undefined || article.sentenceOfToken[position] !== sentence || /^[,;:()“”".]$/.test(token.text);
  };
  let first = body.tokenStart;
  while (first > body.tokenStart - MAX_DESCRIPTION_TOKENS && !breaks(first - 1)) first--;
  if (article.tokens[first - 1]?.text !== ',' || !describedPersonEndsAt(article, mentions, first - 2)) return false;
  let end = body.tokenEnd;
  while (end < first + MAX_DESCRIPTION_TOKENS && !breaks(end)) end++;
  const words = article.tokens.slice(first, end);
  if (words.some((token) => SPEECH_VERBS.has(token.folded) || CLAUSE_WORDS.has(token.folded))) return false;
  // "Rui Vaz, Peru's director general of trade,", "…, deputy foreign minister of Peru,": the
  // country of the role is the person's own, which they may act for, as in a title; one
  // further on names the role's field or another body ("of U.S. affairs", "of Iran's Quds Force").
  const roles = words.filter((token) => ROLE_NOUNS.has(token.folded));
  return body.kind === 'COUNTRY' ? roles.some((token) => token.index < body.tokenStart) && !countryOfRole(article, body) : roles.length > 0;
}

/** "minister of Peru,": the country right after the role and "of", ending the phrase. */
function countryOfRole(article: ArticleText, country: Mention): boolean {
  const of = article.tokens[country.tokenStart - 1];
  const role = article.tokens[country.tokenStart - 2];
  const next = article.tokens[country.tokenEnd];
  const endsPhrase = next === undefined || next.kind !== 'word' || next.capitalized;
  return of?.folded === 'of' && role !== undefined && ROLE_NOUNS.has(role.folded) && !country.possessive && endsPhrase;
}

/** A person's name ends right there, or right before an age between commas ("Rui Vaz, 52,"). */
function describedPersonEndsAt(article: ArticleText, mentions: readonly Mention[], position: number): boolean {
  const endsPerson = (index: number): boolean =>
    mentions.some((mention) => mention.kind === 'PERSON' && mention.source !== 'description' && mention.tokenEnd - 1 === index);
  if (endsPerson(position)) return true;
  const age = article.tokens[position];
  return age !== undefined && age.kind === 'number' && article.tokens[position - 1]?.text === ',' && endsPerson(position - 2);
}
