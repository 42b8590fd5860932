// npm run db:seed: migrate, then load the 2019 Venezuelan crisis data set.
// Idempotent: run it twice, get the same rows.
import { createPrismaClient } from '../src/client.ts';
import { startMigratedDatabase } from '../src/database.ts';
import { loadSeed } from '../src/seed/load-seed.ts';
import { readSeedData } from '../src/seed/seed-files.ts';

const database = await startMigratedDatabase();
const db = createPrismaClient(database.url);
try {
  const summary = await loadSeed(db, await readSeedData());
  console.log(
    `seeded timeline "${summary.timeline}": ${summary.events} events, ${summary.actors} actors, ${summary.sources} sources, ${summary.stances} stances`,
  );
} finally {
  await db.$disconnect();
  await database.stop();
}
// Prisma's WebAssembly engine leaves a timer behind that would hold the
// process open for ten more seconds.
process.exit(process.exitCode ?? 0);
