// A fresh, migrated database of its own for a test file.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createPrismaClient, type Database, type PrismaClientOptions } from '../client.ts';
import { quoteIdentifier, withDatabase } from '../connection.ts';
import { adminQuery } from './test-server.ts';
import './provided-context.ts';

export interface TestDatabase {
  url: string;
  name: string;
  db: Database;
  drop(): Promise<void>;
}

/** An empty database, not even migrated (for migration tests). */
export async function createEmptyTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('testDatabaseServerUrl');
  const name = `chronicle_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  };
}

export async function createTestDatabase(options: PrismaClientOptions = {}): Promise<TestDatabase> {
  const serverUrl = inject('testDatabaseServerUrl');
  const template = inject('testTemplateDatabase');
  const name = `chronicle_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`);
  const url = withDatabase(serverUrl, name);
  const db = createPrismaClient(url, { poolSize: 4, ...options });
  return {
    url,
    name,
    db,
    async drop() {
      await db.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    },
  };
}
