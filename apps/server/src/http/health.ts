import type { Database } from '@chronicle/db';
import type { Request, Response } from 'express';

/** The process is up. */
export function healthz(_req: Request, res: Response): void {
  res.json({ status: 'ok' });
}

/** The database answers and the server is not shutting down; load balancers send traffic only then. */
export function readyz(db: Database, draining: () => boolean = () => false) {
  return async (_req: Request, res: Response): Promise<void> => {
    if (draining()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    try {
      await db.$queryRaw`SELECT 1`;
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  };
}
