import type { ArticleText } from '../text/articleText.ts';
import { foldForMatch } from '../text/fold.ts';
import { startsSentence } from '../text/articleText.ts';
import { firstTokenAtOrAfter, type Token } from '../text/tokenize.ts';
import { SPEECH_VERBS } from '../speech/speechVerbs.ts';
import type { KnownActorIndex, NamePattern } from './knownActorIndex.ts';
import { knownKey, MentionTable, type Mention } from './mention.ts';
import { allowedEdits, editDistance } from './misspellings.ts';
import { REGION_QUALIFIERS } from './places.ts';
import { NOT_A_NAME, ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

/** What a state acts through, named by its demonym ("the Venezuelan government", "Russian authorities"). */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'authorities', 'administration', 'regime', 'leadership', 'cabinet']);

// One left-to-right pass over the tokens: at each word, the longest known name that
// starts there (names, aliases, surnames, place words), else a misspelt known name.
// Datelines and page furniture are skipped; they name where a story was filed or what
// the page sells, not who acted.

export function findKnownMentions(article: ArticleText, index: KnownActorIndex): MentionTable {
  const table = new MentionTable(article.tokens.length);
  const { tokens } = article;
  for (const paragraph of article.layout.paragraphs) {
    if (paragraph.kind === 'boilerplate') continue;
    const last = firstTokenAtOrAfter(tokens, paragraph.end);
    let cursor = firstTokenAtOrAfter(tokens, paragraph.proseStart);
    while (cursor < last) {
      const token = tokens[cursor];
      if (token === undefined || token.kind === 'punct') {
        cursor++;
        continue;
      }
      const found = matchNameAt(tokens, cursor, last, index) ?? matchMisspellingAt(article, cursor, index);
      if (found === null) {
        cursor++;
        continue;
      }
      table.add(found);
      cursor = found.tokenEnd;
    }
  }
  addMisspeltCountries(article, table);
  return table;
}

/**
 * "arrived to Barabados" in an article that also writes "Barbados": a one-word country
 * the article names correctly elsewhere, misspelt by an edit or two, is that country.
 */
function addMisspeltCountries(article: ArticleText, table: MentionTable): void {
  const spelled = new Map<string, Mention>();
  for (const mention of table.all) {
    const word = article.tokens[mention.tokenStart];
    if (mention.kind === 'COUNTRY' && mention.source === 'name' && mention.tokenEnd === mention.tokenStart + 1 && word !== undefined && word.folded.length >= 6)
      spelled.set(word.folded, mention);
  }
  if (spelled.size === 0) return;
  for (const paragraph of article.layout.paragraphs) {
    if (paragraph.kind === 'boilerplate') continue;
    const last = firstTokenAtOrAfter(article.tokens, paragraph.end);
    for (let position = firstTokenAtOrAfter(article.tokens, paragraph.proseStart); position < last; position++) {
      const token = article.tokens[position];
      if (token === undefined || token.kind !== 'word' || !token.capitalized || token.upper || table.at(position) !== undefined) continue;
      if (NOT_A_NAME.has(token.folded) || article.lowercaseWords.has(token.folded)) continue;
      for (const [word, country] of spelled) {
        if (word[0] !== token.folded[0] || word === token.folded) continue;
        if (editDistance(word, token.folded, allowedEdits(word.length)) > allowedEdits(word.length)) continue;
        table.add({ ...country, ...misspeltWordAt(token, position) });
        break;
      }
    }
  }
}

function matchNameAt(tokens: readonly Token[], first: number, limit: number, index: KnownActorIndex): Mention | null {
  const start = tokens[first];
  if (start === undefined) return null;
  for (const pattern of index.patternsByFirstToken.get(start.folded) ?? []) {
    const end = matchPattern(tokens, first, limit, pattern);
    if (end === null || !fitsPlaceContext(tokens, first, end, pattern)) continue;
    if (pattern.source === 'surname' && followsAnotherFirstName(tokens, first, index.profiles.get(pattern.actorId)?.actor.name ?? '')) continue;
    // "the Venezuelan government" is Venezuela acting, not a hint at it.
    const governs = pattern.source === 'demonym' && end < limit && GOVERNMENT_NOUNS.has(tokens[end]?.folded ?? '');
    const lastToken = tokens[governs ? end : end - 1];
    if (lastToken === undefined) continue;
    if (governs) {
      return {
        actorKey: knownKey(pattern.actorId),
        ref: { kind: 'known', actorId: pattern.actorId },
        kind: index.profiles.get(pattern.actorId)?.actor.kind ?? 'COUNTRY',
        start: start.start,
        end: lastToken.end,
        tokenStart: first,
        tokenEnd: end + 1,
        source: 'name',
        possessive: lastToken.possessive,
      };
    }
    return {
      actorKey: knownKey(pattern.actorId),
      ref: { kind: 'known', actorId: pattern.actorId },
      kind: index.profiles.get(pattern.actorId)?.actor.kind ?? 'ORGANIZATION',
      start: start.start,
      end: lastToken.end,
      tokenStart: first,
      tokenEnd: end,
      source: pattern.source,
      possessive: lastToken.possessive,
    };
  }
  return null;
}

/** End token (exclusive) when the pattern matches at `first`; hyphens between words are ignored ("Padrino-López"). */
function matchPattern(tokens: readonly Token[], first: number, limit: number, pattern: NamePattern): number | null {
  let position = first;
  for (let part = 0; part < pattern.tokens.length; part++) {
    if (part > 0) {
      const next = nextWord(tokens, position, limit);
      if (next === null) return null;
      position = next;
    }
    const token = tokens[position];
    if (token === undefined || token.folded !== pattern.tokens[part]) return null;
    const rule = pattern.cases[part];
    if (rule === 'capitalized' && !token.capitalized) return null;
    if (rule === 'upper' && !token.upper) return null;
    if (part < pattern.tokens.length - 1 && token.possessive) return null;
  }
  return position + 1;
}

function nextWord(tokens: readonly Token[], position: number, limit: number): number | null {
  const next = tokens[position + 1];
  if (next === undefined || position + 1 >= limit) return null;
  if (next.kind !== 'punct') return position + 1;
  const after = tokens[position + 2];
  const current = tokens[position];
  const joinsWords = next.text === '-' && current !== undefined && after !== undefined && current.end === next.start && next.end === after.start;
  return joinsWords && position + 2 < limit && after.kind !== 'punct' ? position + 2 : null;
}

/**
 * Place words need a little context: "Latin American" is not the United States,
 * "Washington Post" is a newspaper, and "Organization of American States" is neither.
 */
function fitsPlaceContext(tokens: readonly Token[], first: number, end: number, pattern: NamePattern): boolean {
  if (!pattern.fromPlaceTable) return true;
  const before = tokens[first - 1];
  if (before !== undefined && before.capitalized && REGION_QUALIFIERS.has(before.folded)) return false;
  const after = tokens[end];
  const lastToken = tokens[end - 1];
  const continuesName = after !== undefined && after.kind === 'word' && after.capitalized && lastToken !== undefined && after.start === lastToken.end + 1;
  if (pattern.source === 'capital' && continuesName && lastToken?.possessive !== true) return false;
  if (pattern.source === 'demonym' && before?.folded === 'of' && tokens[first - 2]?.capitalized === true) return false;
  return true;
}

/**
 * "Jorge Rodríguez" is not "Delcy Rodríguez": a bare surname right after a capitalised
 * word that is neither a title nor the person's own first name belongs to someone else.
 */
function followsAnotherFirstName(tokens: readonly Token[], first: number, fullName: string): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.kind !== 'word' || !before.capitalized || before.upper) return false;
  if (TITLE_WORDS.has(before.folded) || NOT_A_NAME.has(before.folded)) return false;
  return before.folded !== foldForMatch(fullName.split(/\s+/)[0] ?? '');
}

function matchMisspellingAt(article: ArticleText, position: number, index: KnownActorIndex): Mention | null {
  const token = article.tokens[position];
  if (token === undefined || token.kind !== 'word' || !token.capitalized || token.upper) return null;
  if (NOT_A_NAME.has(token.folded) || TITLE_WORDS.has(token.folded) || article.lowercaseWords.has(token.folded)) return null;
  const found = index.misspellings.lookup(token.folded);
  if (found === null) return null;
  const profile = index.profiles.get(found.value);
  if (profile === undefined) return null;
  if (profile.actor.kind === 'PERSON' ? !hasPersonCue(article, position, profile.actor.name) : startsSentence(article, position)) return null;
  if (profile.actor.kind === 'PERSON' && followsAnotherFirstName(article.tokens, position, profile.actor.name)) return null;
  return {
    actorKey: knownKey(found.value),
    ref: { kind: 'known', actorId: found.value },
    kind: profile.actor.kind,
    ...misspeltWordAt(token, position),
  };
}

/** Where a one-word misspelt mention sits, whichever actor it turns out to be. */
function misspeltWordAt(token: Token, position: number): Pick<Mention, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'source' | 'possessive'> {
  return { start: token.start, end: token.end, tokenStart: position, tokenEnd: position + 1, source: 'misspelling', possessive: token.possessive };
}

/**
 * A misspelt surname is only trusted where a person is expected: before a speech verb
 * ("Tyabkov said"), before ", who" or a role in apposition, after a title or the right
 * first name, or as an owner ("Tyabkov's").
 */
function hasPersonCue(article: ArticleText, position: number, fullName: string): boolean {
  const token = article.tokens[position];
  if (token?.possessive === true) return true;
  const next = article.tokens[position + 1];
  const afterComma = next?.text === ',' ? article.tokens[position + 2] : next;
  if (afterComma !== undefined && (SPEECH_VERBS.has(afterComma.folded) || (next?.text === ',' && afterComma.folded === 'who'))) return true;
  if (next?.text === ',' && article.tokens.slice(position + 2, position + 8).some((word) => ROLE_NOUNS.has(word.folded))) return true;
  const before = article.tokens[position - 1];
  if (before === undefined || before.kind !== 'word') return false;
  if (before.capitalized && TITLE_WORDS.has(before.folded)) return true;
  return before.folded === foldForMatch(fullName.split(/\s+/)[0] ?? '');
}
