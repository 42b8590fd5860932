// The only place in @chronicle/db that reads process.env.
import path from 'node:path';
import { repoRoot } from './paths.ts';

function optionalPort(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port (1-65535), got "${raw}"`);
  }
  return port;
}

export interface DatabaseEnv {
  /** An external PostgreSQL; when unset, an embedded one is started. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  embeddedDataDir: string;
  /** Port for the embedded PostgreSQL; a free one is picked when unset. */
  embeddedPort: number | undefined;
  /** Print the schema engine's log lines. */
  debugMigrations: boolean;
}

export function readDatabaseEnv(): DatabaseEnv {
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    databaseUrl,
    embeddedDataDir: path.resolve(repoRoot, process.env.CHRONICLE_DATA_DIR || '.data/postgres'),
    embeddedPort: optionalPort('CHRONICLE_PG_PORT'),
    debugMigrations: Boolean(process.env.CHRONICLE_DEBUG_MIGRATIONS),
  };
}
