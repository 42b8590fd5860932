// One PostgreSQL server per test run: the machine's own when DATABASE_URL is
// set, otherwise a throwaway embedded one. On it, a template database is
// migrated once; each test file then gets a fresh copy of the template, which
// PostgreSQL makes in milliseconds.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { quoteIdentifier, withDatabase } from '../connection.ts';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { readDatabaseEnv } from '../env.ts';
import { applyMigrations } from '../migrations/migrate.ts';

export interface TestServer {
  /** Connection URL of the server's maintenance database. */
  serverUrl: string;
  /** Name of the migrated template database. */
  templateDatabase: string;
  stop(): Promise<void>;
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startTestServer(): Promise<TestServer> {
  const external = readDatabaseEnv().databaseUrl;
  let serverUrl: string;
  let stopServer = async () => {};
  if (external) {
    serverUrl = external;
  } else {
    // mkdtemp makes a 0700 folder; PostgreSQL runs as 'postgres' when we are
    // root, so it must be able to enter it.
    const parent = await mkdtemp(path.join(os.tmpdir(), 'chronicle-test-pg-'));
    await chmod(parent, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'data') });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    };
  }
  const templateDatabase = `chronicle_test_template_${randomUUID().slice(0, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${quoteIdentifier(templateDatabase)}`);
  await applyMigrations(withDatabase(serverUrl, templateDatabase));
  return {
    serverUrl,
    templateDatabase,
    async stop() {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(templateDatabase)} WITH (FORCE)`);
      await stopServer();
    },
  };
}
