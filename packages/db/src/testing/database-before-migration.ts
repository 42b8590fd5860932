// For tests of one migration's data moves: a fresh database built by every
// migration before it, rows written in the old shape, then the migration.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { migrationsDir } from '../paths.ts';
import { createEmptyTestDatabase } from './test-database.ts';

export interface DatabaseBeforeMigration {
  /** Connected to the database; the test writes its old-shape rows with it. */
  client: pg.Client;
  /** Runs the migration under test. */
  applyMigration(): Promise<void>;
  drop(): Promise<void>;
}

export async function databaseBeforeMigration(migration: string): Promise<DatabaseBeforeMigration> {
  const folders = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (!folders.includes(migration)) throw new Error(`there is no migration ${migration} in ${migrationsDir}`);
  const database = await createEmptyTestDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const run = async (folder: string) => client.query(await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'));
  for (const folder of folders.filter((f) => f < migration)) await run(folder);
  return {
    client,
    applyMigration: async () => void (await run(migration)),
    async drop() {
      await client.end();
      await database.drop();
    },
  };
}
