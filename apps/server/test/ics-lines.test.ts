import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatDate, formatDateTime } from '../src/export/ics-lines.ts';

const unfold = (folded: string) => folded.replace(/\r\n /g, '');

describe('iCalendar content lines', () => {
  it('escapes what RFC 5545 asks of TEXT values', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Guaidó declares himself interim president')).toBe('SUMMARY:Guaidó declares himself interim president');
  });

  it('folds at 75 octets, counting a multi-byte character by its bytes and never splitting one', () => {
    const line = `DESCRIPTION:${'Caracas é 😀 日本 '.repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const [i, part] of physical.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // A lone surrogate would mean a character cut in two.
      expect(part).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('writes dates as UTC days and stamps as UTC times', () => {
    expect(formatDate(new Date(Date.UTC(2019, 0, 23)))).toBe('20190123');
    expect(formatDateTime(new Date(Date.UTC(2019, 0, 23, 9, 5, 7)))).toBe('20190123T090507Z');
  });
});
