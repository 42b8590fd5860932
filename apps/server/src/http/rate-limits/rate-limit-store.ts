// Where the rate limiters keep their counters, so that several instances
// behind one load balancer count together: PostgreSQL (the database chronicle
// already has) by default, Redis when REDIS_URL is set.
import { Redis } from 'ioredis';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimitRule {
  points: number;
  /** Window in seconds. */
  seconds: number;
}

export interface RateLimitStoreOptions {
  databaseUrl: string;
  redisUrl?: string | undefined;
  /** Separates deployments (or test files) sharing one Redis. */
  keyPrefix?: string;
}

export interface RateLimitStore {
  limiter(name: string, rule: LimitRule): RateLimiterAbstract;
  close(): Promise<void>;
}

// Its own schema, not the application's: Prisma's drift check (`migrate dev`)
// looks only at the application's schema, and these rows are not data.
// UNLOGGED: counters need not survive a crash, and skip the WAL.
const SCHEMA = 'chronicle_rate_limits';
const TABLE = 'counters';

export async function openRateLimitStore(options: RateLimitStoreOptions): Promise<RateLimitStore> {
  const prefix = options.keyPrefix ?? 'chronicle';
  if (options.redisUrl) {
    // No offline queue: with Redis down a request must not wait for it; the
    // limiter falls back to counting in memory (insurance) instead.
    const redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    await redis.connect();
    return {
      limiter: (name, rule) => new RateLimiterRedis({ ...common(prefix, name, rule), storeClient: redis }),
      close: async () => void (await redis.quit()),
    };
  }
  // A small pool of its own: counting must not queue behind slow GraphQL
  // queries for the application's connections, nor hold them.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 3, connectionTimeoutMillis: 2_000, statement_timeout: 2_000 });
  pool.on('error', () => {}); // an idle connection dropped by the server; the next query reconnects
  // On the embedded server the app's role may not create schemas: there
  // @chronicle/db makes the table (app-role.ts), and it is only checked here.
  const { rows } = await pool.query<{ found: string | null }>(`SELECT to_regclass('${SCHEMA}.${TABLE}')::text AS found`);
  if (!rows[0]?.found) {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`).catch(ignoreConcurrentCreate);
    await pool
      .query(`CREATE UNLOGGED TABLE IF NOT EXISTS ${SCHEMA}.${TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`)
      .catch(ignoreConcurrentCreate);
  }
  return {
    limiter: (name, rule) =>
      new RateLimiterPostgres({
        ...common(prefix, name, rule),
        storeClient: pool,
        storeType: 'pool',
        schemaName: SCHEMA,
        tableName: TABLE,
        tableCreated: true,
      }),
    close: () => pool.end(),
  };
}

function common(prefix: string, name: string, rule: LimitRule) {
  return {
    keyPrefix: `${prefix}:${name}`,
    points: rule.points,
    duration: rule.seconds,
    // A client over its limit is refused from memory until its window ends:
    // a flood costs the store nothing.
    inMemoryBlockOnConsumed: rule.points + 1,
    // The store unreachable: count in this process rather than refuse everyone or no one.
    insuranceLimiter: new RateLimiterMemory({ points: rule.points, duration: rule.seconds }),
  };
}

/** Two instances starting at once race on CREATE … IF NOT EXISTS; the loser's unique violation means it exists. */
function ignoreConcurrentCreate(error: unknown): void {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code !== '23505' && code !== '42P06') throw error;
}
