// RFC 5545's two rules for writing a content line: TEXT values escape
// backslash, semicolon, comma and line breaks; a line longer than 75 octets
// is folded, each continuation starting with one space.
//
// Written here rather than taken from ical-generator, which chronicle used
// before: its folding allocates a TextEncoder per character, and a
// 20,000-event export took 15.8 s and ~350 MB of heap to fold (this: well
// under a second).

const MAX_OCTETS = 75;

export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** The line folded so no physical line passes 75 octets; never splits a character. */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS && Buffer.byteLength(line) <= MAX_OCTETS) return line;
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      folded += '\r\n ';
      octets = 1; // the leading space
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** 20190123: the UTC calendar day of a date. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** 20190123T101500Z */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
