// Closing the HTTP server without dropping a request a client already sent.
//
// Node's server.close() (v19+) at once closes every connection with no
// request in progress, and that includes connections whose request bytes
// are already in the socket but not yet read, and connections the kernel
// has accepted that Node has not: those clients see a reset. So closing
// first lingers: the server keeps accepting and answering for a moment,
// every answer saying "Connection: close" and /readyz saying 503 (load
// balancers stop sending), then stops listening, closes what is idle, and
// waits for the requests in progress, up to a grace period.
//
// Which connection is idle is tracked here, by requests begun and responses
// closed: Node's own closeIdleConnections() (which server.close() calls)
// counts a connection idle once its request has been read, while the
// response is still being computed, and resets it (seen on Node 20).
import type http from 'node:http';
import net from 'node:net';
import type { RequestHandler } from 'express';

export interface ShutdownOptions {
  /** How long to keep accepting after close() begins, in ms. */
  lingerMs: number;
  /** How long requests in progress may take to finish after that, in ms. */
  graceMs: number;
}

export const DEFAULT_SHUTDOWN: ShutdownOptions = { lingerMs: 500, graceMs: 10_000 };

export function gracefulClose(httpServer: http.Server, options: ShutdownOptions) {
  let draining = false;
  let accepted = false;
  const inProgress = new Map<net.Socket, number>();
  httpServer.on('connection', (socket: net.Socket) => {
    accepted = true;
    inProgress.set(socket, 0);
    socket.on('close', () => inProgress.delete(socket));
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    inProgress.set(socket, (inProgress.get(socket) ?? 0) + 1);
    res.on('close', () => {
      const left = (inProgress.get(socket) ?? 1) - 1;
      inProgress.set(socket, left);
      if (draining && left === 0 && !socket.destroyed) socket.end();
    });
  });
  const closeIdle = () => {
    for (const [socket, count] of inProgress) if (count === 0) socket.end();
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    isDraining: () => draining,
    /** First middleware: while draining, every response ends its connection. */
    middleware: ((_req, res, next) => {
      if (draining) res.setHeader('Connection', 'close');
      next();
    }) satisfies RequestHandler,
    async close(): Promise<void> {
      if (draining) return;
      draining = true;
      // Still accepting and answering; every answer now closes its connection.
      await sleep(options.lingerMs);
      // While the loop is busy answering, Node accepts about one queued
      // connection per turn, and a timer fires before the poll phase that
      // accepts: connections still queued in the kernel would be reset when
      // listening stops. So keep turning the loop until two whole turns
      // accept nothing (then reads of the last accepted have run too).
      const turn = () => new Promise((resolve) => setImmediate(resolve));
      const giveUp = Date.now() + options.graceMs;
      do {
        accepted = false;
        await turn();
        await turn();
      } while (accepted && Date.now() < giveUp);
      // net.Server's close: stop listening, without http.Server's idle sweep (above).
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(httpServer, () => resolve()));
      closeIdle();
      const deadline = setTimeout(() => {
        for (const socket of inProgress.keys()) socket.destroy();
      }, options.graceMs);
      try {
        await closed;
      } finally {
        clearTimeout(deadline);
      }
    },
  };
}
