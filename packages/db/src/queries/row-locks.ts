// Locks that make concurrent writes queue instead of racing: row locks on the
// events and stances a review decision or an ingestion reads before it writes,
// and advisory locks on keys that have no row yet (an article's content hash,
// an actor's slug). All are held until the transaction ends.
import type { Prisma } from '../generated/prisma/client.ts';
import type { ReviewStatus } from '../generated/prisma/enums.ts';

type Queryable = Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>;

/** Locks the event's row and gives its review status; null when there is no such event. */
export async function lockEvent(tx: Queryable, id: string): Promise<ReviewStatus | null> {
  const rows = await tx.$queryRaw<{ status: ReviewStatus }[]>`SELECT status::text AS status FROM event WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

/** Locks these events' rows in id order (two writers locking overlapping sets queue rather than deadlock); gives each one's status. */
export async function lockEvents(tx: Queryable, ids: readonly string[]): Promise<{ id: string; status: ReviewStatus }[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<{ id: string; status: ReviewStatus }[]>`
    SELECT id::text, status::text FROM event WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** Locks the stance's row and gives its review status; null when there is no such stance. */
export async function lockStance(tx: Queryable, id: string): Promise<ReviewStatus | null> {
  const rows = await tx.$queryRaw<{ status: ReviewStatus }[]>`SELECT status::text AS status FROM stance WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

/** Waits for, then holds, a lock on `key` until the transaction ends: writers of the same key go one at a time. */
export async function lockKey(tx: Queryable, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
