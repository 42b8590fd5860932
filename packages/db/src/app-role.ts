// The role the application connects to an embedded PostgreSQL as: it can
// log in and read and write chronicle's rows, and nothing more (no
// superuser, no CREATE DATABASE, no roles, no DDL). Migrations run as the
// superuser; default privileges hand the app role each table they create.
import pg from 'pg';
import { quoteIdentifier } from './connection.ts';
import { JOB_QUEUE_SCHEMA } from './job-queue/queues.ts';

const RATE_LIMIT_SCHEMA = 'chronicle_rate_limits';

/** Creates the role, or sets its password, as the superuser of the server. */
export async function ensureAppRole(superuserUrl: string, role: string, password: string): Promise<void> {
  await withClient(superuserUrl, async (client) => {
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount! > 0;
    const literal = client.escapeLiteral(password);
    await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${quoteIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${literal}`);
  });
}

/** Grants the app role what chronicle needs in one database, now and for tables made later by the superuser. */
export async function grantAppRole(databaseUrl: string, role: string): Promise<void> {
  const r = quoteIdentifier(role);
  await withClient(databaseUrl, async (client) => {
    // The rate limiter's counters (apps/server) live in a schema of their
    // own; made here, because the app role may not create schemas.
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${RATE_LIMIT_SCHEMA}`);
    await client.query(
      `CREATE UNLOGGED TABLE IF NOT EXISTS ${RATE_LIMIT_SCHEMA}.counters (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );
    // The job queue's schema is filled by the migrations (as the superuser);
    // made here first so that the default privileges below cover its tables.
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${JOB_QUEUE_SCHEMA}`);
    for (const schema of ['public', RATE_LIMIT_SCHEMA, JOB_QUEUE_SCHEMA]) {
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${r}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${r}`);
      await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${r}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${r}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT EXECUTE ON FUNCTIONS TO ${r}`);
    }
  });
}

async function withClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
