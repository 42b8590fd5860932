// npm run db:migrate: start the database (embedded unless DATABASE_URL is set)
// and apply pending migrations.
import { startMigratedDatabase } from '../src/database.ts';

const database = await startMigratedDatabase();
try {
  console.log(database.applied.length ? `applied: ${database.applied.join(', ')}` : 'no pending migrations');
} finally {
  await database.stop();
}
// Prisma's WebAssembly engine leaves a timer behind that would hold the
// process open for ten more seconds.
process.exit(process.exitCode ?? 0);
