// Notices through Redis pub/sub (REDIS_URL). Redis cannot join PostgreSQL's
// transaction, so a notice is published once the write has committed: a
// write that rolls back still announces nothing. ioredis reconnects and
// subscribes again by itself.
import { Redis } from 'ioredis';
import type { Logger } from '../observability/logger.ts';
import type { ChangeBus } from './change-bus.ts';
import { decodeNotice, encodeNotice, type ChangeNotice } from './change-notice.ts';

/** One channel per database: instances of one deployment share it; test files and other deployments on the same Redis do not. */
export function redisChannel(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `chronicle:changes:${url.host}${url.pathname}`;
}

export async function createRedisChangeBus(redisUrl: string, databaseUrl: string, logger: Logger): Promise<ChangeBus> {
  const channel = redisChannel(databaseUrl);
  const listeners = new Set<(notice: ChangeNotice) => void>();
  const publisher = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const subscriber = publisher.duplicate();
  for (const [role, connection] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    connection.on('error', (error: Error) => logger.warn({ reason: error.message, role }, 'Redis change bus connection failed'));
  }
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const notice = decodeNotice(text);
    if (notice) for (const listener of listeners) listener(notice);
  });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel);

  return {
    inTransaction: async () => {},
    async afterCommit(notices) {
      // The write has committed: a Redis failure now is logged, not reported
      // to the editor as if the write had failed.
      await Promise.all(notices.map((n) => publisher.publish(channel, encodeNotice(n)))).catch((error: unknown) =>
        logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'could not publish a change to Redis'),
      );
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
    async close() {
      listeners.clear();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
