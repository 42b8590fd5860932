import { createHash } from 'node:crypto';

/**
 * The same article pasted twice, with other line endings or trailing spaces,
 * is the same article: hash the text after Unicode NFC and whitespace folding.
 */
export function contentHashOfText(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/** For sources we cite without holding their text: hash what identifies them. */
export function contentHashOfReference(ref: { publisher?: string | null; url?: string | null; title: string; publishedOn?: string | null }): string {
  const key = ['reference', ref.publisher ?? '', ref.url ?? '', ref.title, ref.publishedOn ?? ''].join('\n');
  return createHash('sha256').update(key.normalize('NFC'), 'utf8').digest('hex');
}
