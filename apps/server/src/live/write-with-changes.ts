// The one way a write announces itself: the write runs in a transaction and
// records what it changed; the notices go out with that transaction (NOTIFY
// inside it, or a Redis publish once it has committed), so a write that rolls
// back announces nothing.
import { eventFacts, notifyChanges, stanceFacts, type Database } from '@chronicle/db';
import type { ChangeBus, Transaction } from './change-bus.ts';
import { encodeNotice, type ChangeKind, type ChangeNotice } from './change-notice.ts';

export interface ChangeLog {
  /** `wasPublic`: readers could see the event before this write. */
  event(id: string, change: ChangeKind, wasPublic: boolean, mergedFrom?: string): void;
  stance(id: string, change: ChangeKind, wasPublic: boolean): void;
}

interface Recorded {
  type: ChangeNotice['type'];
  id: string;
  change: ChangeKind;
  wasPublic: boolean;
  mergedFrom?: string;
}

// The bus each server registers for its client. Writes through a client with
// none (command-line scripts, tests of the domain alone) still NOTIFY, so
// instances listening on PostgreSQL hear of them.
const buses = new WeakMap<Database, ChangeBus>();

export function useChangeBus(db: Database, bus: ChangeBus): void {
  buses.set(db, bus);
}

const notifyOnly: Pick<ChangeBus, 'inTransaction' | 'afterCommit'> = {
  inTransaction: (tx, notices) => notifyChanges(tx, notices.map(encodeNotice)),
  afterCommit: async () => {},
};

export interface TransactionOptions {
  timeout?: number;
  maxWait?: number;
}

export async function writeWithChanges<T>(db: Database, write: (tx: Transaction, changes: ChangeLog) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const bus = buses.get(db) ?? notifyOnly;
  let notices: ChangeNotice[] = [];
  const result = await db.$transaction(async (tx) => {
    const recorded: Recorded[] = [];
    const value = await write(tx, {
      event: (id, change, wasPublic, mergedFrom) => recorded.push({ type: 'event', id, change, wasPublic, ...(mergedFrom ? { mergedFrom } : {}) }),
      stance: (id, change, wasPublic) => recorded.push({ type: 'stance', id, change, wasPublic }),
    });
    notices = await noticesOf(tx, recorded);
    await bus.inTransaction(tx, notices);
    return value;
  }, options);
  await bus.afterCommit(notices);
  return result;
}

/** One notice per row: its last change, whether readers saw it before the first. */
async function noticesOf(tx: Transaction, recorded: readonly Recorded[]): Promise<ChangeNotice[]> {
  const merged = new Map<string, Recorded>();
  for (const r of recorded) {
    const key = `${r.type}:${r.id}`;
    const earlier = merged.get(key);
    merged.set(key, earlier ? { ...r, wasPublic: earlier.wasPublic, mergedFrom: r.mergedFrom ?? earlier.mergedFrom } : r);
  }
  const rows = [...merged.values()];
  const [events, stances] = await Promise.all([
    eventFacts(
      tx,
      rows.filter((r) => r.type === 'event').map((r) => r.id),
    ),
    stanceFacts(
      tx,
      rows.filter((r) => r.type === 'stance').map((r) => r.id),
    ),
  ]);
  const facts = new Map<string, { published: boolean; scope: string[] }>([
    ...events.map((e) => [`event:${e.id}`, { published: e.published, scope: e.timelineIds }] as const),
    ...stances.map((s) => [`stance:${s.id}`, { published: s.published, scope: s.actorIds }] as const),
  ]);
  return rows.map(({ type, id, change, wasPublic, mergedFrom }) => {
    const now = facts.get(`${type}:${id}`);
    // A row that is gone is no one's to filter by: every subscriber may drop it.
    return {
      type,
      id,
      change: now ? change : 'DELETED',
      wasPublic,
      isPublic: now?.published ?? false,
      scope: now?.scope ?? null,
      ...(mergedFrom ? { mergedFrom } : {}),
    };
  });
}
