// The only place in the server that reads process.env (the database's own
// variables, DATABASE_URL and CHRONICLE_*, are read by @chronicle/db).
function port(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`PORT must be 0-65535, got "${raw}"`);
  return value;
}

import { LIMITS } from './graphql/limits.ts';
import { DEFAULT_EMBED_ANCESTORS, parseFrameAncestors } from './http/frame-ancestors.ts';
import type { LimitRule, RateLimitOptions } from './http/rate-limits/rate-limits.ts';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './ingest/url/safe-fetch.ts';

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, got "${raw}"`);
  return value;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
function logLevel(raw: string | undefined): (typeof LOG_LEVELS)[number] {
  if (!raw) return 'info';
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new Error(`CHRONICLE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** "120/60": 120 per 60 seconds; "off": no limit. */
function limitRule(name: string, fallback: string): LimitRule | null {
  const raw = (process.env[name] || fallback).trim();
  if (raw === 'off') return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new Error(`${name} must be "<requests>/<seconds>" (e.g. "120/60") or "off", got "${raw}"`);
  return { points: Number(match[1]), seconds: Number(match[2]) };
}

/** express's "trust proxy": "true", a hop count, or addresses/subnets ("loopback, 10.0.0.0/8"). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export interface ServerEnv {
  port: number;
  host: string;
  production: boolean;
  /** Load the sample data set when the database has no timeline yet. */
  seedWhenEmpty: boolean;
  /** Where the person ran the command: npm runs workspace scripts elsewhere, so file arguments resolve against this. */
  invokedFrom: string;
  /** CSP frame-ancestors of the /embed pages: who may put a timeline in an iframe. */
  embedFrameAncestors: string;
  rateLimits: RateLimitOptions;
  trustProxy: boolean | number | string;
  logLevel: (typeof LOG_LEVELS)[number];
  slowOperationMs: number;
  database: { poolSize: number; statementTimeoutMs: number; acquireTimeoutMs: number };
  shutdown: { lingerMs: number; graceMs: number };
  /** What ingestion by URL may fetch. */
  fetchPolicy: FetchPolicy;
  /** Live subscriptions: the bus between instances, and the WebSocket connections one client may hold. */
  live: { redisUrl: string | undefined; maxConnectionsPerClient: number };
  /** Job workers: how many jobs a process runs at once (0: npm start runs none), and when feeds are polled. */
  workers: { concurrency: number; feedCron: string };
}

/** CHRONICLE_WORKERS: a whole number, 0 or more. */
function workerCount(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 64) throw new Error(`CHRONICLE_WORKERS must be a whole number from 0 to 64, got "${raw}"`);
  return value;
}

// Five cron fields (every ten minutes: "*/10 * * * *"), or "off".
function cronSetting(raw: string | undefined, fallback: string): string {
  const value = raw?.trim() || fallback;
  if (value !== 'off' && value.split(/\s+/).length !== 5)
    throw new Error(`CHRONICLE_FEED_POLL_CRON must be a cron expression of five fields (e.g. "*/10 * * * *") or "off", got "${value}"`);
  return value;
}

export function readServerEnv(): ServerEnv {
  return {
    port: port(process.env.PORT, 4000),
    host: process.env.HOST || '127.0.0.1',
    production: process.env.NODE_ENV === 'production',
    seedWhenEmpty: process.env.CHRONICLE_SEED !== 'never',
    invokedFrom: process.env.INIT_CWD || process.cwd(),
    embedFrameAncestors: parseFrameAncestors(process.env.CHRONICLE_EMBED_ANCESTORS ?? DEFAULT_EMBED_ANCESTORS),
    rateLimits: {
      // A page load is a handful of requests; a reader browsing fast stays well under these.
      requests: limitRule('CHRONICLE_RATE_LIMIT_REQUESTS', '1200/60'),
      mutations: limitRule('CHRONICLE_RATE_LIMIT_MUTATIONS', '120/60'),
      failedAuth: limitRule('CHRONICLE_RATE_LIMIT_FAILED_AUTH', '20/900'),
      redisUrl: process.env.REDIS_URL?.trim() || undefined,
    },
    trustProxy: trustProxy(process.env.CHRONICLE_TRUST_PROXY?.trim()),
    logLevel: logLevel(process.env.CHRONICLE_LOG_LEVEL?.trim()),
    slowOperationMs: positiveInteger('CHRONICLE_SLOW_OPERATION_MS', 1000),
    database: {
      poolSize: positiveInteger('CHRONICLE_DB_POOL_SIZE', 10),
      // Longer than any query chronicle means to run (the largest timeline page
      // takes well under a second), short enough that a runaway one frees its connection.
      statementTimeoutMs: positiveInteger('CHRONICLE_DB_STATEMENT_TIMEOUT_MS', 15_000),
      acquireTimeoutMs: positiveInteger('CHRONICLE_DB_ACQUIRE_TIMEOUT_MS', 5_000),
    },
    shutdown: {
      lingerMs: positiveInteger('CHRONICLE_SHUTDOWN_LINGER_MS', 500),
      graceMs: positiveInteger('CHRONICLE_SHUTDOWN_GRACE_MS', 10_000),
    },
    fetchPolicy: {
      ...DEFAULT_FETCH_POLICY,
      // Host names (or *.domain) fetched even when they resolve to private addresses: intranets, tests.
      allowHosts: (process.env.CHRONICLE_FETCH_ALLOW_HOSTS ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    },
    live: {
      redisUrl: process.env.REDIS_URL?.trim() || undefined,
      maxConnectionsPerClient: positiveInteger('CHRONICLE_WS_CONNECTIONS_PER_CLIENT', LIMITS.maxConnectionsPerClient),
    },
    workers: {
      // Two jobs at once per process: ingestion is CPU-bound extraction, and this leaves the API a core.
      concurrency: workerCount(process.env.CHRONICLE_WORKERS, 2),
      feedCron: cronSetting(process.env.CHRONICLE_FEED_POLL_CRON, '*/10 * * * *'),
    },
  };
}
