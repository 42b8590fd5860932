// Errors that mean "the database is not answering" rather than "this request
// went wrong": the client should retry later (HTTP 503), and the operator
// needs one line per failure, not a stack trace each.
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// Prisma's codes for an unreachable server, a timed-out connection, a closed
// one, and a pool that gave up waiting.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// SQLSTATE: connection exceptions (08…), the server shutting down or starting (57P01-57P03), too many connections.
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
// What pg itself throws when the pool gives up or a socket dies mid-query.
const DRIVER_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Can't reach database server|ECONNREFUSED|ECONNRESET/;

interface Inspectable {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
  originalError?: unknown;
  cause?: unknown;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as Inspectable | undefined, depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    const cause = current.meta?.driverAdapterError?.cause;
    if (typeof cause?.kind === 'string' && UNREACHABLE_KINDS.has(cause.kind)) return true;
    if (cause?.kind === 'postgres' && typeof cause.originalCode === 'string' && SQLSTATE.test(cause.originalCode)) return true;
    if (typeof current.code === 'string' && (PRISMA_CODES.has(current.code) || SQLSTATE.test(current.code))) return true;
    if (typeof current.message === 'string' && DRIVER_MESSAGES.test(current.message)) return true;
    current = (current.originalError ?? current.cause) as Inspectable | undefined;
  }
  return false;
}
