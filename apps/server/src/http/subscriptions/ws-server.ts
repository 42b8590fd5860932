// GraphQL subscriptions over WebSocket (graphql-ws, the protocol Apollo
// Client and GraphiQL speak) on the HTTP server's port, at /graphql.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Database } from '@chronicle/db';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import proxyaddr from 'proxy-addr';
import { WebSocketServer, type WebSocket } from 'ws';
import { createContext, type Context } from '../../graphql/context.ts';
import { SERVICE_UNAVAILABLE } from '../../graphql/database-outage.ts';
import { domainErrorOf, formatDomainError } from '../../graphql/domain-errors.ts';
import { PUBLIC_ERROR_CODES } from '../../graphql/errors.ts';
import type { ChangeBus } from '../../live/change-bus.ts';
import type { Logger } from '../../observability/logger.ts';
import { addressKey } from '../rate-limits/client-address.ts';
import { checkSubscription } from './subscription-checks.ts';
import { connectionCounter } from './connection-counter.ts';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** graphql-armor's depth, alias and directive rules, as HTTP requests get them. */
  validationRules: readonly ValidationRule[];
  db: Database;
  changes: ChangeBus;
  logger: Logger;
  /** Largest WebSocket message accepted; a larger one closes the socket (1009). */
  maxMessageBytes: number;
  maxConnectionsPerClient: number;
  /** express's compiled "trust proxy" function: who names the client in X-Forwarded-For. */
  trustProxy: (address: string, hop: number) => boolean;
  isDraining: () => boolean;
  /** How often an editor's token is checked again on an open connection: a revoked token stops seeing drafts. */
  tokenRecheckMs: number;
}

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  /** The viewer's context, made once when the connection is accepted. */
  base: Context;
}

function reject(socket: Duplex, status: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message }] });
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** The editor's token from the connection parameters: `authorization: "Bearer …"` (as the header), or `token`. */
function authorizationOf(params: Record<string, unknown> | undefined): string | undefined {
  if (typeof params?.authorization === 'string') return params.authorization;
  if (typeof params?.Authorization === 'string') return params.Authorization;
  return typeof params?.token === 'string' && params.token !== '' ? `Bearer ${params.token}` : undefined;
}

export function startSubscriptionServer(options: SubscriptionServerOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const counter = connectionCounter(options.maxConnectionsPerClient);

  options.httpServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') return reject(socket, '404 Not Found', 'WebSocket subscriptions are served at /graphql.');
    if (options.isDraining()) return reject(socket, '503 Service Unavailable', 'The server is shutting down; connect again.');
    const client = addressKey(proxyaddr(req, options.trustProxy));
    if (!counter.tryOpen(client)) {
      return reject(
        socket,
        '429 Too Many Requests',
        `At most ${options.maxConnectionsPerClient} WebSocket connections per client; close one (one connection carries many subscriptions).`,
      );
    }
    socket.once('close', () => counter.closed(client));
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  /** Closes the socket (4403) once its token is revoked; a database outage closes nothing. */
  const recheckToken = (socket: WebSocket, authorization: string | undefined) => {
    const timer = setInterval(() => {
      createContext(options.db, authorization).catch((error: unknown) => {
        if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') socket.close(4403, 'This API token has been revoked.');
      });
    }, options.tokenRecheckMs);
    timer.unref();
    socket.once('close', () => clearInterval(timer));
  };

  const server = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema: options.schema,
      // Close reasons never carry an internal error's message (graphql-ws would read NODE_ENV otherwise).
      isProd: true,
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams);
        try {
          ctx.extra.base = await createContext(options.db, authorization);
          if (ctx.extra.base.viewer.editor) recheckToken(ctx.extra.socket, authorization);
          return true;
        } catch (error) {
          // The database did not answer: 1013, "try again later", which clients retry.
          if (error instanceof GraphQLError && error.extensions.code === SERVICE_UNAVAILABLE) {
            ctx.extra.socket.close(1013, 'The database is not answering; connect again shortly.');
            return false;
          }
          // 4403 with the reason a person can act on (the close reason holds at most 123 bytes).
          const message = error instanceof GraphQLError ? error.message : 'The connection could not be accepted.';
          ctx.extra.socket.close(4403, message.slice(0, 120));
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        const checked = checkSubscription(options.schema, options.validationRules, payload);
        if ('errors' in checked) return checked.errors;
        return { schema: options.schema, document: checked.document, variableValues: payload.variables, operationName: payload.operationName };
      },
      // Each subscription gets its own context (its loaders are renewed per change).
      context: (ctx) => ({ ...ctx.extra.base!, changes: options.changes }),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        // As over HTTP: messages written for the client pass, anything else is masked.
        return {
          ...result,
          errors: result.errors.map((error) => {
            const domain = domainErrorOf(error);
            if (domain) return formatDomainError(domain, error);
            const code = error.extensions?.code;
            if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) return error.toJSON();
            options.logger.error({ err: error.originalError ?? error }, 'GraphQL subscription failed');
            return { message: 'Internal server error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
          }),
        };
      },
    },
    wss,
  );

  return {
    /** Open WebSocket connections. */
    connections: () => counter.total(),
    /** Closes every socket (1001, going away) so clients reconnect to another instance. */
    close: () => server.dispose(),
  };
}
