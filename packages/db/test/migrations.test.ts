import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema, migrationStatus } from '../src/migrations/migrate.ts';
import { migrationsDir } from '../src/paths.ts';
import { createEmptyTestDatabase } from '../src/testing/index.ts';

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  beforeAll(async () => {
    database = await createEmptyTestDatabase();
  });
  afterAll(() => database.drop());

  it('apply from an empty database, recorded as prisma migrate deploy records them', async () => {
    const applied = await applyMigrations(database.url);
    expect(applied).toEqual(await migrationFolders());

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
        'SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(applied);
      expect(rows.every((r) => r.finished && !r.rolled_back)).toBe(true);
    } finally {
      await client.end();
    }
  });

  it('are idempotent: a second run applies nothing and the history is clean', async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
    const status = await migrationStatus(database.url);
    expect(status.failedMigrationNames).toEqual([]);
    expect(status.editedMigrationNames).toEqual([]);
    expect(status.history).toBeNull();
  });

  it('produce exactly what schema.prisma describes (no drift)', async () => {
    expect(await diffMigrationsToSchema(database.url)).toBe('');
  });
});

// Several server instances may start together against one DATABASE_URL.
describe('migrations from several processes at once', () => {
  let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  beforeAll(async () => {
    database = await createEmptyTestDatabase();
  });
  afterAll(() => database.drop());

  it('apply each migration exactly once, and every caller finds the schema complete', async () => {
    const results = await Promise.all([applyMigrations(database.url), applyMigrations(database.url), applyMigrations(database.url)]);
    // Whoever got the lock first applied everything; the others found nothing pending.
    expect(results.flat().sort()).toEqual(await migrationFolders());

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; count: string }>(
        'SELECT migration_name, count(*) AS count FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name',
      );
      expect(rows.map((r) => [r.migration_name, Number(r.count)])).toEqual((await migrationFolders()).map((name) => [name, 1]));
    } finally {
      await client.end();
    }
    expect(await diffMigrationsToSchema(database.url)).toBe('');
  });
});
