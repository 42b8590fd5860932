// isWriteConflict tells a deadlock from any other failure, whichever way the
// statement went: a model query (Prisma's P2034) or $queryRaw/$executeRaw
// (P2010 carrying the driver adapter's error). The second shape is Prisma's,
// not a documented API: an upgrade that changes it fails here, not as
// ingestions that stop retrying.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/client.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { isWriteConflict } from '../src/write-conflict.ts';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/** Two transactions that each touch one row, wait for the other, then touch the other's row: PostgreSQL aborts one. */
async function deadlock(db: Database, touch: (tx: Transaction, id: string) => Promise<unknown>, ids: [string, string]): Promise<unknown> {
  let arrived = 0;
  let release!: () => void;
  const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
  const run = (first: string, second: string) =>
    db.$transaction(async (tx) => {
      await touch(tx, first);
      arrived += 1;
      if (arrived === 2) release();
      await bothHoldOne;
      await touch(tx, second);
    });
  const outcomes = await Promise.allSettled([run(ids[0], ids[1]), run(ids[1], ids[0])]);
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
  expect(failures).toHaveLength(1);
  return failures[0];
}

describe('isWriteConflict', () => {
  let t: TestDatabase;
  let ids: [string, string];
  beforeAll(async () => {
    t = await createTestDatabase();
    const a = await t.db.actor.create({ data: { slug: 'conflict-a', name: 'A', kind: 'PERSON' } });
    const b = await t.db.actor.create({ data: { slug: 'conflict-b', name: 'B', kind: 'PERSON' } });
    ids = [a.id, b.id];
  });
  afterAll(() => t.drop());

  it('knows a deadlock in a model query', async () => {
    const error = await deadlock(t.db, (tx, id) => tx.actor.update({ where: { id }, data: { description: 'model' } }), ids);
    expect(error).toMatchObject({ code: 'P2034' });
    expect(isWriteConflict(error)).toBe(true);
  });

  it('knows a deadlock in a raw statement', async () => {
    const error = await deadlock(t.db, (tx, id) => tx.$executeRaw`UPDATE actor SET description = 'raw' WHERE id = ${id}::uuid`, ids);
    expect(error, 'Prisma now reports a raw deadlock otherwise: see src/write-conflict.ts').toMatchObject({ code: 'P2010' });
    expect(isWriteConflict(error)).toBe(true);
  });

  it('leaves other failures alone', async () => {
    const duplicate = await t.db
      .$executeRaw`INSERT INTO actor (id, slug, name, kind, updated_at) VALUES (gen_random_uuid(), 'conflict-a', 'A', 'PERSON', now())`.catch(
      (e: unknown) => e,
    );
    expect(duplicate).toMatchObject({ code: 'P2010' });
    expect(isWriteConflict(duplicate)).toBe(false);
    expect(isWriteConflict(new Error('deadlock detected'))).toBe(false);
  });
});
