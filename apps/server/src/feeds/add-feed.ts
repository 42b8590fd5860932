// Subscribing a timeline to a feed: the address is fetched and parsed once
// first, so an editor who gives a site's home page instead of its feed hears
// so now rather than from a failing poll later.
import type { Database, Feed } from '@chronicle/db';
import { InvalidInput, NotFound } from '../errors.ts';
import { FetchRefusal } from '../ingest/url/fetch-refusal.ts';
import { parseHttpUrl, type FetchPolicy } from '../ingest/url/safe-fetch.ts';
import { fetchFeed } from './poll-feed.ts';

export interface AddFeedInput {
  url: string;
  timeline?: string | null;
}

export async function addFeed(db: Database, input: AddFeedInput, policy: FetchPolicy): Promise<Feed> {
  const timeline = input.timeline ? await db.timeline.findUnique({ where: { slug: input.timeline }, select: { id: true } }) : null;
  if (input.timeline && !timeline) throw new NotFound(`There is no timeline "${input.timeline}".`);
  let url: string;
  let title: string | null;
  try {
    url = parseHttpUrl(input.url).toString();
    const fetched = await fetchFeed(url, policy);
    title = fetched?.feed.title ?? null;
  } catch (error) {
    if (error instanceof FetchRefusal) throw new InvalidInput(error.message, 'url');
    throw error;
  }
  // The same feed again keeps its items seen; only its timeline changes.
  return db.feed.upsert({
    where: { url },
    create: { url, title, timelineId: timeline?.id ?? null },
    update: { timelineId: timeline?.id ?? null },
  });
}
