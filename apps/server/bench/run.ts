// npm run bench: a database of its own ("chronicle_bench", embedded unless
// DATABASE_URL is set), a large synthetic data set, then each benchmark.
// Figures go to BENCHMARKS.md.
import { applyMigrations, createDatabaseIfMissing, startDatabase, withDatabase } from '@chronicle/db';
import { ensureSyntheticData } from './synthetic-data.ts';
import { benchIngestion } from './ingestion.bench.ts';
import { benchWindowQuery } from './window-query.bench.ts';
import { benchLoad } from './load.bench.ts';
import { benchQueueIngestion } from './queue-ingestion.bench.ts';

const log = (line: string) => console.log(`bench: ${line}`);
const database = await startDatabase();
try {
  await createDatabaseIfMissing(database.adminUrl, 'chronicle_bench');
  const benchUrl = withDatabase(database.adminUrl, 'chronicle_bench');
  await applyMigrations(benchUrl);
  const only = process.argv[2];
  if (only === 'load') {
    // Not part of a plain `npm run bench`: two minutes of 100 connections is run on purpose.
    await createDatabaseIfMissing(database.adminUrl, 'chronicle_bench_load');
    const loadUrl = withDatabase(database.adminUrl, 'chronicle_bench_load');
    await applyMigrations(loadUrl);
    log('chronicle_bench_load migrated');
    await benchLoad(database.adminUrl, loadUrl, log);
  }
  // Only the window benchmark reads the 100,000 synthetic events.
  if (!only || only === 'window') await ensureSyntheticData(benchUrl, log);
  if (!only || only === 'window') await benchWindowQuery(benchUrl, log);
  if (!only || only === 'ingestion') {
    // Ingestion writes; it gets a database of its own so the window data stays as it is.
    await createDatabaseIfMissing(database.adminUrl, 'chronicle_bench_ingest');
    const ingestUrl = withDatabase(database.adminUrl, 'chronicle_bench_ingest');
    await applyMigrations(ingestUrl);
    await benchIngestion(ingestUrl, log);
    await benchQueueIngestion(ingestUrl, log);
  }
} finally {
  await database.stop();
}
// Prisma's WebAssembly engine leaves a timer that would hold the process open.
process.exit(0);
