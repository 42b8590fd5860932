// Two chronicle instances on one database, as a deployment behind a load
// balancer runs them, with the fixtures the live-update tests share.
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { postGraphQL } from '@chronicle/testing';
import net from 'node:net';
import { startServer, type RunningServer, type ServerOptions } from '../../src/app.ts';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { createLogger } from '../../src/observability/logger.ts';

export const REDIS_URL = 'redis://127.0.0.1:6379';

/** Whether something answers on Redis's port: Redis tests run on the project's machines and CI, and skip elsewhere. */
export async function redisAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 6379 });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface LivePair {
  database: TestDatabase;
  a: RunningServer;
  b: RunningServer;
  token: string;
  close(): Promise<void>;
}

export async function startLivePair(live: ServerOptions['live'] = {}): Promise<LivePair> {
  const database = await createTestDatabase();
  const start = () => startServer({ databaseUrl: database.url, port: 0, logger: createLogger({ level: 'silent' }), live });
  const [a, b] = [await start(), await start()];
  const token = (await createApiToken(database.db, 'desk editor')).token;
  return {
    database,
    a,
    b,
    token,
    async close() {
      await Promise.all([a.close(), b.close()]);
      await database.drop();
    },
  };
}

/** A timeline, a source, a sourced draft and an unsourced draft on it. */
export async function deskFixtures(db: TestDatabase['db']) {
  const timeline = await db.timeline.create({ data: { slug: 'desk', title: 'Breaking desk' } });
  const source = await db.source.create({ data: { title: 'Wire', contentHash: 'f'.repeat(64) } });
  const day = { precision: 'DAY' as const, startsOn: new Date('2019-06-25'), endsOn: new Date('2019-06-25') };
  const sourced = await db.event.create({
    data: {
      title: 'Ceasefire announced',
      kind: 'STATEMENT',
      ...day,
      timelines: { create: { timelineId: timeline.id } },
      citations: { create: { sourceId: source.id, passage: 'announced' } },
    },
  });
  const unsourced = await db.event.create({ data: { title: 'Rumour', kind: 'STATEMENT', ...day, timelines: { create: { timelineId: timeline.id } } } });
  return { timeline, sourced, unsourced };
}

export async function post(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  return (await postGraphQL(url, query, variables, { token })).body;
}
