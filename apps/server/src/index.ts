// npm start: the database (embedded unless DATABASE_URL is set), migrations,
// the sample data set when the database is empty, then the API and web app,
// and CHRONICLE_WORKERS ingestion and feed workers in the same process.
import { createPrismaClient, loadSeed, readSeedData, startMigratedDatabase, type DatabaseHandle } from '@chronicle/db';
import { startServer, type RunningServer } from './app.ts';
import { readServerEnv } from './env.ts';
import { createLogger } from './observability/logger.ts';

const env = readServerEnv();
const logger = createLogger({ level: env.logLevel });
let database: DatabaseHandle | undefined;
let server: RunningServer | undefined;

// Signals are handled from the first moment, so that a Ctrl-C during start-up
// still stops an embedded PostgreSQL that has already started.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, `${signal} received, finishing in-flight requests`);
  try {
    await server?.close();
    await database?.stop();
  } finally {
    // Log lines are written asynchronously: let the last ones out before exiting.
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    // The WebAssembly schema engine leaves a timer that would hold the process open.
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const started = await startMigratedDatabase();
database = started;
if (started.applied.length > 0) logger.info({ migrations: started.applied }, `applied migrations ${started.applied.join(', ')}`);

if (env.seedWhenEmpty && !stopping) {
  const db = createPrismaClient(database.url, { poolSize: 1 });
  try {
    if ((await db.timeline.count()) === 0) {
      const summary = await loadSeed(db, await readSeedData());
      logger.info({ events: summary.events, timeline: summary.timeline }, `loaded the sample data set (${summary.events} events on "${summary.timeline}")`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (!stopping) {
  server = await startServer({
    databaseUrl: database.url,
    port: env.port,
    host: env.host,
    production: env.production,
    embedFrameAncestors: env.embedFrameAncestors,
    rateLimits: env.rateLimits,
    trustProxy: env.trustProxy,
    logger,
    slowOperationMs: env.slowOperationMs,
    database: env.database,
    shutdown: env.shutdown,
    fetchPolicy: env.fetchPolicy,
    live: env.live,
    workers: env.workers,
  });
  const where = database.embedded ? 'embedded PostgreSQL' : 'PostgreSQL from DATABASE_URL';
  logger.info(
    { url: server.url },
    `ready at ${server.url}/  (GraphQL ${server.url}/graphql, playground ${server.url}/graphiql, metrics ${server.url}/metrics, data in ${where})`,
  );
}
