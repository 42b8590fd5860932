// What an article must be before anything is written. Each rule answers with
// an InvalidInput error that names the field and says what to do.
import { toCalendarDay } from '@chronicle/db';
import { InvalidInput } from '../errors.ts';

/** An article as it arrives: from the API's IngestArticleInput, a job, a file or a fetched page. */
export interface ArticleInput {
  text: string;
  publishedOn: Date;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  language?: string | null;
  timeline?: string | null;
}

/** Longest article accepted, in characters (a long feature is ~50,000). */
export const MAX_ARTICLE_CHARACTERS = 200_000;
const MAX_TITLE = 500;
const MAX_URL = 2_048;

export interface ValidArticle {
  text: string;
  publishedOn: Date;
  title: string | null;
  url: string | null;
  publisher: string | null;
  language: string;
  timeline: string | null;
}

// Control characters other than tab, line feed and carriage return mark
// binary content; U+FFFD is what a non-UTF-8 byte turns into on the way in.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const NOT_UTF8 = /\uFFFD/;

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new InvalidInput(`"${field}" is limited to ${max} characters.`, field);
  if (BINARY.test(trimmed)) throw new InvalidInput(`"${field}" contains control characters.`, field);
  return trimmed || null;
}

export function validateArticle(input: ArticleInput, today = new Date()): ValidArticle {
  const text = input.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InvalidInput('The article text is empty. Paste the text of the article.', 'text');
  if (text.length > MAX_ARTICLE_CHARACTERS) {
    throw new InvalidInput(
      `The article is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_ARTICLE_CHARACTERS.toLocaleString('en')}. Split it into parts.`,
      'text',
    );
  }
  if (!text.isWellFormed() || NOT_UTF8.test(text)) {
    throw new InvalidInput('The text is not valid UTF-8 (it holds replacement characters or broken surrogates). Re-save it as UTF-8 and paste again.', 'text');
  }
  if (BINARY.test(text)) throw new InvalidInput('The text holds binary control characters; it looks like a binary file, not an article.', 'text');

  if (toCalendarDay(input.publishedOn) > toCalendarDay(today)) {
    throw new InvalidInput(`The publication date ${toCalendarDay(input.publishedOn)} is in the future.`, 'publishedOn');
  }

  let url: string | null = null;
  if (input.url?.trim()) {
    const raw = input.url.trim();
    let parsed: URL | null;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = null;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || raw.length > MAX_URL) {
      throw new InvalidInput(`"${raw.slice(0, 100)}" is not an http(s) address.`, 'url');
    }
    url = parsed.toString();
  }

  const language = optionalText(input.language, 'language', 35) ?? 'en';
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(language)) throw new InvalidInput(`"${language}" is not a BCP 47 language tag (en, es, pt-BR).`, 'language');

  return {
    text,
    publishedOn: input.publishedOn,
    title: optionalText(input.title, 'title', MAX_TITLE),
    url,
    publisher: optionalText(input.publisher, 'publisher', MAX_TITLE),
    language,
    timeline: optionalText(input.timeline, 'timeline', 200),
  };
}
