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
  /** No lowercase letter (acronyms, datelines, shouted headlines). */
  upper: boolean;
  /** Followed by 's / ’s, which is left out of the token. */
  possessive: boolean;
}

// A hand-written scanner rather than one big Unicode regular expression: tokenising is
// the first pass over every article and this keeps it cheap. Rules: dotted acronyms
// ("U.S.") are one word; an apostrophe followed by two or more letters stays inside a
// name (O'Brien) while a trailing 's marks a possessive and is left out; numbers keep
// their inner separators ("35,000", "10.5"); any other visible character is punctuation.

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/;

function isLetter(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (Number.isNaN(code)) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && LETTER_OR_MARK.test(text[offset] ?? '');
}

function isDigit(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code >= 48 && code <= 57) return true;
  return code > 127 && DIGIT.test(text[offset] ?? '');
}

function isSpace(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code === 32 || code === 10 || code === 13 || code === 9) return true;
  return code > 127 && SPACE.test(text[offset] ?? '');
}

function isApostrophe(char: string | undefined): boolean {
  return char === "'" || char === '’';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let offset = 0;
  while (offset < length) {
    if (isSpace(text, offset)) {
      offset++;
    } else if (isLetter(text, offset)) {
      offset = readWord(text, offset, tokens);
    } else if (isDigit(text, offset)) {
      let end = offset + 1;
      while (isDigit(text, end) || (/[.,:]/.test(text[end] ?? '') && isDigit(text, end + 1))) end++;
      tokens.push(plainToken(tokens.length, text.slice(offset, end), offset, 'number'));
      offset = end;
    } else {
      const code = text.charCodeAt(offset);
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push(plainToken(tokens.length, text.slice(offset, offset + width), offset, 'punct'));
      offset += width;
    }
  }
  return tokens;
}

function readWord(text: string, start: number, tokens: Token[]): number {
  if (text[start + 1] === '.' && isLetter(text, start + 2) && text[start + 3] === '.') {
    let end = start;
    while (isLetter(text, end) && text[end + 1] === '.') end += 2;
    const acronym = text.slice(start, end);
    tokens.push(wordToken(tokens.length, acronym, foldForMatch(acronym).replace(/\./g, ''), start, false));
    return end;
  }
  let end = start + 1;
  while (isLetter(text, end)) end++;
  while (isApostrophe(text[end]) && isLetter(text, end + 1) && isLetter(text, end + 2)) {
    end += 2;
    while (isLetter(text, end)) end++;
  }
  const word = text.slice(start, end);
  const possessive = isApostrophe(text[end]) && text[end + 1] === 's' && !isLetter(text, end + 2);
  tokens.push(wordToken(tokens.length, word, foldForMatch(word), start, possessive));
  return possessive ? end + 2 : end;
}

function wordToken(index: number, text: string, folded: string, start: number, possessive: boolean): Token {
  const first = text[0] ?? '';
  return {
    index,
    text,
    folded,
    start,
    end: start + text.length,
    kind: 'word',
    capitalized: first !== first.toLowerCase(),
    upper: text === text.toUpperCase(),
    possessive,
  };
}

function plainToken(index: number, text: string, start: number, kind: TokenKind): Token {
  return { index, text, folded: text, start, end: start + text.length, kind, capitalized: false, upper: false, possessive: false };
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
