// npm run worker: ingestion and feed workers alone, without the API. Run it on
// as many machines as the load needs, each with DATABASE_URL pointing at the
// same PostgreSQL: pg-boss hands each job to one worker (SKIP LOCKED), and a
// job whose worker dies is retried once its heartbeat stops.
import { createPrismaClient, startMigratedDatabase } from '@chronicle/db';
import { readServerEnv } from '../src/env.ts';
import { extractorFor } from '../src/ingest/extractor-cache.ts';
import { startWorkers, type RunningWorkers } from '../src/jobs/run-workers.ts';
import { createLogger } from '../src/observability/logger.ts';

const env = readServerEnv();
const logger = createLogger({ level: env.logLevel });
const concurrency = Math.max(1, env.workers.concurrency);
const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { ...env.database, poolSize: Math.max(2, concurrency + 1) });
let workers: RunningWorkers | undefined;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, `${signal} received, letting jobs in hand finish`);
  try {
    await workers?.stop(env.shutdown.graceMs);
    await db.$disconnect();
    await database.stop();
  } finally {
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// Compiled before the first job, not by it: a worker that says it is ready works at full speed.
await extractorFor(db);
workers = await startWorkers({ databaseUrl: database.url, db, fetchPolicy: env.fetchPolicy, logger, concurrency, feedCron: env.workers.feedCron });
logger.info({ concurrency }, `worker ready: ${concurrency} job(s) at a time`);
