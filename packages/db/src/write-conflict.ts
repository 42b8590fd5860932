// A transaction PostgreSQL aborted for a deadlock or a serialization failure:
// running it again is the remedy. Prisma reports it as P2034 from its model
// queries, but from $queryRaw and $executeRaw as P2010 ("raw query failed")
// carrying the driver adapter's error, whose kind says the same thing.
// packages/db/test/write-conflict.test.ts provokes both, so an upgrade that
// changes either shape fails there.
import { Prisma } from './generated/prisma/client.ts';

const CONFLICT_KIND = 'TransactionWriteConflict';

function adapterErrorKind(meta: Record<string, unknown> | undefined): unknown {
  const adapterError = meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined;
  return adapterError?.cause?.kind;
}

export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2034' || (error.code === 'P2010' && adapterErrorKind(error.meta) === CONFLICT_KIND);
}
