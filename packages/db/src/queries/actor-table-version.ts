// A cheap fingerprint of the actor table: it changes whenever an actor is
// added, removed, renamed, merged or confirmed, so whatever is built from the
// whole table (the extractor's known-actor index) knows when to rebuild.
import type { Database } from '../client.ts';

export async function actorTableVersion(db: Database): Promise<string> {
  const [row] = await db.$queryRaw<{ n: bigint; latest: Date | null }[]>`SELECT count(*) AS n, max(updated_at) AS latest FROM actor`;
  return `${row?.n ?? 0}:${row?.latest?.toISOString() ?? ''}`;
}
