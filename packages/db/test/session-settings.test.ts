// The API's pool starts its sessions with no parallel workers and no JIT
// (shortQueries), also when the address carries session settings of its own,
// which pg would otherwise let replace ours; the address's settings stay too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Database } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

describe('session settings of the API pool', () => {
  let database: TestDatabase;
  const clients: Database[] = [];
  const settingsOf = async (url: string, shortQueries: boolean) => {
    const db = createPrismaClient(url, { shortQueries });
    clients.push(db);
    const [row] = await db.$queryRaw<{ jit: string; workers: string; timezone: string }[]>`
      SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers, current_setting('TimeZone') AS timezone`;
    return row;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(clients.map((db) => db.$disconnect()));
    await database.drop();
  });

  it('shortQueries: no parallel workers, no JIT', async () => {
    expect(await settingsOf(database.url, true)).toMatchObject({ jit: 'off', workers: '0' });
  });

  it("shortQueries with the address's own options: both apply", async () => {
    const url = new URL(database.url);
    url.searchParams.set('options', '-c TimeZone=Asia/Tokyo');
    expect(await settingsOf(url.toString(), true)).toEqual({ jit: 'off', workers: '0', timezone: 'Asia/Tokyo' });
  });

  it("without shortQueries the address's options alone apply", async () => {
    const url = new URL(database.url);
    url.searchParams.set('options', '-c TimeZone=Asia/Tokyo');
    const row = await settingsOf(url.toString(), false);
    expect(row?.timezone).toBe('Asia/Tokyo');
    expect(row?.workers).not.toBe('0');
  });
});
