// What live subscribers are told about a write, sent with PostgreSQL's
// NOTIFY. NOTIFY is transactional: sent inside the write's transaction, it is
// delivered on commit and dropped on rollback, so a write that fails
// announces nothing.
import type { Prisma } from '../generated/prisma/client.ts';

/** The one channel every instance on this database listens on. */
export const CHANGE_CHANNEL = 'chronicle_changes';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_NOTICE_BYTES = 7_999;

type Queryable = Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>;

/** Sends each payload on CHANGE_CHANNEL, delivered when the transaction `tx` commits. */
export async function notifyChanges(tx: Queryable, payloads: readonly string[]): Promise<void> {
  if (payloads.length === 0) return;
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, payload) FROM unnest(${payloads as string[]}::text[]) AS payload`;
}

export interface EventFacts {
  id: string;
  /** Whether readers may see it now (false once deleted). */
  published: boolean;
  timelineIds: string[];
}

/** Status and timelines of events as this transaction sees them; a deleted event is missing. */
export async function eventFacts(tx: Queryable, ids: readonly string[]): Promise<EventFacts[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<EventFacts[]>`
    SELECT e.id::text AS id, e.status = 'PUBLISHED' AS published,
           coalesce(array_agg(te.timeline_id::text) FILTER (WHERE te.timeline_id IS NOT NULL), '{}') AS "timelineIds"
    FROM event e LEFT JOIN timeline_event te ON te.event_id = e.id
    WHERE e.id = ANY(${ids as string[]}::uuid[])
    GROUP BY e.id`;
}

export interface StanceFacts {
  id: string;
  published: boolean;
  actorIds: string[];
}

/** Status, holder and target of stances as this transaction sees them; a deleted stance is missing. */
export async function stanceFacts(tx: Queryable, ids: readonly string[]): Promise<StanceFacts[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<StanceFacts[]>`
    SELECT s.id::text AS id, s.status = 'PUBLISHED' AS published, ARRAY[s.actor_id::text, s.target_id::text] AS "actorIds"
    FROM stance s WHERE s.id = ANY(${ids as string[]}::uuid[])`;
}
