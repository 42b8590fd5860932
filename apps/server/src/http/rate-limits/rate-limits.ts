// Rate limits per client address, answered 429 with Retry-After:
// - every request (but health checks and metrics) counts against `requests`;
// - a GraphQL mutation also counts against `mutations`, which is stricter;
// - a request answered 401 counts against `failedAuth`, the strictest: once
//   spent, every request from that address carrying a token is refused
//   before the token is even looked up, so guessing tokens is slow.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { clientAddressKey } from './client-address.ts';
import { leasedLimiter, type PointSpender } from './leased-limiter.ts';
import { openRateLimitStore, type LimitRule, type RateLimitStoreOptions } from './rate-limit-store.ts';

export type { LimitRule } from './rate-limit-store.ts';

export interface RateLimitOptions extends Omit<RateLimitStoreOptions, 'databaseUrl'> {
  /** null: no limit of that kind. */
  requests: LimitRule | null;
  mutations: LimitRule | null;
  failedAuth: LimitRule | null;
}

export interface RateLimits {
  /** Before every route that counts. */
  requests: RequestHandler;
  /** On /graphql, after the document is parsed (see document-limits.ts, which leaves it in res.locals.document). */
  graphql: RequestHandler;
  close(): Promise<void>;
}

const pass: RequestHandler = (_req, _res, next) => next();

export async function createRateLimits(databaseUrl: string, options: RateLimitOptions): Promise<RateLimits> {
  const store = await openRateLimitStore({ databaseUrl, redisUrl: options.redisUrl, keyPrefix: options.keyPrefix });
  const requests = options.requests && leasedLimiter(store.limiter('requests', options.requests), options.requests);
  const mutations = options.mutations && leasedLimiter(store.limiter('mutations', options.mutations), options.mutations);
  const failedAuth = options.failedAuth && store.limiter('failed-auth', options.failedAuth);

  return {
    requests: requests ? (req, res, next) => void consume(requests, req, res, next) : pass,
    graphql: async (req, res, next) => {
      const key = clientAddressKey(req);
      if (failedAuth) {
        if (req.headers.authorization) {
          const spent = await failedAuth.get(key).catch(() => null);
          if (spent && spent.remainingPoints <= 0) return tooMany(res, spent.msBeforeNext, 'Too many failed authentication attempts from this address.');
        }
        res.on('finish', () => {
          if (res.statusCode === 401) failedAuth.penalty(key).catch(() => {});
        });
      }
      if (mutations && isMutation(res.locals.document as DocumentNode | undefined, req.body)) return consume(mutations, req, res, next);
      next();
    },
    close: () => store.close(),
  };
}

async function consume(limiter: PointSpender, req: Request, res: Response, next: NextFunction): Promise<void> {
  try {
    await limiter.consume(clientAddressKey(req));
  } catch (rejection) {
    // With an insurance limiter only a refusal lands here; anything else is a bug, not a reason to refuse.
    if (rejection instanceof RateLimiterRes) return tooMany(res, rejection.msBeforeNext, 'Too many requests from this address.');
    return next(rejection);
  }
  next();
}

function tooMany(res: Response, msBeforeNext: number, message: string): void {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  res.setHeader('Retry-After', String(seconds));
  res.status(429).json({ errors: [{ message: `${message} Try again in ${seconds} s.`, extensions: { code: 'RATE_LIMITED', retryAfter: seconds } }] });
}

/** The operation the request runs is a mutation (the one named by operationName, or the only one). */
function isMutation(document: DocumentNode | undefined, body: unknown): boolean {
  if (!document) return false;
  const operationName = body && typeof body === 'object' && 'operationName' in body ? body.operationName : undefined;
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen =
    typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  return chosen?.operation === OperationTypeNode.MUTATION;
}
