// The driver adapter the schema engine runs on. Two things differ from a plain
// PrismaPg:
// - Shadow databases clean up after themselves. PrismaPg's own
//   connectToShadowDb drops the shadow database while its pool still holds a
//   connection, so the DROP fails and the database is left behind. Here the
//   pool closes first, then the database is dropped.
// - The engine's catalog queries read columns of PostgreSQL's one-byte "char"
//   type (pg_constraint.contype and friends). The adapter has no mapping for
//   it ("Column type 'char' could not be deserialized") while the engine
//   expects a Character column, so those columns are labelled as such.
// - Migration scripts are cut into statements where statements end
//   (sql-script-statements.ts), not at every ";", so function bodies survive.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { poolConfigFromUrl, quoteIdentifier } from '../connection.ts';
import { sqlScriptStatements } from './sql-script-statements.ts';

const CHAR_OID = 18;
const TEXT_OID = 25;

type PgField = { dataTypeID: number };
type PgAdapterInternals = SqlDriverAdapter & {
  performIO(query: SqlQuery): Promise<{ fields: PgField[]; rows: unknown[][] }>;
};

function readCharColumnsAsCharacter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as PgAdapterInternals;
  const performIO = internals.performIO.bind(adapter);
  const queryRaw = internals.queryRaw;
  internals.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    let charColumns: number[] = [];
    // Run the adapter's own queryRaw with a performIO that relabels "char"
    // columns as text (which it can map) and remembers where they were.
    const view = Object.create(adapter, {
      performIO: {
        value: async (q: SqlQuery) => {
          const result = await performIO(q);
          charColumns = [];
          result.fields.forEach((field, index) => {
            if (field.dataTypeID === CHAR_OID) {
              charColumns.push(index);
              field.dataTypeID = TEXT_OID;
            }
          });
          return result;
        },
      },
    }) as SqlDriverAdapter;
    const resultSet = await queryRaw.call(view, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return withWholeStatements(adapter);
}

/** Runs each statement of a script through the adapter's executeRaw, one by one as PrismaPg does, cut correctly. */
function withWholeStatements(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    for (const sql of sqlScriptStatements(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  };
  return adapter;
}

async function runAdminStatement(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ClosableAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Closes the pools of every adapter this factory connected (the engine does not). */
  close(): Promise<void>;
}

export function createShadowAwareAdapter(databaseUrl: string): ClosableAdapterFactory {
  const config = poolConfigFromUrl(databaseUrl);
  const main = new PrismaPg(config);
  const connected: SqlDriverAdapter[] = [];
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = readCharColumnsAsCharacter(await main.connect());
      connected.push(adapter);
      return adapter;
    },
    async close() {
      await Promise.all(connected.splice(0).map((adapter) => adapter.dispose()));
    },
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `chronicle_shadow_${randomUUID().replaceAll('-', '')}`;
      await runAdminStatement(config, `CREATE DATABASE ${quoteIdentifier(name)}`);
      const adapter = readCharColumnsAsCharacter(await new PrismaPg({ ...config, database: name }).connect());
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await runAdminStatement(config, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      };
      return adapter;
    },
  };
}
