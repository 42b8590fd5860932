// npm run ingest -- FILE... --published YYYY-MM-DD [--url U] [--title T] [--publisher P] [--timeline SLUG] [--dry-run]
// Ingests article files straight into the database (the same code the API's
// ingestArticle runs), or with --dry-run prints the proposed events as JSON.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, parseCalendarDay, startMigratedDatabase } from '@chronicle/db';
import { GraphQLError } from 'graphql';
import { readServerEnv } from '../src/env.ts';
import { validateArticle } from '../src/ingest/article-input.ts';
import { extractFromArticle, ingestArticle } from '../src/ingest/ingest-article.ts';

const usage = 'usage: npm run ingest -- FILE... --published YYYY-MM-DD [--url U] [--title T] [--publisher P] [--timeline SLUG] [--dry-run]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
    timeline: { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
  },
});
const publishedOn = parseCalendarDay(values.published ?? '');
if (positionals.length === 0 || !publishedOn) {
  console.error(usage);
  process.exit(2);
}

const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { poolSize: 2 });
let failures = 0;
try {
  for (const [index, file] of positionals.entries()) {
    const progress = `[${index + 1}/${positionals.length}] ${file}`;
    try {
      const bytes = await readFile(path.resolve(readServerEnv().invokedFrom, file));
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      const article = validateArticle({ text, publishedOn, url: values.url, title: values.title, publisher: values.publisher, timeline: values.timeline });
      if (values['dry-run']) {
        console.log(JSON.stringify({ file, ...(await extractFromArticle(db, article)) }, null, 2));
        continue;
      }
      const result = await ingestArticle(db, article);
      console.error(
        `${progress}: ${result.created ? 'ingested' : 'already there'}; ${result.proposedEventIds.length} draft event(s), ` +
          `${result.matchedEventIds.length} matched, ${result.proposedActorIds.length} new actor(s), ${result.proposedStanceIds.length} stance(s) to review`,
      );
      for (const warning of result.warnings) console.error(`  warning: ${warning}`);
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
