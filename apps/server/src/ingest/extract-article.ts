// Extraction alone, without writing: what ingestion writes, and what
// --dry-run and previews print.
import { toCalendarDay, type Database } from '@chronicle/db';
import type { Extraction } from '@chronicle/extract';
import type { ValidArticle } from './article-input.ts';
import { extractorFor } from './extractor-cache.ts';

export async function extractFromArticle(db: Database, article: ValidArticle): Promise<Extraction> {
  const extractor = await extractorFor(db);
  return extractor.extract({
    text: article.text,
    publishedAt: toCalendarDay(article.publishedOn),
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
  });
}
