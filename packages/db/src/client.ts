import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from './generated/prisma/client.ts';

export interface PrismaClientOptions {
  /** Connections in this process's pool. */
  poolSize?: number;
  /** Called with every SQL statement Prisma sends (used by the N+1 test and debugging). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL's statement_timeout for this pool's sessions, in ms: a runaway
   * query is cancelled instead of holding a connection. None when left out
   * (migrations and seeding may run long).
   */
  statementTimeoutMs?: number;
  /**
   * How long a query waits for a connection (a free one from a full pool, or
   * a new one from the server), in ms, before it fails. Waits forever when
   * left out, which is what turns a database outage into hung requests.
   */
  acquireTimeoutMs?: number;
  /**
   * The pool answers short queries (an API's): its sessions start no parallel
   * workers and compile no query with JIT, whose start-up costs more than it
   * saves on a statement of milliseconds. Left out, the server's settings.
   */
  shortQueries?: boolean;
}

// The pool behind each client, for the metrics (pool use) without reaching
// into the adapter's private fields.
const pools = new WeakMap<object, pg.Pool>();
const queryLogs = new WeakMap<object, (sql: string) => void>();

const SHORT_QUERY_SETTINGS = '-c max_parallel_workers_per_gather=0 -c jit=off';

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}) {
  const session = options.shortQueries ? withSessionSettings(databaseUrl, SHORT_QUERY_SETTINGS) : { connectionString: databaseUrl };
  const pool = new pg.Pool({
    ...session,
    max: options.poolSize ?? 10,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.acquireTimeoutMs ? { connectionTimeoutMillis: options.acquireTimeoutMs } : {}),
  });
  // An idle connection closed by the server (a restart, shutdown, or an
  // administrator) is an 'error' on the pool; pg drops that connection and the
  // next query opens another. Unheard, the event would end the process.
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = options.onQuery
    ? withQueryLog(new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] }), options.onQuery)
    : new PrismaClient({ adapter });
  pools.set(client, pool);
  if (options.onQuery) queryLogs.set(client, options.onQuery);
  return client;
}

/**
 * Session settings added to those of the address. pg lets an address's own
 * `options=` replace the pool's, so the address's are moved out of it and
 * both are sent: a user's `-c search_path=…` and ours.
 */
function withSessionSettings(databaseUrl: string, settings: string): { connectionString: string; options: string } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return { connectionString: databaseUrl, options: settings };
  }
  const own = url.searchParams.get('options');
  url.searchParams.delete('options');
  return { connectionString: url.toString(), options: own ? `${own} ${settings}` : settings };
}

function withQueryLog(client: PrismaClient<'query'>, onQuery: (sql: string) => void) {
  client.$on('query', (event) => onQuery(event.query));
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

/**
 * Runs one read statement on the client's own pool, past Prisma's raw-query
 * path. For the hottest read only (the window page): Prisma maps every value of
 * every row through its type tables, which cost 6 % of the API's CPU under load
 * for a row of JSON that is parsed once anyway. Values come as pg gives them
 * (json parsed, bigint as text); the statement still reaches the query log.
 */
export async function readRows<Row>(db: Database, statement: Prisma.Sql): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRawUnsafe<Row[]>(statement.text, ...statement.values);
  queryLogs.get(db)?.(statement.text);
  // pg writes a Date in this process's time zone; these are calendar days at UTC midnight.
  const values = statement.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const name = preparedName(statement.text);
  return (await (name ? pool.query({ name, text: statement.text, values }) : pool.query(statement.text, values))).rows as Row[];
}

const preparedNames = new Map<string, string>();
/**
 * A page's statement depends on the fields its query shows, which a client
 * chooses: past this many texts, new ones run unprepared, so no client can
 * make every connection hold statements without end.
 */
const MAX_PREPARED = 200;

/**
 * A name per statement text, so each connection parses and analyses the
 * statement once and then only binds and executes it; after five calls
 * PostgreSQL may keep one plan for any values when that plan costs no more
 * than those made for each call's values. For the window page, reading its
 * text cost more than running it: pgbench on the 100k bench database, one
 * client, 6.9 ms a page unnamed, 2.6 ms prepared and planned per call, 1.9 ms
 * prepared with the kept plan. At 1M events the kept plan was checked with
 * EXPLAIN (ANALYZE) on narrow, wide, early and late windows: none slower than
 * 20 ms. The texts are a few shapes (which filters, relations and fields a
 * page has); past MAX_PREPARED, null: run it unnamed.
 */
function preparedName(text: string): string | null {
  let name = preparedNames.get(text);
  if (!name) {
    if (preparedNames.size >= MAX_PREPARED) return null;
    name = `chronicle_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    preparedNames.set(text, name);
  }
  return name;
}

/** Connections of a client's pool: open, idle, and queries waiting for one. */
export function poolStats(db: Database): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = pools.get(db);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 } : null;
}
