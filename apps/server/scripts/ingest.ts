// npm run ingest -- FILE... --published YYYY-MM-DD [--url U] [--title T] [--publisher P] [--timeline SLUG] [--dry-run]
// npm run ingest -- https://… [--timeline SLUG] [--published YYYY-MM-DD, for pages that state no date] [--dry-run]
// npm run ingest -- DIR | FILE.jsonl [--published YYYY-MM-DD] [--timeline SLUG] [--enqueue-only]
// Files and links are ingested straight into the database (the same code the
// API's ingestArticle and ingestUrl run), or with --dry-run their proposed
// events are printed as JSON. A folder or a .jsonl file goes through the job
// queue, with a progress bar, and can be run again to finish what failed.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, parseCalendarDay, startMigratedDatabase } from '@chronicle/db';
import { bulkCli } from '../src/bulk/bulk-cli.ts';
import { readServerEnv } from '../src/env.ts';
import { validateArticle } from '../src/ingest/article-input.ts';
import { extractFromArticle } from '../src/ingest/extract-article.ts';
import { ingestArticle } from '../src/ingest/ingest-article.ts';
import type { IngestResult } from '../src/ingest/ingest-result.ts';
import { ingestUrl, previewUrl } from '../src/ingest/url/ingest-url.ts';
import { createLogger } from '../src/observability/logger.ts';

const usage =
  'usage: npm run ingest -- FILE... --published YYYY-MM-DD [--url U] [--title T] [--publisher P] [--timeline SLUG] [--dry-run]\n' +
  '       npm run ingest -- https://… [--timeline SLUG] [--published YYYY-MM-DD] [--dry-run]\n' +
  '       npm run ingest -- DIR | FILE.jsonl [--published YYYY-MM-DD] [--timeline SLUG] [--enqueue-only]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    timeline: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'enqueue-only': { type: 'boolean', default: false },
  },
});
const env = readServerEnv();
const isUrl = (arg: string) => /^https?:\/\//i.test(arg);
const resolved = (arg: string) => path.resolve(env.invokedFrom, arg);
const isBulk = async (arg: string) => !isUrl(arg) && (arg.endsWith('.jsonl') || (await stat(resolved(arg)).catch(() => null))?.isDirectory() === true);
const publishedOn = values.published === undefined ? null : parseCalendarDay(values.published);
const bulk = positionals.length === 1 && (await isBulk(positionals[0]!));
// A web page states its own date; files need one (a bulk line may carry its own).
const needsDate = !bulk && positionals.some((arg) => !isUrl(arg));
if (positionals.length === 0 || (values.published !== undefined && !publishedOn) || (needsDate && !publishedOn) || (bulk && values['dry-run'])) {
  console.error(usage);
  process.exit(2);
}

function report(progress: string, result: IngestResult) {
  console.error(
    `${progress}: ${result.created ? 'ingested' : 'already there'}; ${result.proposedEvents.length} draft event(s), ` +
      `${result.matchedEvents.length} matched, ${result.proposedActors.length} new actor(s), ${result.proposedStances.length} stance(s) to review`,
  );
  for (const warning of result.warnings) console.error(`  warning: ${warning}`);
}

const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { poolSize: Math.max(2, env.workers.concurrency + 1) });
let failures = 0;
try {
  if (bulk) {
    failures = await bulkCli({
      target: resolved(positionals[0]!),
      databaseUrl: database.url,
      db,
      publishedOn,
      timeline: values.timeline ?? null,
      enqueueOnly: values['enqueue-only'],
      concurrency: env.workers.concurrency,
      fetchPolicy: env.fetchPolicy,
      logger: createLogger({ level: 'error' }),
    });
  }
  for (const [index, file] of (bulk ? [] : positionals).entries()) {
    const progress = `[${index + 1}/${positionals.length}] ${file}`;
    try {
      if (isUrl(file)) {
        const input = { url: file, timeline: values.timeline, publishedOn };
        if (values['dry-run']) {
          const { article, extraction } = await previewUrl(db, input, env.fetchPolicy);
          const { text: _text, ...metadata } = article;
          console.log(JSON.stringify({ link: file, ...metadata, ...extraction }, null, 2));
          continue;
        }
        report(progress, await ingestUrl(db, input, env.fetchPolicy));
        continue;
      }
      const bytes = await readFile(resolved(file));
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      const article = validateArticle({
        text,
        publishedOn: publishedOn!,
        url: values.url,
        title: values.title,
        publisher: values.publisher,
        timeline: values.timeline,
      });
      if (values['dry-run']) {
        console.log(JSON.stringify({ file, ...(await extractFromArticle(db, article)) }, null, 2));
        continue;
      }
      report(progress, await ingestArticle(db, article));
    } catch (error) {
      failures += 1;
      console.error(`${progress}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(failures ? 1 : 0);
