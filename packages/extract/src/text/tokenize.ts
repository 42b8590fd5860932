import { foldForMatch } from './fold.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  index: number;
  text: string;
  /** Lowercase, accentless; dotted acronyms lose their dots ("U.S." → "us"). */
  folded: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is uppercase. */
  capitalized: boolean;
  /** Every letter is uppercase (acronyms, datelines, shouted headlines). */
  upper: boolean;
  /** Followed by 's / ’s, which is left out of the token. */
  possessive: boolean;
}

// Order matters: dotted acronyms before plain words so "U.S." stays one token; an
// apostrophe followed by two or more letters stays inside a name (O'Brien) while a
// trailing 's is captured separately as the possessive.
const TOKEN_PATTERN =
  /((?:\p{L}\.){2,})|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]{2,})*)(['’]s(?![\p{L}\p{M}]))?|(\p{N}+(?:[.,:]\p{N}+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

const UPPERCASE_START = /^\p{Lu}/u;
const HAS_LOWERCASE = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const [, acronym, word, possessiveSuffix, number, punct] = match;
    if (acronym !== undefined) {
      tokens.push(makeWord(tokens.length, acronym, foldForMatch(acronym).replace(/\./g, ''), start, false));
    } else if (word !== undefined) {
      tokens.push(makeWord(tokens.length, word, foldForMatch(word), start, possessiveSuffix !== undefined));
    } else {
      const tokenText = number ?? punct ?? '';
      tokens.push({
        index: tokens.length,
        text: tokenText,
        folded: tokenText,
        start,
        end: start + tokenText.length,
        kind: number !== undefined ? 'number' : 'punct',
        capitalized: false,
        upper: false,
        possessive: false,
      });
    }
  }
  return tokens;
}

function makeWord(index: number, text: string, folded: string, start: number, possessive: boolean): Token {
  return {
    index,
    text,
    folded,
    start,
    end: start + text.length,
    kind: 'word',
    capitalized: UPPERCASE_START.test(text),
    upper: !HAS_LOWERCASE.test(text),
    possessive,
  };
}

/** Index of the first token whose start is at or after `offset` (tokens are sorted). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle];
    if (token !== undefined && token.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
