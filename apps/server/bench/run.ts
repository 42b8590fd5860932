// npm run bench: a database of its own ("chronicle_bench", embedded unless
// DATABASE_URL is set), a large synthetic data set, then each benchmark.
// Figures go to BENCHMARKS.md. `--events 1m` (or 10m) sizes the synthetic
// data set; each size keeps a database of its own (chronicle_bench_1000000).
import { applyMigrations, createDatabaseIfMissing, startDatabase, withDatabase } from '@chronicle/db';
import { benchDatabaseName, ensureSyntheticData, parseEventCount, SYNTHETIC } from './synthetic-data.ts';
import { benchIngestion } from './ingestion.bench.ts';
import { benchWindowQuery } from './window-query.bench.ts';
import { benchLoad } from './load.bench.ts';
import { benchSubscriptions } from './subscriptions.bench.ts';
import { benchScale } from './scale.bench.ts';
import { benchQueueIngestion } from './queue-ingestion.bench.ts';
import { benchBrowser } from './browser.bench.ts';

const log = (line: string) => console.log(`bench: ${line}`);
const database = await startDatabase();
// `npm run bench -- [scenario] [--events 1m] [--seconds 20] [--rounds 3] [--connections 8,32] [--profile dir]`
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const events = flag('events') ? parseEventCount(flag('events')!) : SYNTHETIC.events;
const only = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const windowOptions = {
  seconds: Number(flag('seconds') ?? 20),
  rounds: Number(flag('rounds') ?? 3),
  connections: (flag('connections') ?? '8,32').split(',').map(Number),
  sizeLabel: events >= 1_000_000 ? `${events / 1_000_000}M` : `${events / 1_000}k`,
};
try {
  const benchName = benchDatabaseName(events);
  await createDatabaseIfMissing(database.adminUrl, benchName);
  const benchUrl = withDatabase(database.adminUrl, benchName);
  await applyMigrations(benchUrl);
  if (only === 'load') {
    // Not part of a plain `npm run bench`: two minutes of 100 connections is run on purpose.
    await createDatabaseIfMissing(database.adminUrl, 'chronicle_bench_load');
    const loadUrl = withDatabase(database.adminUrl, 'chronicle_bench_load');
    await applyMigrations(loadUrl);
    log('chronicle_bench_load migrated');
    await benchLoad(database.adminUrl, loadUrl, log);
  }
  if (only === 'subscriptions') {
    // Not part of a plain `npm run bench` either: it holds 1,000 sockets open.
    await createDatabaseIfMissing(database.adminUrl, 'chronicle_bench_live');
    const liveUrl = withDatabase(database.adminUrl, 'chronicle_bench_live');
    await applyMigrations(liveUrl);
    await benchSubscriptions(liveUrl, log);
  }
  // Only the window, scale and browser benchmarks read the synthetic events.
  if (!only || only === 'window' || only === 'scale' || only === 'browser') await ensureSyntheticData(benchUrl, log, events);
  if (!only || only === 'window') await benchWindowQuery(benchUrl, log, windowOptions);
  if (only === 'scale') await benchScale(benchUrl, log, windowOptions.sizeLabel);
  // Not part of a plain `npm run bench`: it needs Chromium and takes minutes.
  if (only === 'browser') await benchBrowser(benchUrl, log, windowOptions.sizeLabel, { profileDir: flag('profile') });
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
