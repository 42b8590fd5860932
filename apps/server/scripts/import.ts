// npm run import -- FILE --timeline SLUG [--title T] [--format TIMELINEJS_JSON|TIMELINEJS_CSV]
// Makes a new timeline of draft events from a TimelineJS JSON file or a CSV in
// the TimelineJS Google Sheets layout (the same code as the importTimeline
// mutation). Skipped rows are listed with their line; exit status 1 when any was.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, startMigratedDatabase } from '@chronicle/db';
import { readServerEnv } from '../src/env.ts';
import { importTimeline, type TimelineFileFormat } from '../src/import/import-timeline.ts';

const usage = 'usage: npm run import -- FILE --timeline SLUG [--title T] [--format TIMELINEJS_JSON|TIMELINEJS_CSV]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { timeline: { type: 'string' }, title: { type: 'string' }, format: { type: 'string' } },
});
const formats: TimelineFileFormat[] = ['TIMELINEJS_JSON', 'TIMELINEJS_CSV'];
const format = values.format ? formats.find((f) => f === values.format?.toUpperCase()) : undefined;
const [file] = positionals;
if (positionals.length !== 1 || !file || !values.timeline || (values.format && !format)) {
  console.error(usage);
  process.exit(2);
}

const content = await readFile(path.resolve(readServerEnv().invokedFrom, file), 'utf8');
const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { poolSize: 2 });
let status = 0;
try {
  const result = await importTimeline(db, { slug: values.timeline, title: values.title, format, content });
  console.error(`${file}: ${result.events.length} draft event(s) imported into "${values.timeline}"; publish them to show readers.`);
  for (const warning of result.warnings) console.error(`  warning: ${warning.message}`);
  for (const skipped of result.skipped) console.error(`  skipped: ${skipped.message}`);
  if (result.skipped.length > 0) status = 1;
} catch (error) {
  status = 1;
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(status);
