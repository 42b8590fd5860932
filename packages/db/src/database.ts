// Where chronicle's PostgreSQL comes from: DATABASE_URL when set, otherwise an
// embedded server whose data lives in a git-ignored folder of the repository.
import { readDatabaseEnv } from './env.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { withDatabase } from './connection.ts';
import { applyMigrations } from './migrations/migrate.ts';
import { grantAppRole } from './app-role.ts';
import pg from 'pg';

export interface DatabaseHandle {
  /** What the application connects with: the embedded server's app role (not a superuser), or DATABASE_URL. */
  url: string;
  /** For migrations and creating databases: the embedded server's superuser, or DATABASE_URL. */
  adminUrl: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'chronicle';

export async function startDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  const env = readDatabaseEnv();
  if (env.databaseUrl) return { url: env.databaseUrl, adminUrl: env.databaseUrl, embedded: false, stop: async () => {} };
  return startEmbeddedDatabase({ dataDir: env.embeddedDataDir, port: env.embeddedPort, log });
}

/** The embedded server, its 'chronicle' database, and the app role's rights in it. */
export async function startEmbeddedDatabase(options: { dataDir: string; port?: number | undefined; log?: (line: string) => void }): Promise<DatabaseHandle> {
  const server = await startEmbeddedPostgres(options);
  const adminUrl = withDatabase(server.url, EMBEDDED_DATABASE);
  try {
    await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
    if (server.appRole) await grantAppRole(adminUrl, server.appRole);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.appUrl, EMBEDDED_DATABASE), adminUrl, embedded: true, stop: server.stop };
}

/** Starts the database and applies pending migrations, so nothing reads an old schema. */
export async function startMigratedDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle & { applied: string[] }> {
  const database = await startDatabase(log);
  try {
    const applied = await applyMigrations(database.adminUrl, readDatabaseEnv().debugMigrations ? log : undefined);
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
