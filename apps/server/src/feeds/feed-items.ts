// The items of an RSS, RDF, Atom or JSON feed, reduced to what chronicle
// needs: a key that tells a new item from one seen before, and the link to
// ingest. feedsmith does the parsing (it reads all four formats).
import { parseFeed } from 'feedsmith';
import { FetchRefusal } from '../ingest/url/fetch-refusal.ts';

export interface FeedItem {
  /** guid / id when the feed gives one, else the link. */
  key: string;
  link: string;
  title: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

const MAX_KEY = 2_048;

function item(key: string | undefined, link: string | undefined, title: string | undefined, base: string): FeedItem | null {
  if (!link?.trim()) return null;
  let absolute: string;
  try {
    absolute = new URL(link.trim(), base).toString();
  } catch {
    return null;
  }
  return { key: (key?.trim() || absolute).slice(0, MAX_KEY), link: absolute, title: title?.trim() || null };
}

/** Atom's text constructs carry their type beside the value. */
function textOf(text: string | { value: string } | undefined): string | undefined {
  return typeof text === 'string' ? text : text?.value;
}

/** Parses a feed's body; an answer that is no feed is a FetchRefusal the editor can act on. */
export function parseFeedItems(body: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body.trimStart().startsWith('{') ? JSON.parse(body) : body);
  } catch {
    throw new FetchRefusal(
      `${feedUrl.slice(0, 200)} is not an RSS, Atom or JSON feed chronicle can read. Give the address of the feed itself, not of the site.`,
      'content-type',
    );
  }
  const items: (FeedItem | null)[] = [];
  switch (parsed.format) {
    case 'rss':
      for (const i of parsed.feed.items ?? []) items.push(item(i.guid?.value, i.link, i.title, feedUrl));
      break;
    case 'rdf':
      for (const i of parsed.feed.items ?? []) items.push(item(i.rdf?.about, i.link, i.title, feedUrl));
      break;
    case 'atom':
      for (const e of parsed.feed.entries ?? []) {
        const link = e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
        items.push(item(e.id, link, textOf(e.title), feedUrl));
      }
      break;
    case 'json':
      for (const i of parsed.feed.items ?? []) items.push(item(i.id, i.url ?? i.external_url, i.title, feedUrl));
      break;
  }
  return { title: textOf(parsed.feed.title)?.trim() || null, items: items.filter((i): i is FeedItem => i !== null) };
}
