// Ingestion as jobs: what a job carries, and sending one. Input is checked
// before it is queued, so an editor hears about a bad link or an empty text
// at once rather than from a failed job later.
import { QUEUES, toCalendarDay } from '@chronicle/db';
import { InvalidInput } from '../errors.ts';
import { validateArticle } from '../ingest/article-input.ts';
import { FetchRefusal } from '../ingest/url/fetch-refusal.ts';
import { parseHttpUrl } from '../ingest/url/safe-fetch.ts';
import type { JobQueue } from './job-queue.ts';

interface CommonJob {
  timeline?: string | null;
  /** Set by the bulk CLI (the line's URL or text hash): running it again skips what is done. */
  key?: string;
}

export interface IngestUrlJob extends CommonJob {
  url: string;
  /** YYYY-MM-DD, used only when the page states no date. */
  publishedOn?: string | null;
  /** The feed the link came from, if any. */
  feedId?: string;
}

export interface IngestTextJob extends CommonJob {
  text: string;
  publishedOn: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
}

export interface EnqueueInput {
  url?: string | null;
  text?: string | null;
  publishedOn?: Date | null;
  title?: string | null;
  publisher?: string | null;
  timeline?: string | null;
  key?: string;
}

export type EnqueuedJob = { id: string; queue: typeof QUEUES.ingestUrl | typeof QUEUES.ingestText };

/** A link without text is fetched by the worker; text is ingested as it is (its url, if any, is only recorded). */
export function ingestionJobOf(input: EnqueueInput): { queue: EnqueuedJob['queue']; data: IngestUrlJob | IngestTextJob } {
  const key = input.key ? { key: input.key } : {};
  if (input.text?.trim()) {
    if (!input.publishedOn) throw new InvalidInput('Give the publication date (publishedOn) of a pasted article.', 'publishedOn');
    const article = validateArticle({
      text: input.text,
      publishedOn: input.publishedOn,
      title: input.title,
      url: input.url,
      publisher: input.publisher,
      timeline: input.timeline,
    });
    const data: IngestTextJob = {
      text: article.text,
      publishedOn: toCalendarDay(article.publishedOn),
      title: article.title,
      url: article.url,
      publisher: article.publisher,
      timeline: article.timeline,
      ...key,
    };
    return { queue: QUEUES.ingestText, data };
  }
  if (!input.url?.trim()) throw new InvalidInput("Give either the article's link (url) or its text (text).", 'url');
  let url: string;
  try {
    url = parseHttpUrl(input.url).toString();
  } catch (error) {
    if (error instanceof FetchRefusal) throw new InvalidInput(error.message, 'url');
    throw error;
  }
  const data: IngestUrlJob = { url, timeline: input.timeline ?? null, publishedOn: input.publishedOn ? toCalendarDay(input.publishedOn) : null, ...key };
  return { queue: QUEUES.ingestUrl, data };
}

export async function enqueueIngestion(queue: JobQueue, input: EnqueueInput): Promise<EnqueuedJob> {
  const job = ingestionJobOf(input);
  const id = await queue.send(job.queue, job.data);
  if (!id) throw new Error(`The job queue did not accept the ${job.queue} job.`);
  return { id, queue: job.queue };
}
