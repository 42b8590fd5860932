// Locks that make concurrent writes queue instead of racing: row locks on the
// events and stances a review decision or an ingestion reads before it writes,
// and advisory locks on keys that have no row yet (an actor's slug). All are
// held until the transaction ends.
import type { Prisma } from '../generated/prisma/client.ts';
import type { ReviewStatus } from '../generated/prisma/enums.ts';

/** A client or a transaction: what the queries of this folder run on. */
export type Queryable = Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>;

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

/**
 * Waits for, then holds, a lock on each key until the transaction ends, in
 * the order given: writers of the same key go one at a time, and writers
 * that lock overlapping sets in one order queue rather than deadlock.
 */
export async function lockKeys(tx: Queryable, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  // A volatile function under ORDER BY runs after the sort, so the locks are taken in this order.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k.key, 0)) FROM unnest(${[...keys]}::text[]) WITH ORDINALITY AS k(key, i) ORDER BY k.i`;
}
