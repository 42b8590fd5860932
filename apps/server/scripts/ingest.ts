// npm run ingest -- FILE... --published YYYY-MM-DD [--url U] [--title T] [--publisher P] [--timeline SLUG] [--dry-run]
// npm run ingest -- https://… [--timeline SLUG] [--published YYYY-MM-DD, for pages that state no date]
// Ingests article files or web pages straight into the database (the same code
// the API's ingestArticle and ingestUrl run), or with --dry-run prints the
// proposed events of files as JSON.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, parseCalendarDay, startMigratedDatabase } from '@chronicle/db';
import { GraphQLError } from 'graphql';
import { readServerEnv } from '../src/env.ts';
import { validateArticle } from '../src/ingest/article-input.ts';
import { extractFromArticle, ingestArticle, type IngestResult } from '../src/ingest/ingest-article.ts';
import { ingestUrl } from '../src/ingest/url/ingest-url.ts';

const usage = 'usage: npm run ingest -- FILE... --published YYYY-MM-DD [--url U] [--title T] [--publisher P] [--timeline SLUG] [--dry-run]\n' +
  '       npm run ingest -- https://… [--timeline SLUG] [--published YYYY-MM-DD]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
    timeline: { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
  },
});
const isUrl = (arg: string) => /^https?:\/\//i.test(arg);
const publishedOn = values.published === undefined ? null : parseCalendarDay(values.published);
// A web page states its own date; files need one.
const needsDate = positionals.some((arg) => !isUrl(arg));
if (positionals.length === 0 || (values.published !== undefined && !publishedOn) || (needsDate && !publishedOn) || (values['dry-run'] && !needsDate)) {
  console.error(usage);
  process.exit(2);
}

function report(progress: string, result: IngestResult) {
  console.error(
    `${progress}: ${result.created ? 'ingested' : 'already there'}; ${result.proposedEventIds.length} draft event(s), ` +
      `${result.matchedEventIds.length} matched, ${result.proposedActorIds.length} new actor(s), ${result.proposedStanceIds.length} stance(s) to review`,
  );
  for (const warning of result.warnings) console.error(`  warning: ${warning}`);
}

const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { poolSize: 2 });
let failures = 0;
try {
  for (const [index, file] of positionals.entries()) {
    const progress = `[${index + 1}/${positionals.length}] ${file}`;
    try {
      if (isUrl(file)) {
        report(progress, await ingestUrl(db, { url: file, timeline: values.timeline, publishedOn }, readServerEnv().fetchPolicy));
        continue;
      }
      const bytes = await readFile(path.resolve(readServerEnv().invokedFrom, file));
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      const article = validateArticle({ text, publishedOn: publishedOn!, url: values.url, title: values.title, publisher: values.publisher, timeline: values.timeline });
      if (values['dry-run']) {
        console.log(JSON.stringify({ file, ...(await extractFromArticle(db, article)) }, null, 2));
        continue;
      }
      report(progress, await ingestArticle(db, article));
    } catch (error) {
      failures += 1;
      console.error(`${progress}: ${error instanceof GraphQLError || error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(failures ? 1 : 0);
