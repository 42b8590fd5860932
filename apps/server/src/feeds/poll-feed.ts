// One poll of a feed: a conditional GET (If-None-Match / If-Modified-Since,
// so an unchanged feed answers 304 with no body), then an ingest-url job for
// each item not seen before. Items are marked seen after their jobs are sent:
// a crash in between sends a job twice, which ingestion's own deduplication
// (same URL, same text) turns into nothing.
import { QUEUES, type Database, type Feed } from '@chronicle/db';
import { FetchRefusal } from '../ingest/url/fetch-refusal.ts';
import { decodeBody, safeFetch, type FetchPolicy } from '../ingest/url/safe-fetch.ts';
import type { IngestUrlJob } from '../jobs/ingestion-jobs.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { parseFeedItems, type ParsedFeed } from './feed-items.ts';

export const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
];

export interface PollResult {
  feedId: string;
  notModified: boolean;
  newItems: number;
  error: string | null;
}

/** Fetches a feed (conditionally when validators are given) and parses it; null when the server says it has not changed. */
export async function fetchFeed(url: string, policy: FetchPolicy, validators: { etag?: string | null; lastModified?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const response = await safeFetch(url, policy, { accept: FEED_TYPES, acceptDescription: 'RSS, Atom and JSON feeds', headers });
  if (response.status === 304) return null;
  const feed: ParsedFeed = parseFeedItems(decodeBody(response), response.url);
  const header = (name: string) => {
    const value = response.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  return { feed, etag: header('etag'), lastModified: header('last-modified') };
}

export async function pollFeed(db: Database, queue: JobQueue, feed: Feed, policy: FetchPolicy, now = new Date()): Promise<PollResult> {
  try {
    const fetched = await fetchFeed(feed.url, policy, feed);
    if (!fetched) {
      await db.feed.update({ where: { id: feed.id }, data: { lastPolledAt: now, lastError: null } });
      return { feedId: feed.id, notModified: true, newItems: 0, error: null };
    }
    const keys = fetched.feed.items.map((i) => i.key);
    const seen = new Set((await db.feedItem.findMany({ where: { feedId: feed.id, itemKey: { in: keys } }, select: { itemKey: true } })).map((i) => i.itemKey));
    // A feed may list one item twice; it is one job.
    const fresh = [...new Map(fetched.feed.items.filter((i) => !seen.has(i.key)).map((i) => [i.key, i])).values()];
    const timeline = feed.timelineId ? await db.timeline.findUnique({ where: { id: feed.timelineId }, select: { slug: true } }) : null;
    if (fresh.length > 0) {
      const jobs = fresh.map((i): { data: IngestUrlJob } => ({ data: { url: i.link, timeline: timeline?.slug ?? null, feedId: feed.id } }));
      await queue.insert(QUEUES.ingestUrl, jobs);
      await db.feedItem.createMany({ data: fresh.map((i) => ({ feedId: feed.id, itemKey: i.key, link: i.link })), skipDuplicates: true });
    }
    await db.feed.update({
      where: { id: feed.id },
      data: { lastPolledAt: now, lastError: null, etag: fetched.etag, lastModified: fetched.lastModified, title: feed.title ?? fetched.feed.title },
    });
    return { feedId: feed.id, notModified: false, newItems: fresh.length, error: null };
  } catch (error) {
    const message = error instanceof FetchRefusal || error instanceof Error ? error.message : String(error);
    await db.feed.update({ where: { id: feed.id }, data: { lastPolledAt: now, lastError: message.slice(0, 1000) } });
    return { feedId: feed.id, notModified: false, newItems: 0, error: message };
  }
}

/** Every feed, one after the other (the poll-feeds job, on the schedule). */
export async function pollAllFeeds(db: Database, queue: JobQueue, policy: FetchPolicy): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (const feed of await db.feed.findMany({ orderBy: { createdAt: 'asc' } })) results.push(await pollFeed(db, queue, feed, policy));
  return results;
}
