// Gives each request an id (the caller's X-Request-Id when it is a sane one,
// so a proxy's id follows the request through), echoes it in the response,
// runs the rest of the request inside its scope, and writes one access line.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { requestScope, type Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    requestScope.run({ requestId }, () => {
      // req.path is relative to a router's mount point by the time the response ends.
      const path = req.path;
      res.on('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.observeHttp(req.method, res.statusCode, seconds);
        // Health checks and scrapes would drown everything else.
        if (path === '/healthz' || path === '/readyz' || path === '/metrics') return;
        requestScope.run({ requestId }, () =>
          logger.info(
            { method: req.method, path, status: res.statusCode, durationMs: Math.round(seconds * 1000), operation: operationNameOf(req.body) },
            'request',
          ),
        );
      });
      next();
    });
  };
}

function operationNameOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || !('operationName' in body)) return undefined;
  return typeof body.operationName === 'string' ? body.operationName.slice(0, 64) : undefined;
}
