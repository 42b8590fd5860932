// The application pool's two timeouts (issue 9, defect 8), each either side
// of its limit: statement_timeout cancels a runaway statement, and a query
// that cannot get a connection fails instead of waiting forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, poolStats, type Database } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

describe('pool timeouts', () => {
  let database: TestDatabase;
  const clients: Database[] = [];
  const client = (options: Parameters<typeof createPrismaClient>[1]) => {
    const db = createPrismaClient(database.url, options);
    clients.push(db);
    return db;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(clients.map((db) => db.$disconnect()));
    await database.drop();
  });

  it('statement_timeout: a statement under it finishes, one over it is cancelled', async () => {
    const db = client({ statementTimeoutMs: 400 });
    await expect(db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(0.1)`).resolves.toBeDefined();
    const started = Date.now();
    await expect(db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(3)`).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The connection is usable again.
    await expect(db.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
  });

  it('without the option no statement_timeout is set (migrations and seeding may run long)', async () => {
    const db = client({});
    expect(await db.$queryRaw`SHOW statement_timeout`).toEqual([{ statement_timeout: '0' }]);
  });

  it('acquire timeout: with the one connection busy, a query waits up to the limit, then fails', async () => {
    const db = client({ poolSize: 1, acquireTimeoutMs: 300 });
    await db.$queryRaw`SELECT 1`; // connected, so the next statement goes out at once
    // A Prisma query runs only once awaited or then-ed: start it now.
    const busy = Promise.resolve(db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(2)`);
    // Wait until the sleep holds the connection (Prisma compiles a new query shape first).
    for (let i = 0; i < 100 && poolStats(db)?.idle !== 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(poolStats(db)).toMatchObject({ total: 1, idle: 0 });
    const started = Date.now();
    await expect(db.$queryRaw`SELECT 1`).rejects.toThrow(/timeout/i);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1_200);
    await busy;
    // Freed, the connection serves the next query at once.
    await expect(db.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
  });
});
