// The HTTP server: the web app, /graphql, /healthz and /readyz on one port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { createPrismaClient, type Database } from '@chronicle/db';
import express from 'express';
import { createContext } from './graphql/context.ts';
import { LIMITS } from './graphql/limits.ts';
import { buildApolloServer } from './graphql/server.ts';
import { exportRoutes } from './http/exports/routes.ts';
import { DEFAULT_EMBED_ANCESTORS } from './http/frame-ancestors.ts';
import { healthz, readyz } from './http/health.ts';
import { oembed } from './http/oembed.ts';
import { timelinePageHead } from './http/page-head.ts';
import { documentLimits } from './http/document-limits.ts';
import { createRateLimits, type RateLimitOptions } from './http/rate-limits/rate-limits.ts';
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
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

export interface RunningServer {
  url: string;
  db: Database;
  /** Stops taking requests, lets in-flight ones finish, then closes the pool. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = createPrismaClient(options.databaseUrl, { onQuery: options.onQuery });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const rateLimits = options.rateLimits ? await createRateLimits(options.databaseUrl, options.rateLimits) : null;
  const httpServer = http.createServer(app);
  const apollo = buildApolloServer({
    production: options.production ?? false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use(securityHeaders({ embedFrameAncestors: options.embedFrameAncestors ?? DEFAULT_EMBED_ANCESTORS }));
  app.get('/healthz', healthz);
  app.get('/readyz', readyz(db));
  if (rateLimits) app.use(rateLimits.requests);
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.maxBodyBytes }),
    documentLimits(LIMITS),
    ...(rateLimits ? [rateLimits.graphql] : []),
    expressMiddleware(apollo, { context: ({ req }) => createContext(db, req.headers.authorization) }),
  );
  app.use(exportRoutes(db));
  app.get('/oembed', oembed(db));
  const web = webApp(options.webDist ?? defaultWebDist, timelinePageHead(db));
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
    db,
    async close() {
      await apollo.stop();
      await rateLimits?.close();
      await db.$disconnect();
    },
  };
}

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
