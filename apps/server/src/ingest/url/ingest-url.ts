// An article by its link: fetch the page safely, take the article and its
// metadata out, then the same validation, extraction, review and
// deduplication as pasted text (ingestArticle).
import { toCalendarDay, type Database } from '@chronicle/db';
import { InvalidInput } from '../../errors.ts';
import type { Extraction } from '@chronicle/extract';
import { validateArticle, type ValidArticle } from '../article-input.ts';
import { extractFromArticle } from '../extract-article.ts';
import { ingestArticle } from '../ingest-article.ts';
import type { IngestResult } from '../ingest-result.ts';
import { FetchRefusal } from './fetch-refusal.ts';
import { articleFromHtml, type PageArticle } from './page-article.ts';
import { decodeBody, parseHttpUrl, safeFetch, type FetchPolicy } from './safe-fetch.ts';

export interface UrlArticleInput {
  url: string;
  timeline?: string | null;
  /** Used only when the page states no publication date: the page's own date wins. */
  publishedOn?: Date | null;
}

const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];

async function fetchArticle(url: string, policy: FetchPolicy): Promise<PageArticle> {
  const response = await safeFetch(url, policy, { accept: PAGE_TYPES, acceptDescription: 'HTML and plain-text pages' });
  const body = decodeBody(response);
  if (response.mimeType === 'text/plain') {
    return { text: body, title: null, publisher: null, publishedOn: null, publishedOnFrom: null, canonicalUrl: response.url, language: null };
  }
  return articleFromHtml(body, response.url);
}

/** The result of an earlier ingestion of this address, by re-offering its stored text (which ingestArticle recognises). */
async function ingestedBefore(db: Database, urls: string[]): Promise<IngestResult | null> {
  const source = await db.source.findFirst({ where: { url: { in: urls } }, orderBy: { createdAt: 'asc' }, select: { text: true, publishedOn: true } });
  // Sources from the sample data set may carry a URL without their text.
  if (!source?.text || !source.publishedOn) return null;
  return ingestArticle(db, validateArticle({ text: source.text, publishedOn: source.publishedOn }));
}

/** The article on the page, ready for extraction; null when this address was ingested before (then `seen` holds that result). */
async function pageArticle(db: Database | null, input: UrlArticleInput, policy: FetchPolicy, today: Date) {
  const requested = parseHttpUrl(input.url).toString();
  const seen = db ? await ingestedBefore(db, [requested]) : null;
  if (seen) return { seen };

  const page = await fetchArticle(requested, policy);
  // A tracking-decorated link and the page's canonical address are one article.
  const again = !db || page.canonicalUrl === requested ? null : await ingestedBefore(db, [page.canonicalUrl]);
  if (again) return { seen: again };
  if (page.text.trim() === '') {
    throw new FetchRefusal(`No article text was found on ${page.canonicalUrl.slice(0, 200)}. Paste the article's text instead.`, 'no-text');
  }

  const warnings: string[] = [];
  const publishedOn = page.publishedOn ?? input.publishedOn ?? null;
  if (!publishedOn) {
    throw new FetchRefusal(
      `The page does not say when it was published (no article:published_time, JSON-LD datePublished or <time> element). ` +
        'Give its publication date (publishedOn, or --published on the command line) and try again.',
      'no-date',
    );
  }
  if (page.publishedOn && input.publishedOn && toCalendarDay(page.publishedOn) !== toCalendarDay(input.publishedOn)) {
    warnings.push(
      `The page says it was published on ${toCalendarDay(page.publishedOn)} (${page.publishedOnFrom}); that date was used, not ${toCalendarDay(input.publishedOn)}.`,
    );
  }

  const article = validateArticle(
    {
      text: page.text,
      publishedOn,
      title: page.title,
      url: page.canonicalUrl,
      publisher: page.publisher,
      timeline: input.timeline,
      ...(page.language ? { language: page.language } : {}),
    },
    today,
  );
  return { article, warnings };
}

function asInputError(error: unknown): unknown {
  // The reason lets a job tell a refusal worth retrying (time-out, unreachable) from one that is not.
  if (error instanceof FetchRefusal) return new InvalidInput(error.message, error.reason === 'no-date' ? 'publishedOn' : 'url', { reason: error.reason });
  return error;
}

export async function ingestUrl(db: Database, input: UrlArticleInput, policy: FetchPolicy, today = new Date()): Promise<IngestResult> {
  try {
    const page = await pageArticle(db, input, policy, today);
    if (page.seen) return page.seen;
    const result = await ingestArticle(db, page.article);
    return { ...result, warnings: [...page.warnings, ...result.warnings] };
  } catch (error) {
    throw asInputError(error);
  }
}

/** What ingestUrl would propose, without writing anything (the CLI's --dry-run). */
export async function previewUrl(
  db: Database,
  input: UrlArticleInput,
  policy: FetchPolicy,
  today = new Date(),
): Promise<{ article: ValidArticle; extraction: Extraction }> {
  try {
    const page = await pageArticle(null, input, policy, today);
    if (page.seen) throw new Error('unreachable: no database to have seen the page in');
    return { article: page.article, extraction: await extractFromArticle(db, page.article) };
  } catch (error) {
    throw asInputError(error);
  }
}
