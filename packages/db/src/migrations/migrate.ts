import { readMigrationList, readSchemaFile } from './migration-files.ts';
import { withSchemaEngine } from './schema-engine.ts';
import { installJobQueue } from '../job-queue/install-job-queue.ts';

const NO_FILTER = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations from prisma/migrations, exactly as
 * `prisma migrate deploy` would, and returns the names it applied.
 * Safe to run from several processes at once: the engine holds PostgreSQL's
 * advisory lock while it applies. Then installs or upgrades the job queue's
 * schema (pg-boss, which takes its own advisory lock), with this same owner
 * connection, so the app role never needs DDL rights.
 */
export async function applyMigrations(databaseUrl: string, log?: (line: string) => void): Promise<string[]> {
  const migrationsList = await readMigrationList();
  const applied = await withSchemaEngine(
    databaseUrl,
    await readSchemaFile(),
    async (engine) => (await engine.applyMigrations({ migrationsList, filters: NO_FILTER })).appliedMigrationNames,
    log,
  );
  await installJobQueue(databaseUrl);
  return applied;
}

/**
 * The SQL that would take a database built by the migrations to what
 * schema.prisma describes. Empty when they agree. Uses a throwaway shadow
 * database on the same server to replay the migrations.
 */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  const schema = await readSchemaFile();
  const migrationsList = await readMigrationList();
  const result = await withSchemaEngine(databaseUrl, schema, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
  return (result.stdout ?? '').replace(/^-- This is an empty migration\.\s*$/m, '').trim();
}

/** What the migrations history says about this database (pending, diverged…). */
export async function migrationStatus(databaseUrl: string) {
  const migrationsList = await readMigrationList();
  return withSchemaEngine(databaseUrl, await readSchemaFile(), (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
  );
}
