// Where chronicle's PostgreSQL comes from: DATABASE_URL when set, otherwise an
// embedded server whose data lives in a git-ignored folder of the repository.
import { readDatabaseEnv } from './env.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { withDatabase } from './connection.ts';
import { applyMigrations } from './migrations/migrate.ts';
import pg from 'pg';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'chronicle';

export async function startDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  const env = readDatabaseEnv();
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: false, stop: async () => {} };

  const server = await startEmbeddedPostgres({ dataDir: env.embeddedDataDir, port: env.embeddedPort, log });
  try {
    await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url, EMBEDDED_DATABASE), embedded: true, stop: server.stop };
}

/** Starts the database and applies pending migrations, so nothing reads an old schema. */
export async function startMigratedDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle & { applied: string[] }> {
  const database = await startDatabase(log);
  try {
    const applied = await applyMigrations(database.url, readDatabaseEnv().debugMigrations ? log : undefined);
    return { ...database, applied };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    // Two processes may race to create it; the loser sees duplicate_database.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}
