// npm run db:seed:check: reads prisma/seed/*.json as the loader does, with no
// database, and lists every problem (exit 1) or says what the set holds.
import { readSeedData } from '../src/seed/seed-files.ts';

try {
  const data = await readSeedData();
  console.log(
    `seed data fits its schema: ${data.actors.length} actors, ${data.sources.length} sources, ${data.events.length} events, ${data.stances.length} stances`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
