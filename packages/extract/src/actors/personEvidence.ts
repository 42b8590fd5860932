import type { ArticleText } from '../text/articleText.ts';
import type { Token } from '../text/tokenize.ts';
import { SPEECH_VERBS } from '../speech/speechVerbs.ts';
import type { MentionTable } from './mention.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

// What in a capitalised name's surroundings says it names a person: a title before it,
// a role in apposition, a speech verb after it, a verb it is the subject of, or another
// person it is joined to. A new name needs one of these to be proposed as a person.

/** The capitalised parts of a name, without particles and connectors ("Carlos Fernández de Cossío" → three parts). */
export function namePartsOf(words: readonly Token[]): Token[] {
  return words.filter((word) => !NAME_PARTICLES.has(word.text) && !CONNECTORS.has(word.text) && word.text !== '-');
}

export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'for', 'y']);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'di', 'du', 'le', 'ben']);

/** "opposition leader Leopoldo López", "chief of staff Roberto Marrero": a lowercase title right before the name. */
export function titleJustBefore(article: ArticleText, firstIndex: number): boolean {
  for (let position = firstIndex - 1; position >= Math.max(0, firstIndex - 3); position--) {
    const token = article.tokens[position];
    if (token === undefined || token.kind !== 'word') return false;
    if (TITLE_WORDS.has(token.folded) || ROLE_NOUNS.has(token.folded)) return true;
  }
  return false;
}

/** "The UN High Commissioner for Human Rights, Michelle Bachelet, reported": a full name set off after a role. */
export function namedAfterRole(article: ArticleText, words: Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || namePartsOf(words).length < 2) return false;
  if (article.tokens[first.index - 1]?.text !== ',' || article.tokens[last.index + 1]?.text !== ',') return false;
  return article.tokens.slice(Math.max(0, first.index - 8), first.index - 1).some((token) => ROLE_NOUNS.has(token.folded) || TITLE_WORDS.has(token.folded));
}

/** "leaders Juan Guaido and Leopoldo Lopez": a full name joined by "and" to a person is a person too. */
export function coordinatedWithPerson(article: ArticleText, mentions: MentionTable, words: Token[], tags: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || namePartsOf(words).length < 2 || !namePartsOf(words).every((word) => tags[word.index] === 'PROPN')) return false;
  const before = article.tokens[first.index - 1];
  if (before?.folded !== 'and' && before?.folded !== 'or') return false;
  const previous = mentions.endingAt(first.index - 2);
  if (previous?.kind === 'PERSON') return true;
  // The name before "and" may itself be new: two capitalised words tagged as a name.
  return tags[first.index - 2] === 'PROPN' && tags[first.index - 3] === 'PROPN' && article.tokens[first.index - 2]?.capitalized === true;
}

/**
 * "Omar al-Bashir came to power": a full name (two words or more) that the tagger reads
 * as a proper noun and that is followed by a verb is someone doing something.
 */
export function actsAsSubject(article: ArticleText, words: Token[], tags: readonly string[]): boolean {
  const nameWords = namePartsOf(words);
  // The tagger may read a surname that is also a word as a noun ("Theresa May"): the first part decides.
  if (nameWords.length < 2 || tags[nameWords[0]?.index ?? -1] !== 'PROPN' || !nameWords.every((word) => word.capitalized)) return false;
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (last.possessive) return true;
  let next = last.index + 1;
  while (tags[next] === 'ADV') next++;
  return tags[next] === 'VERB' || tags[next] === 'AUX';
}

/** "X said", "X, a spokesman for …", "the spokesman, X,". */
export function hasPersonContext(article: ArticleText, words: Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return false;
  const next = article.tokens[last.index + 1];
  if (next !== undefined && SPEECH_VERBS.has(next.folded)) return true;
  if (next?.text === ',') {
    const appositive = article.tokens.slice(last.index + 2, last.index + 8);
    if (appositive.some((token) => ROLE_NOUNS.has(token.folded))) return true;
    const afterAppositive = appositive.findIndex((token) => token.text === ',');
    const verb = afterAppositive >= 0 ? appositive[afterAppositive + 1] : undefined;
    if (verb !== undefined && SPEECH_VERBS.has(verb.folded)) return true;
  }
  const before = article.tokens[first.index - 1];
  const roleBefore = article.tokens[first.index - 2];
  return before?.text === ',' && roleBefore !== undefined && ROLE_NOUNS.has(roleBefore.folded);
}

/** "— Jorge Arreaza M (@jaarreaza) December 23, 2019": the name signing a post copied into the page. */
export function signsPost(article: ArticleText, words: readonly Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  return first !== undefined && last !== undefined && article.layout.posts.some((post) => post.authorStart <= first.start && last.end <= post.authorEnd);
}
