// Reads prisma/migrations in Prisma's own folder format
// (<timestamp>_<name>/migration.sql plus migration_lock.toml).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { migrationsDir, schemaPath } from '../paths.ts';
import type { SchemaFile } from './schema-engine.ts';

const LOCKFILE = 'migration_lock.toml';

export async function readMigrationList(baseDir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => {
      const file = path.join(baseDir, folder, 'migration.sql');
      const content = await readFile(file, 'utf8').then(
        (text) => ({ tag: 'ok' as const, value: text }),
        (error: Error) => ({ tag: 'error' as const, value: error.message }),
      );
      return { path: folder, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), 'utf8').catch(() => null);
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export async function readSchemaFile(file = schemaPath): Promise<SchemaFile> {
  return { path: file, content: await readFile(file, 'utf8') };
}
