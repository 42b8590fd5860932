// What the migration runner takes from @prisma/adapter-pg past its public API
// (see src/migrations/prisma-pg-internals.ts), on a real PostgreSQL. Each
// failure names the installed version.
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { poolConfigFromUrl } from '../src/connection.ts';
import { PRISMA_ADAPTER_PG_VERSION, readCharColumnsAsCharacter } from '../src/migrations/prisma-pg-internals.ts';
import { createEmptyTestDatabase } from '../src/testing/index.ts';

const upgrade = `@prisma/adapter-pg ${PRISMA_ADAPTER_PG_VERSION} changed what src/migrations/prisma-pg-internals.ts relies on`;
const CHAR_QUERY = { sql: `SELECT 'c'::"char" AS kind, 'text' AS name`, args: [], argTypes: [] };

let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
const adapters: SqlDriverAdapter[] = [];
const connect = async () => {
  const adapter = await new PrismaPg(poolConfigFromUrl(database.url)).connect();
  adapters.push(adapter);
  return adapter;
};
beforeAll(async () => {
  database = await createEmptyTestDatabase();
});
afterAll(async () => {
  await Promise.all(adapters.map((adapter) => adapter.dispose()));
  await database.drop();
});

it('still cannot read a "char" column by itself (else the relabelling can go)', async () => {
  await expect(
    (await connect()).queryRaw(CHAR_QUERY),
    `${upgrade}: it now reads "char" columns itself, so readCharColumnsAsCharacter is no longer needed`,
  ).rejects.toMatchObject({ name: 'DriverAdapterError', cause: { kind: 'UnsupportedNativeDataType' } });
});

it('reads rows through its own performIO, so relabelling there makes "char" a Character column', async () => {
  const adapter = await connect();
  expect(typeof (adapter as unknown as { performIO?: unknown }).performIO, upgrade).toBe('function');
  const result = await readCharColumnsAsCharacter(adapter).queryRaw(CHAR_QUERY);
  expect(result, upgrade).toMatchObject({ columnNames: ['kind', 'name'], columnTypes: [ColumnTypeEnum.Character, ColumnTypeEnum.Text], rows: [['c', 'text']] });
});

it('says which version to blame when performIO is gone', () => {
  const withoutPerformIO = { queryRaw: async () => ({}) } as unknown as SqlDriverAdapter;
  expect(() => readCharColumnsAsCharacter(withoutPerformIO)).toThrow(`@prisma/adapter-pg ${PRISMA_ADAPTER_PG_VERSION} has no performIO`);
});
