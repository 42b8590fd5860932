// npm run feed -- add URL [--timeline SLUG]   subscribe a timeline to an RSS, Atom or JSON feed
// npm run feed -- list                        the feeds followed, with their last poll
// npm run feed -- poll                        poll every feed now: new items become ingest-url jobs
// Workers (npm start, npm run worker) run the jobs, and poll on CHRONICLE_FEED_POLL_CRON.
import { parseArgs } from 'node:util';
import { createPrismaClient, startMigratedDatabase } from '@chronicle/db';
import { readServerEnv } from '../src/env.ts';
import { addFeed } from '../src/feeds/add-feed.ts';
import { pollAllFeeds } from '../src/feeds/poll-feed.ts';
import { openJobQueue } from '../src/jobs/job-queue.ts';

const usage = 'usage: npm run feed -- add URL [--timeline SLUG] | list | poll';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { timeline: { type: 'string' } } });
const [command, url] = positionals;
if (!(command === 'add' && url && positionals.length === 2) && !((command === 'list' || command === 'poll') && positionals.length === 1)) {
  console.error(usage);
  process.exit(2);
}

const env = readServerEnv();
const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { poolSize: 2 });
let status = 0;
try {
  if (command === 'add') {
    const feed = await addFeed(db, { url: url!, timeline: values.timeline ?? null }, env.fetchPolicy);
    console.error(`following ${feed.url}${feed.title ? ` ("${feed.title}")` : ''}; its items are queued at the next poll (npm run feed -- poll to poll now).`);
  } else if (command === 'list') {
    for (const feed of await db.feed.findMany({
      orderBy: { createdAt: 'asc' },
      include: { timeline: { select: { slug: true } }, _count: { select: { items: true } } },
    })) {
      const polled = feed.lastPolledAt ? `polled ${feed.lastPolledAt.toISOString()}` : 'not polled yet';
      console.log(`${feed.url}\t${feed.timeline?.slug ?? '-'}\t${feed._count.items} item(s)\t${polled}${feed.lastError ? `\terror: ${feed.lastError}` : ''}`);
    }
  } else {
    const queue = await openJobQueue(database.url, { supervise: false });
    try {
      for (const result of await pollAllFeeds(db, queue, env.fetchPolicy)) {
        const feed = await db.feed.findUniqueOrThrow({ where: { id: result.feedId }, select: { url: true } });
        console.error(
          `${feed.url}: ${result.error ? `failed, ${result.error}` : result.notModified ? 'not modified' : `${result.newItems} new item(s) queued`}`,
        );
        if (result.error) status = 1;
      }
    } finally {
      await queue.stop({ graceful: false });
    }
  }
} catch (error) {
  status = 1;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(status);
