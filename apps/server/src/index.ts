// npm start: the database (embedded unless DATABASE_URL is set), migrations,
// the sample data set when the database is empty, then the API and web app.
import { createPrismaClient, loadSeed, readSeedData, startMigratedDatabase, type DatabaseHandle } from '@chronicle/db';
import { startServer, type RunningServer } from './app.ts';
import { readServerEnv } from './env.ts';

const env = readServerEnv();
let database: DatabaseHandle | undefined;
let server: RunningServer | undefined;

// Signals are handled from the first moment, so that a Ctrl-C during start-up
// still stops an embedded PostgreSQL that has already started.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`chronicle: ${signal} received, finishing in-flight requests`);
  try {
    await server?.close();
    await database?.stop();
  } finally {
    // The WebAssembly schema engine leaves a timer that would hold the process open.
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const started = await startMigratedDatabase();
database = started;
if (started.applied.length > 0) console.log(`chronicle: applied migrations ${started.applied.join(', ')}`);

if (env.seedWhenEmpty && !stopping) {
  const db = createPrismaClient(database.url, { poolSize: 1 });
  try {
    if ((await db.timeline.count()) === 0) {
      const summary = await loadSeed(db, await readSeedData());
      console.log(`chronicle: loaded the sample data set (${summary.events} events on "${summary.timeline}")`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (!stopping) {
  server = await startServer({ databaseUrl: database.url, port: env.port, host: env.host, production: env.production, embedFrameAncestors: env.embedFrameAncestors,
    rateLimits: env.rateLimits, trustProxy: env.trustProxy,
  });
  const where = database.embedded ? 'embedded PostgreSQL' : 'PostgreSQL from DATABASE_URL';
  console.log(`chronicle: ready at ${server.url}/  (GraphQL ${server.url}/graphql, playground ${server.url}/graphiql, data in ${where})`);
}
