// What a news page says about itself: title, publisher, publication day,
// canonical address, language. Read before Readability runs, because
// Readability strips the <head> and the <time> elements it does not keep.
import { parseCalendarDay } from '@chronicle/db';
import type { PageDocument } from './page-dom.ts';

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  /** The day the page says it was published, as the publisher wrote it; null when it says nothing. */
  publishedOn: Date | null;
  /** Where the date came from, for the editor's warnings. */
  publishedOnFrom: 'article:published_time' | 'JSON-LD datePublished' | '<time>' | null;
  canonicalUrl: string;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /Article|NewsArticle|ReportageNews|BlogPosting|AnalysisNewsArticle|LiveBlogPosting|WebPage/;

function meta(document: PageDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Every object in the page's JSON-LD blocks, @graph and arrays flattened; blocks that do not parse are skipped. */
function jsonLdObjects(document: PageDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === 'object') {
      const object = value as JsonObject;
      out.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Hand-written JSON-LD is often broken; the other sources still count.
    }
  }
  return out;
}

function typeOf(object: JsonObject): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

/**
 * "2019-06-25T22:30:00-04:00" is 25 June where it was published, though it is
 * 26 June in UTC: the day written in the timestamp is the publisher's own day,
 * and relative dates in the text ("on Tuesday") count from it.
 */
export function calendarDayOf(raw: string | null | undefined): Date | null {
  const value = raw?.trim();
  if (!value) return null;
  const written = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
  if (written) return parseCalendarDay(written[1]!);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parseCalendarDay(new Date(parsed).toISOString().slice(0, 10));
}

function timeElementDay(document: PageDocument): Date | null {
  const selectors = ['time[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'time[datetime]'];
  for (const selector of selectors) {
    const time = document.querySelector(selector);
    const day = calendarDayOf(time?.getAttribute('datetime') ?? time?.textContent);
    if (day) return day;
  }
  return null;
}

function httpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function readPageMetadata(document: PageDocument, pageUrl: string): PageMetadata {
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o.datePublished || o.headline)) ?? ld.find((o) => o.datePublished);

  const dated: [Date | null, PageMetadata['publishedOnFrom']][] = [
    [calendarDayOf(meta(document, 'article:published_time', 'datePublished')), 'article:published_time'],
    [calendarDayOf(typeof article?.datePublished === 'string' ? article.datePublished : null), 'JSON-LD datePublished'],
    [timeElementDay(document), '<time>'],
  ];
  const [publishedOn, publishedOnFrom] = dated.find(([day]) => day !== null) ?? [null, null];

  const language = document.documentElement?.getAttribute('lang')?.trim() || meta(document, 'og:locale')?.replace('_', '-') || null;
  return {
    title: meta(document, 'og:title', 'twitter:title') ?? nameOf(article?.headline) ?? (document.querySelector('title')?.textContent?.trim() || null),
    publisher: meta(document, 'og:site_name') ?? nameOf(article?.publisher) ?? nameOf(ld.find((o) => /Organization|NewsMediaOrganization/.test(typeOf(o)))),
    publishedOn,
    publishedOnFrom,
    canonicalUrl:
      httpUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ?? httpUrl(meta(document, 'og:url'), pageUrl) ?? pageUrl,
    language: language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(language) ? language : null,
  };
}
