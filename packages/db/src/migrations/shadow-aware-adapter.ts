// The driver adapter the schema engine runs on. Three things differ from a plain
// PrismaPg:
// - Shadow databases clean up after themselves. PrismaPg's own
//   connectToShadowDb drops the shadow database while its pool still holds a
//   connection, so the DROP fails and the database is left behind. Here the
//   pool closes first, then the database is dropped.
// - The engine's catalog queries read PostgreSQL "char" columns, which the
//   adapter cannot map: prisma-pg-internals.ts labels them Character.
// - Migration scripts are cut into statements where statements end
//   (sql-script-statements.ts), not at every ";", so function bodies survive.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { poolConfigFromUrl, quoteIdentifier } from '../connection.ts';
import { readCharColumnsAsCharacter } from './prisma-pg-internals.ts';
import { sqlScriptStatements } from './sql-script-statements.ts';

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
      const adapter = withWholeStatements(readCharColumnsAsCharacter(await main.connect()));
      connected.push(adapter);
      return adapter;
    },
    async close() {
      await Promise.all(connected.splice(0).map((adapter) => adapter.dispose()));
    },
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `chronicle_shadow_${randomUUID().replaceAll('-', '')}`;
      await runAdminStatement(config, `CREATE DATABASE ${quoteIdentifier(name)}`);
      const adapter = withWholeStatements(readCharColumnsAsCharacter(await new PrismaPg({ ...config, database: name }).connect()));
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await runAdminStatement(config, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      };
      return adapter;
    },
  };
}
