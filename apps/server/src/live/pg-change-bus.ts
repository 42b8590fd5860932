// Notices through PostgreSQL: NOTIFY inside the write's transaction, LISTEN on
// a connection of its own (a pooled connection would be handed to queries and
// lose the LISTEN). When that connection drops (a database restart, a
// terminated backend) it is made again, with back-off, until the bus closes.
import { CHANGE_CHANNEL, notifyChanges } from '@chronicle/db';
import pg from 'pg';
import type { Logger } from '../observability/logger.ts';
import type { ChangeBus } from './change-bus.ts';
import { decodeNotice, encodeNotice, type ChangeNotice } from './change-notice.ts';

const RETRY_MS = { first: 100, max: 5_000 };
export const LISTEN_APPLICATION_NAME = 'chronicle_listen';

export async function createPgChangeBus(databaseUrl: string, logger: Logger): Promise<ChangeBus & { reconnects(): number }> {
  const listeners = new Set<(notice: ChangeNotice) => void>();
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = RETRY_MS.first;
  let retryTimer: NodeJS.Timeout | undefined;
  let reconnects = 0;

  const deliver = (message: pg.Notification) => {
    if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
    const notice = decodeNotice(message.payload);
    if (notice) for (const listener of listeners) listener(notice);
  };

  const connect = async (): Promise<void> => {
    // Named, so that an operator (and the reconnect test) can find it in pg_stat_activity.
    const next = new pg.Client({ connectionString: databaseUrl, application_name: LISTEN_APPLICATION_NAME });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      next.removeAllListeners('notification');
      void next.end().catch(() => {});
      if (client === next) client = null;
      if (closed) return;
      logger.warn({ reason: error?.message }, 'lost the PostgreSQL LISTEN connection, reconnecting');
      scheduleRetry();
    };
    next.on('error', onLost);
    next.on('end', () => onLost());
    next.on('notification', deliver);
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (closed) return void (await next.end().catch(() => {}));
    client = next;
    retryMs = RETRY_MS.first;
  };

  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      reconnects += 1;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MS.max);
  };

  await connect();

  return {
    inTransaction: (tx, notices) => notifyChanges(tx, notices.map(encodeNotice)),
    afterCommit: async () => {},
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
    reconnects: () => reconnects,
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      listeners.clear();
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
