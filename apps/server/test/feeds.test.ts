// Feeds served locally: subscribing, a first poll that queues every item, a
// 304 answer to the conditional second poll, a new item on a later poll, and
// the feed formats feedsmith reads.
import { QUEUES, recentIngestionJobs } from '@chronicle/db';
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedItems } from '../src/feeds/feed-items.ts';
import { pollAllFeeds } from '../src/feeds/poll-feed.ts';
import { DEFAULT_FETCH_POLICY } from '../src/ingest/url/safe-fetch.ts';
import { openJobQueue, type JobQueue } from '../src/jobs/job-queue.ts';
import { page, startPageServer, type PageServer } from '@chronicle/testing';
import { startTestApi, type TestApi } from './support/test-api.ts';

const AddFeed = graphql(`
  mutation AddFeed($input: AddFeedInput!) {
    addFeed(input: $input) { id url title timelineSlug lastPolledAt lastError }
  }
`);

const Feeds = graphql(`
  query Feeds { feeds { url title timelineSlug lastPolledAt lastError } }
`);

const rss = (items: { guid: string; path: string; title: string }[], origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Desk Wire: Venezuela</title><link>${origin}/</link><description>Latest</description>
${items.map((i) => `<item><title>${i.title}</title><link>${origin}${i.path}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>Mon, 04 Mar 2019 10:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

describe('feeds', () => {
  let api: TestApi;
  let pages: PageServer;
  let queue: JobQueue;
  let token: string;
  const policy = { ...DEFAULT_FETCH_POLICY, allowHosts: ['localhost'] };
  const items = [
    { guid: 'dw-1', path: '/news/1', title: 'Talks in Oslo' },
    { guid: 'dw-2', path: '/news/2', title: 'Aid at the border' },
  ];
  let etag = '"v1"';
  const conditional: (string | undefined)[] = [];

  beforeAll(async () => {
    pages = await startPageServer();
    api = await startTestApi({ fetchPolicy: policy });
    token = await api.editorToken();
    queue = await openJobQueue(api.database.url, { supervise: false });
    pages.route('/feed.xml', (req, res) => {
      conditional.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': 'Mon, 04 Mar 2019 10:00:00 GMT' });
      res.end(rss(items, pages.origin));
    });
    pages.route('/site', page('<html><body><h1>Desk Wire</h1><p>Welcome.</p></body></html>'));
  });
  afterAll(async () => {
    await queue.stop({ graceful: false });
    await api.close();
    await pages.close();
  });

  const urlJobs = async () => (await recentIngestionJobs(api.database.db, 100)).filter((j) => j.queue === QUEUES.ingestUrl);

  it('subscribes a timeline to a feed, after checking that the address is one', async () => {
    const { body } = await api.request(AddFeed, { input: { url: `${pages.origin}/feed.xml`, timeline: 'venezuela-crisis-2019' } }, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.addFeed).toMatchObject({
      url: `${pages.origin}/feed.xml`,
      title: 'Desk Wire: Venezuela',
      timelineSlug: 'venezuela-crisis-2019',
      lastPolledAt: null,
    });

    const site = await api.request(AddFeed, { input: { url: `${pages.origin}/site` } }, { token });
    expect(site.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/chronicle reads RSS, Atom and JSON feeds only/),
      extensions: { code: 'BAD_USER_INPUT', field: 'url' },
    });
    const noTimeline = await api.request(AddFeed, { input: { url: `${pages.origin}/feed.xml`, timeline: 'nope' } }, { token });
    expect(noTimeline.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const loopback = await api.request(AddFeed, { input: { url: 'http://127.0.0.1:9/feed.xml' } }, { token });
    expect(loopback.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/private, loopback or link-local/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const anonymous = await api.request(AddFeed, { input: { url: `${pages.origin}/feed.xml` } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.request(Feeds, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('queues every item on the first poll, gets a 304 on the next, and queues only the new item later', async () => {
    const first = await pollAllFeeds(api.database.db, queue, policy);
    expect(first).toMatchObject([{ notModified: false, newItems: 2, error: null }]);
    const jobs = await urlJobs();
    expect(jobs.map((j) => j.data.url).sort()).toEqual([`${pages.origin}/news/1`, `${pages.origin}/news/2`]);
    expect(jobs.every((j) => j.data.timeline === 'venezuela-crisis-2019')).toBe(true);

    const second = await pollAllFeeds(api.database.db, queue, policy);
    expect(second).toMatchObject([{ notModified: true, newItems: 0 }]);
    expect(conditional.at(-1)).toBe('"v1"');
    expect(await urlJobs()).toHaveLength(2);

    items.unshift({ guid: 'dw-3', path: '/news/3', title: 'Blackout in Caracas' });
    etag = '"v2"';
    const third = await pollAllFeeds(api.database.db, queue, policy);
    expect(third).toMatchObject([{ notModified: false, newItems: 1 }]);
    expect((await urlJobs()).map((j) => j.data.url)).toContain(`${pages.origin}/news/3`);
    expect(await urlJobs()).toHaveLength(3);

    const { body } = await api.request(Feeds, {}, { token });
    expect(body.data!.feeds).toMatchObject([{ url: `${pages.origin}/feed.xml`, lastError: null, lastPolledAt: expect.any(String) }]);
  });

  it('records a failed poll on the feed', async () => {
    pages.route('/feed.xml', (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('down');
    });
    const [result] = await pollAllFeeds(api.database.db, queue, policy);
    expect(result!.error).toMatch(/answered HTTP 500/);
    const { body } = await api.request(Feeds, {}, { token });
    expect(body.data!.feeds[0]!.lastError).toMatch(/answered HTTP 500/);
  });

  it('reads Atom and JSON Feed items by their id, resolving relative links', () => {
    const atom = parseFeedItems(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Regional Post</title>
      <entry><id>urn:rp:1</id><title>One</title><link rel="alternate" href="/a/1"/><updated>2019-03-04T00:00:00Z</updated></entry>
      <entry><id>urn:rp:2</id><title>No link</title><updated>2019-03-04T00:00:00Z</updated></entry></feed>`,
      'https://post.example/feed.atom',
    );
    expect(atom).toEqual({ title: 'Regional Post', items: [{ key: 'urn:rp:1', link: 'https://post.example/a/1', title: 'One' }] });
    const json = parseFeedItems(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Ledger', items: [{ id: '9', url: 'https://ledger.example/9', title: 'Nine' }] }),
      'https://ledger.example/feed.json',
    );
    expect(json).toEqual({ title: 'Ledger', items: [{ key: '9', link: 'https://ledger.example/9', title: 'Nine' }] });
    expect(() => parseFeedItems('<html><body>hi</body></html>', 'https://x.example/')).toThrow(/is not an RSS, Atom or JSON feed/);
  });
});
