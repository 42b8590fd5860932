// The HTTP server: the web app, /graphql, /healthz and /readyz on one port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import { createPrismaClient, poolStats, type Database, type PrismaClientOptions } from '@chronicle/db';
import express from 'express';
import { createContext } from './graphql/context.ts';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './ingest/url/safe-fetch.ts';
import { openJobQueue, type JobQueue } from './jobs/job-queue.ts';
import { startWorkers, type RunningWorkers, type WorkerSettings } from './jobs/run-workers.ts';
import { LIMITS } from './graphql/limits.ts';
import { buildApolloServer, buildArmor, buildSchema } from './graphql/server.ts';
import { createPgChangeBus } from './live/pg-change-bus.ts';
import { createRedisChangeBus } from './live/redis-change-bus.ts';
import { useChangeBus } from './live/write-with-changes.ts';
import { startSubscriptionServer } from './http/subscriptions/ws-server.ts';
import { exportRoutes } from './http/exports/routes.ts';
import { DEFAULT_EMBED_ANCESTORS } from './http/frame-ancestors.ts';
import { DEFAULT_SHUTDOWN, gracefulClose, type ShutdownOptions } from './http/graceful-close.ts';
import { healthz, readyz } from './http/health.ts';
import { oembed } from './http/oembed.ts';
import { timelinePageHead } from './http/page-head.ts';
import { documentLimits } from './http/document-limits.ts';
import { createRateLimits, type RateLimitOptions } from './http/rate-limits/rate-limits.ts';
import { PUBLIC_ERROR_CODES } from './graphql/errors.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { operationObservability } from './observability/operation-plugin.ts';
import { requestLog } from './observability/request-log.ts';
import { defaultWebDist, securityHeaders, webApp } from './http/web-app.ts';

export interface ServerOptions {
  databaseUrl: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  production?: boolean;
  webDist?: string;
  /** CSP frame-ancestors of /embed pages (see http/frame-ancestors.ts); every site by default. */
  embedFrameAncestors?: string;
  /** Per client address; none when left out. */
  rateLimits?: RateLimitOptions;
  /** express's "trust proxy": which proxies' X-Forwarded-For names the client. */
  trustProxy?: boolean | number | string;
  /** Pool size, statement and acquire timeouts of the application's database pool. */
  database?: Pick<PrismaClientOptions, 'poolSize' | 'statementTimeoutMs' | 'acquireTimeoutMs'>;
  /** Where log lines go; warnings and errors to stdout when left out. */
  logger?: Logger;
  /** How close() lets requests already sent finish (see http/graceful-close.ts). */
  shutdown?: ShutdownOptions;
  /** A GraphQL operation at least this slow is logged with its name and duration. */
  slowOperationMs?: number;
  /** What ingestUrl may fetch: allowed hosts, redirects, size and time limits. */
  fetchPolicy?: FetchPolicy;
  /** Ingestion and feed workers in this process (npm start's default); none when left out. */
  workers?: WorkerSettings;
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Live subscriptions: Redis pub/sub between instances when redisUrl is set, PostgreSQL LISTEN/NOTIFY otherwise. */
  live?: { redisUrl?: string | undefined; maxConnectionsPerClient?: number; tokenRecheckMs?: number };
}

export interface RunningServer {
  url: string;
  /** Open WebSocket (subscription) connections. */
  socketConnections(): number;
  /** Running subscriptions. */
  subscriptionCount(): number;
  db: Database;
  logger: Logger;
  /** The in-process workers, when started. */
  workers: RunningWorkers | null;
  /** Stops taking requests, lets in-flight ones finish, then closes the pool. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // No parallel workers and no JIT for the API's queries: each is small (the
  // rollups see to that), and both cost more to start than they saved. At 1M
  // events, a 1-year histogram took 66-70 ms with two workers, 2-12 ms with
  // none; 25 years in 500 buckets 140-478 ms against 46-122 ms. Its plan made
  // for given values is estimated above jit_above_cost (generate_series
  // counts as 1,000 rows), and JIT compilation took 14 of its 17 ms.
  const db = createPrismaClient(options.databaseUrl, { shortQueries: true, ...options.database, onQuery: options.onQuery });
  const logger = options.logger ?? createLogger({ level: 'warn' });
  // Read when /metrics is scraped, once the subscription server below exists.
  const metrics = createMetrics({
    poolStats: () => poolStats(db),
    liveStats: () => ({ sockets: subscriptions.connections(), subscriptions: changes.listenerCount() }),
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const rateLimits = options.rateLimits ? await createRateLimits(options.databaseUrl, options.rateLimits) : null;
  const httpServer = http.createServer(app);
  const closing = gracefulClose(httpServer, options.shutdown ?? DEFAULT_SHUTDOWN);
  const changes = options.live?.redisUrl
    ? await createRedisChangeBus(options.live.redisUrl, options.databaseUrl, logger)
    : await createPgChangeBus(options.databaseUrl, logger);
  useChangeBus(db, changes);
  const schema = buildSchema();
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    db,
    changes,
    logger,
    validationRules: buildArmor(options.production ?? false).validationRules,
    maxMessageBytes: LIMITS.maxSocketMessageBytes,
    maxConnectionsPerClient: options.live?.maxConnectionsPerClient ?? LIMITS.maxConnectionsPerClient,
    trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
    isDraining: closing.isDraining,
    tokenRecheckMs: options.live?.tokenRecheckMs ?? 30_000,
  });
  const apollo = buildApolloServer({
    schema,
    production: options.production ?? false,
    plugins: [operationObservability({ logger, metrics, slowOperationMs: options.slowOperationMs ?? 1000, knownCodes: KNOWN_CODES })],
    logError: (error) => logger.error({ err: error }, 'GraphQL operation failed'),
    logUnavailable: (error) =>
      logger.warn({ reason: error instanceof Error ? error.message.split('\n').filter(Boolean).pop() : String(error) }, 'database unavailable'),
  });
  await apollo.start();
  const workers =
    options.workers && options.workers.concurrency > 0
      ? await startWorkers({ databaseUrl: options.databaseUrl, db, fetchPolicy: options.fetchPolicy ?? DEFAULT_FETCH_POLICY, logger, ...options.workers })
      : null;
  // Sends jobs for the API (the workers, here or elsewhere, run them): the
  // workers' handle when they run here, else one opened on first use, so a
  // server that never queues holds no queue connections.
  let sender: Promise<JobQueue> | null = workers ? Promise.resolve(workers.queue) : null;
  const jobQueue = () =>
    (sender ??= openJobQueue(options.databaseUrl, { supervise: false, logger }).catch((error: unknown) => {
      sender = null;
      throw error;
    }));

  app.use(closing.middleware);
  app.use(requestLog(logger, metrics));
  app.use(securityHeaders({ embedFrameAncestors: options.embedFrameAncestors ?? DEFAULT_EMBED_ANCESTORS }));
  app.get('/healthz', healthz);
  app.get('/readyz', readyz(db, closing.isDraining));
  app.get('/metrics', metrics.handler);
  if (rateLimits) app.use(rateLimits.requests);
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.maxBodyBytes }),
    documentLimits(LIMITS),
    ...(rateLimits ? [rateLimits.graphql] : []),
    expressMiddleware(apollo, { context: ({ req }) => createContext(db, req.headers.authorization, metrics, options.fetchPolicy, jobQueue) }),
  );
  app.use(exportRoutes(db));
  app.get('/oembed', oembed(db));
  const web = webApp(options.webDist ?? defaultWebDist, timelinePageHead(db), logger);
  if (web) app.use(web);
  app.use(bodyErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = httpServer.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    socketConnections: subscriptions.connections,
    subscriptionCount: () => changes.listenerCount(),
    db,
    logger,
    workers,
    async close() {
      // Sockets first: they would otherwise hold the HTTP server open; their clients reconnect elsewhere.
      await subscriptions.close();
      // HTTP next: Apollo must still run the requests the drain lets finish.
      await closing.close();
      await apollo.stop();
      if (workers) await workers.stop(options.shutdown?.graceMs);
      else await (await sender?.catch(() => null))?.stop({ graceful: false });
      await rateLimits?.close();
      await changes.close();
      await db.$disconnect();
    },
  };
}

// Codes counted under their own label in chronicle_graphql_errors_total.
const KNOWN_CODES = new Set([...PUBLIC_ERROR_CODES, 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);

/** Oversized or malformed JSON bodies get a JSON error, not an HTML stack page. */
function bodyErrors(error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  const status = (error as { status?: number }).status;
  const type = (error as { type?: string }).type;
  if (res.headersSent || !status) return next(error);
  const message =
    type === 'entity.too.large'
      ? `Request body is larger than ${LIMITS.maxBodyBytes} bytes.`
      : type === 'entity.parse.failed'
        ? 'Request body is not valid JSON.'
        : 'Bad request.';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}
