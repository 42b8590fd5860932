// npm run db:migration:create -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
// takes the existing migrations to what prisma/schema.prisma now describes.
// Add by hand what Prisma cannot express (generated columns, CHECKs) and
// keep the drift test green.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startDatabase } from '../src/database.ts';
import { diffMigrationsToSchema } from '../src/migrations/migrate.ts';
import { migrationsDir, repoRoot } from '../src/paths.ts';

const name = process.argv
  .slice(2)
  .join(' ')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('usage: npm run db:migration:create -- <name>');
  process.exit(2);
}

const database = await startDatabase();
try {
  const sql = await diffMigrationsToSchema(database.adminUrl);
  if (!sql) {
    console.log('schema.prisma and the migrations agree: nothing to create.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'migration.sql'), `${sql}\n`);
    console.log(`wrote ${path.relative(repoRoot, folder)}/migration.sql`);
  }
} finally {
  await database.stop();
}
// Prisma's WebAssembly engine leaves a timer behind that would hold the
// process open for ten more seconds.
process.exit(process.exitCode ?? 0);
