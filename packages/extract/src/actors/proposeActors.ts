import type { ArticleText } from '../text/articleText.ts';
import { startsSentence } from '../text/articleText.ts';
import { foldForMatch } from '../text/fold.ts';
import { firstTokenAtOrAfter, type Token } from '../text/tokenize.ts';
import type { ProposedActor } from '../types.ts';
import type { Mention, MentionTable } from './mention.ts';
import { notSomeone, OUTLET_NOUNS } from './notSomeone.ts';
import {
  CONNECTORS,
  NAME_PARTICLES,
  actsAsSubject,
  coordinatedWithPerson,
  hasPersonContext,
  namedAfterRole,
  namePartsOf,
  signsPost,
  titleJustBefore,
} from './personEvidence.ts';
import { groupIntoActors, type NameOccurrence } from './nameGroups.ts';
import { PLACES } from './places.ts';
import { GROUP_WORDS, NOT_A_NAME, NOT_AN_ACTOR_WORDS, ORGANIZATION_WORDS, TITLE_WORDS } from './vocabulary.ts';

// Capitalised names the known-actor list does not hold, offered as new actors. The bar
// is deliberately high: an organisation needs a name ending in an organisation word
// ("Federation Council"), a person needs a reason to be read as one (a title, a speech
// verb, a role in apposition), and sentence-initial words that also occur in lowercase
// are ordinary words.

const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  PLACES.flatMap((place) => place.names.map((name): [string, string] => [foldForMatch(name), place.names[0] ?? name])),
);

export function proposeActors(article: ArticleText, mentions: MentionTable, tags: readonly string[]): ProposedActor[] {
  const occurrences: NameOccurrence[] = [];
  for (const paragraph of article.layout.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const first = firstTokenAtOrAfter(article.tokens, paragraph.proseStart);
    const end = firstTokenAtOrAfter(article.tokens, paragraph.end);
    for (const run of capitalizedRuns(article, mentions, first, end)) {
      const occurrence = readRun(article, mentions, run, tags);
      if (occurrence !== null) occurrences.push(occurrence);
    }
  }
  return groupIntoActors(article.text, occurrences, mentions, tags);
}

/** Maximal runs of capitalised words, joined by "of"/"de" or hyphens, stopping at known names. */
function capitalizedRuns(article: ArticleText, mentions: MentionTable, first: number, end: number): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]?.folded ?? '')) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let index = first; index < end; index++) {
    const token = article.tokens[index];
    if (token === undefined) continue;
    // A name never runs over a line break: "Power Grid Fails\nMaduro" is a headline and a name.
    const previous = article.tokens[index - 1];
    if (run.length > 0 && previous !== undefined && article.text.slice(previous.end, token.start).includes('\n')) close();
    const known = mentions.at(index);
    const partOfName =
      token.kind === 'word' && token.capitalized && (known === undefined || known.source === 'demonym' || opensOrganizationName(article, known));
    const joins =
      run.length > 0 &&
      ((token.kind === 'word' && (CONNECTORS.has(token.folded) || (token.folded === 'and' && namesPortfolio(run)))) ||
        (token.text === '-' && (article.tokens[index - 1]?.end ?? -1) === token.start)) &&
      (article.tokens[index + 1]?.capitalized === true || isNameParticle(article, index + 1));
    if (partOfName || (run.length > 0 && isNameParticle(article, index))) {
      run.push(token);
      if (token.possessive) close();
    } else if (joins) {
      run.push(token);
    } else {
      close();
    }
  }
  close();
  return runs;
}

const ARMED_GROUP_NOUNS: ReadonlySet<string> = new Set(['militia', 'militias', 'militiamen', 'rebels', 'insurgents', 'guerrillas', 'paramilitaries']);
const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);

/** "U.S. Embassy", "UN Human Rights Council": a country's or a body's name starting an organisation's. */
function opensOrganizationName(article: ArticleText, known: Mention): boolean {
  if ((known.kind !== 'COUNTRY' && known.kind !== 'ORGANIZATION') || (known.source !== 'name' && known.source !== 'alias') || known.possessive) return false;
  for (let index = known.tokenEnd; index < known.tokenEnd + 5; index++) {
    const token = article.tokens[index];
    if (token === undefined || token.kind !== 'word' || !token.capitalized) return false;
    if (ORGANIZATION_WORDS.has(token.folded) || GROUP_WORDS.has(token.folded)) return true;
  }
  return false;
}

/** "Minister of Communications and Information …": a title's portfolio may join two fields with "and". */
function namesPortfolio(run: readonly Token[]): boolean {
  return run.some((word, position) => TITLE_WORDS.has(word.folded) && (run[position + 1]?.folded === 'of' || run[position + 1]?.folded === 'for'));
}

/** "al-Mahdi", "bin Salman", "von der Leyen": lowercase particles joined to the capitalised rest of a name. */
function isNameParticle(article: ArticleText, index: number): boolean {
  const token = article.tokens[index];
  if (token === undefined || token.kind !== 'word' || !NAME_PARTICLES.has(token.text)) return false;
  if (NAME_PARTICLES.has(article.tokens[index + 1]?.text ?? '')) return isNameParticle(article, index + 1);
  const next = article.tokens[index + 1];
  const joined = next?.text === '-' && next.start === token.end ? article.tokens[index + 2] : next;
  return joined?.capitalized === true && joined.kind === 'word';
}

function readRun(article: ArticleText, mentions: MentionTable, run: Token[], tags: readonly string[]): NameOccurrence | null {
  const words = [...run];
  // "Earlier Mrs May": an honorific is a title, though alone it is no name.
  let honored = false;
  while (words.length > 0 && !honored && isOrdinaryWord(article, words[0]) && !opensPortfolio(article, words[0]))
    honored = HONORIFICS.has(words.shift()?.folded ?? '');
  const lastWord = words[words.length - 1];
  if (lastWord === undefined || endsInsideWord(article, lastWord)) return null;
  // "the Janjaweed militia", "Zapata rebels": a name before an armed group's noun names the group.
  const follower = article.tokens[lastWord.index + 1];
  if (
    follower !== undefined &&
    !follower.capitalized &&
    ARMED_GROUP_NOUNS.has(follower.folded) &&
    words.length <= 3 &&
    words.every((word) => looksLikeNamePart(word) && mentions.at(word.index) === undefined)
  )
    return { words, surface: surfaceOf(article, words), kind: 'GROUP', confirmed: true };
  if (GROUP_WORDS.has(lastWord.folded) || ORGANIZATION_WORDS.has(lastWord.folded) || lastWord.folded === 'republic') {
    if (words.filter((word) => word.kind === 'word' && !CONNECTORS.has(word.folded)).length < 2) return null;
    // "the Nagorno-Karabakh Republic" is a state, if an unrecognised one.
    const kind = lastWord.folded === 'republic' ? 'COUNTRY' : GROUP_WORDS.has(lastWord.folded) ? 'GROUP' : 'ORGANIZATION';
    return { words, surface: canonicalOrganizationName(article, mentions, words), kind, confirmed: true };
  }
  const body = bodyWithPortfolio(article, mentions, words);
  if (body !== null) return { words: body, surface: canonicalOrganizationName(article, mentions, body), kind: 'ORGANIZATION', confirmed: true };
  let titled = honored;
  while (words.length > 0 && (TITLE_WORDS.has(words[0]?.folded ?? '') || mentions.at(words[0]?.index ?? -1) !== undefined)) {
    titled ||= TITLE_WORDS.has(words[0]?.folded ?? '');
    words.shift();
  }
  // "Treasury Secretary Steven Mnuchin": a title may start with the name of its department;
  // "European Commission Ursula von der Leyen": the body she heads may stand for her title.
  const lastTitle = words.findLastIndex((word) => TITLE_WORDS.has(word.folded) || ORGANIZATION_WORDS.has(word.folded) || word.folded === 'republic');
  if (lastTitle >= 0 && lastTitle < words.length - 1 && namePartsOf(words.slice(lastTitle + 1)).length <= 3) {
    titled = true;
    words.splice(0, lastTitle + 1);
  }
  if (opensPortfolio(article, words[0])) {
    const holder = holderAfterPortfolio(article, words);
    if (holder.length === 0) return null;
    titled = true;
    words.splice(0, words.length - holder.length);
  }
  while (words.length > 0 && CONNECTORS.has(words[0]?.folded ?? '')) words.shift();
  if (words.length === 0) return null;
  // "— Kavalnik (@kavalnik) …": an outlet's or a group's account often signs with one word; a person's display name has two or more.
  const signature = signsPost(article, words) && namePartsOf(words).length >= 2;
  // "Jorge Arreaza M": a display name may end on an initial, which is no part of the name to look for.
  if (signature && words.length >= 3 && /^\p{Lu}$/u.test(words[words.length - 1]?.text ?? '')) words.pop();
  const name = words.map((word) => word.folded).join(' ');
  const country = COUNTRY_NAMES.get(name);
  if (country !== undefined) return { words, surface: country, kind: 'COUNTRY', confirmed: true };
  // "the Trump administration": the administration is named after the person who heads it.
  const next = article.tokens[(words[words.length - 1]?.index ?? -2) + 1];
  if (next?.folded === 'administration' && !next.capitalized && namePartsOf(words).every(looksLikeNamePart) && words.length <= 2)
    return { words, surface: surfaceOf(article, words), kind: 'PERSON', confirmed: true };
  // "the Treasury said": one capitalised word after "the" is an institution, not a person.
  if (words.length === 1 && article.tokens[(words[0]?.index ?? 0) - 1]?.folded === 'the') return null;
  const nameWords = namePartsOf(words);
  // "Theresa May", "Kim Jong Un": after a first name, a word that is also a month or an ordinary word is a surname.
  const nameLike = nameWords.every(
    (word, position) => looksLikeNamePart(word) || ((position > 0 || titled) && MONTH_SURNAMES.has(word.folded) && word.capitalized),
  );
  if (nameWords.length > 4 || !nameLike || words.some((word) => NOT_AN_ACTOR_WORDS.has(word.folded))) return null;
  if (notSomeone(article, words)) return null;
  const before = article.tokens[(words[0]?.index ?? 0) - 1];
  // "news agency Sputnik reported": named after what it is, an outlet is no person.
  if (OUTLET_NOUNS.has(before?.folded ?? '')) return { words, surface: surfaceOf(article, words), kind: 'ORGANIZATION', confirmed: true };
  titled ||= titleJustBefore(article, words[0]?.index ?? 0);
  const confirmed =
    titled ||
    signature ||
    hasPersonContext(article, words) ||
    actsAsSubject(article, words, tags) ||
    namedAfterRole(article, words) ||
    coordinatedWithPerson(article, mentions, words, tags);
  return { words, surface: surfaceOf(article, words), kind: 'PERSON', confirmed };
}

/**
 * "the Cabinet of Ministers of Armenia", "the National League for Democracy": a body's
 * word followed by "of" or "for" and what it is for is one organisation's name, not a
 * title before a person called "Ministers" or "Democracy". A country right after a
 * further "of" places the body and belongs to its name.
 */
function bodyWithPortfolio(article: ArticleText, mentions: MentionTable, words: readonly Token[]): Token[] | null {
  const head = words.findIndex(
    (word, position) => ORGANIZATION_WORDS.has(word.folded) && !TITLE_WORDS.has(word.folded) && CONNECTORS.has(words[position + 1]?.folded ?? ''),
  );
  if (head < 0 || head > 2) return null;
  const before = words.slice(0, head);
  const field = words.slice(head + 2).filter((word) => !CONNECTORS.has(word.folded));
  if (field.length === 0 || field.length > 3) return null;
  // "Ministry of Defence spokesman …", "Bank of Spain Governor …": a title after the field belongs to a person.
  if (field.some((word) => TITLE_WORDS.has(word.folded) && !ORGANIZATION_WORDS.has(word.folded))) return null;
  if (!before.every((word) => word.capitalized)) return null;
  if (!field.every((word) => looksLikeNamePart(word) || mentions.at(word.index)?.source === 'demonym')) return null;
  const last = words[words.length - 1];
  const connector = article.tokens[(last?.index ?? -2) + 1];
  const place = connector !== undefined && CONNECTORS.has(connector.folded) ? mentions.at(connector.index + 1) : undefined;
  if (connector === undefined || place === undefined || place.kind !== 'COUNTRY' || place.source !== 'name' || place.tokenStart !== connector.index + 1)
    return [...words];
  return [...words, ...article.tokens.slice(connector.index, place.tokenEnd)];
}

/** "Brexit Co-ordinator": a capitalised word cut from the rest of a hyphenated word is no name. */
function endsInsideWord(article: ArticleText, last: Token): boolean {
  const hyphen = article.tokens[last.index + 1];
  const rest = article.tokens[last.index + 2];
  return hyphen?.text === '-' && hyphen.start === last.end && rest !== undefined && rest.start === hyphen.end && rest.kind === 'word' && !rest.capitalized;
}

/** "Minister of …", "High Commissioner for …": what follows the title is its portfolio. */
function opensPortfolio(article: ArticleText, word: Token | undefined): boolean {
  return (word?.folded === 'of' || word?.folded === 'for') && TITLE_WORDS.has(article.tokens[word.index - 1]?.folded ?? '');
}

/**
 * "Minister of Communications and Information Jorge Rodriguez": the holder's name is the
 * last two or three words; the word after "of", "for" or "and" is the portfolio's.
 */
function holderAfterPortfolio(article: ArticleText, words: readonly Token[]): Token[] {
  let start = words.length;
  while (start > 0 && words.length - start < 3) {
    const word = words[start - 1];
    const before = words[start - 2];
    if (word === undefined || before === undefined || CONNECTORS.has(before.folded) || before.folded === 'and') break;
    if (!looksLikeNamePart(word) || article.lowercaseWords.has(word.folded)) break;
    start--;
  }
  const holder = words.slice(start);
  return namePartsOf(holder).length >= 2 ? holder : [];
}

function isOrdinaryWord(article: ArticleText, token: Token | undefined): boolean {
  if (token === undefined) return false;
  // "U.S." folds to "us" but is no pronoun.
  if (token.upper && token.text.includes('.')) return false;
  if (NOT_A_NAME.has(token.folded)) return true;
  return startsSentence(article, token.index) && article.lowercaseWords.has(token.folded);
}

function looksLikeNamePart(token: Token): boolean {
  return (
    token.kind === 'word' &&
    token.capitalized &&
    !token.upper &&
    token.text.length > 1 &&
    !NOT_A_NAME.has(token.folded) &&
    !TITLE_WORDS.has(token.folded) &&
    !ORGANIZATION_WORDS.has(token.folded)
  );
}

/** Abbreviations inside an organisation's name spelt out, as its canonical name has them: "U.S. Embassy" → "United States Embassy". */
function canonicalOrganizationName(article: ArticleText, mentions: MentionTable, words: Token[]): string {
  return words
    .map((word, position) => {
      const known = mentions.at(word.index);
      const separator = position === 0 || word.text === '-' || words[position - 1]?.text === '-' ? '' : ' ';
      if (word.folded === 'un' && word.upper) return `${separator}United Nations`;
      if (known?.kind === 'COUNTRY' && known.tokenStart === word.index) return `${separator}${countryName(article, known)}`;
      if (known?.kind === 'COUNTRY') return '';
      return `${separator}${word.text}`;
    })
    .join('');
}

function countryName(article: ArticleText, mention: Mention): string {
  const written = article.text.slice(mention.start, mention.end);
  return COUNTRY_NAMES.get(foldForMatch(written)) ?? written;
}

function surfaceOf(article: ArticleText, words: Token[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first === undefined || last === undefined ? '' : article.text.slice(first.start, last.end);
}
