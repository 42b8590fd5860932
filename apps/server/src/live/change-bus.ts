// How notices travel between instances. PostgreSQL's NOTIFY by default (the
// database every deployment has); Redis pub/sub when REDIS_URL is set.
import type { Prisma } from '@chronicle/db';
import type { ChangeNotice } from './change-notice.ts';

export type Transaction = Prisma.TransactionClient;

export interface ChangeBus {
  /** Called inside the write's transaction, just before it commits. */
  inTransaction(tx: Transaction, notices: readonly ChangeNotice[]): Promise<void>;
  /** Called once the write's transaction has committed. */
  afterCommit(notices: readonly ChangeNotice[]): Promise<void>;
  /** Every notice any instance sends, this one included; returns the unsubscribe. */
  listen(listener: (notice: ChangeNotice) => void): () => void;
  /** Listeners now (one per running subscription). */
  listenerCount(): number;
  close(): Promise<void>;
}
