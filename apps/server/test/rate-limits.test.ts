// Rate limits per client address (issue 9), each at n and n+1, and shared by
// two instances of the server on one database (or one Redis).
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { postGraphQL } from '@chronicle/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/app.ts';
import { createApiToken } from '../src/auth/api-tokens.ts';
import type { RateLimitOptions } from '../src/http/rate-limits/rate-limits.ts';

const REDIS = { host: '127.0.0.1', port: 6379 };

async function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(REDIS.port, REDIS.host);
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function post(url: string, query: string, token?: string) {
  const { status, headers, body } = await postGraphQL(url, query, undefined, { token });
  return { status, retryAfter: headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code };
}

const READ = '{ timelines { slug } }';
// A mutation an editor may send that changes nothing: the actor is not there.
const MUTATE = 'mutation { confirmActor(id: "QWN0b3I6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { id } }';

async function sequentially<T>(n: number, send: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += 1) out.push(await send());
  return out;
}

describe.each([
  { store: 'PostgreSQL', redis: false },
  { store: 'Redis', redis: true },
])('rate limits per client address, counted in $store', ({ redis }) => {
  let database: TestDatabase;
  let servers: RunningServer[] = [];
  let token: string;
  let skip = false;

  async function start(limits: Omit<RateLimitOptions, 'redisUrl' | 'keyPrefix'>, instances = 1): Promise<string[]> {
    await Promise.all(servers.map((s) => s.close()));
    // A fresh prefix: counts from an earlier case (or another run sharing the Redis) do not leak in.
    const options = { ...limits, keyPrefix: `test-${randomUUID()}`, redisUrl: redis ? `redis://${REDIS.host}:${REDIS.port}` : undefined };
    servers = [];
    for (let i = 0; i < instances; i += 1) servers.push(await startServer({ databaseUrl: database.url, port: 0, rateLimits: options }));
    return servers.map((s) => s.url);
  }

  beforeAll(async () => {
    if (redis && !(await redisAnswers())) {
      skip = true;
      console.warn(`rate-limits.test: no Redis on ${REDIS.host}:${REDIS.port}; the Redis cases are skipped`);
    }
    database = await createTestDatabase();
    token = (await createApiToken(database.db, 'rate limit test')).token;
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await database.drop();
  });

  it('answers 5 requests in the window, then 429 with Retry-After; another instance on the same store agrees', async (ctx) => {
    if (skip) return ctx.skip();
    const [a, b] = await start({ requests: { points: 5, seconds: 60 }, mutations: null, failedAuth: null }, 2);
    const first = await sequentially(4, () => post(a!, READ));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    // The fifth, on the other instance, is the last allowed; the sixth is refused on either.
    expect((await post(b!, READ)).status).toBe(200);
    for (const url of [a!, b!]) {
      const refused = await post(url, READ);
      expect(refused.status).toBe(429);
      expect(refused.code).toBe('RATE_LIMITED');
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    }
    // Health checks are not counted: a load balancer must still see the instance.
    expect((await fetch(`${a}/readyz`)).status).toBe(200);
  });

  it('allows 3 mutations, refuses the 4th; reads from the same address still pass', async (ctx) => {
    if (skip) return ctx.skip();
    const [url] = await start({ requests: { points: 100, seconds: 60 }, mutations: { points: 3, seconds: 60 }, failedAuth: null });
    const allowed = await sequentially(3, () => post(url!, MUTATE, token));
    expect(allowed.map((r) => [r.status, r.code])).toEqual(Array(3).fill([200, 'NOT_FOUND']));
    const refused = await post(url!, MUTATE, token);
    expect([refused.status, refused.code]).toEqual([429, 'RATE_LIMITED']);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    expect((await post(url!, READ)).status).toBe(200);
  });

  it('after 3 failed authentications, a 4th token is refused unread, even a valid one; anonymous reads pass', async (ctx) => {
    if (skip) return ctx.skip();
    const [url] = await start({ requests: { points: 100, seconds: 60 }, mutations: null, failedAuth: { points: 3, seconds: 900 } });
    const wrong = await sequentially(3, () => post(url!, READ, `chr_wrong${randomUUID()}`));
    expect(wrong.map((r) => r.status)).toEqual([401, 401, 401]);
    // Counted once the 401 is sent: give the last count a moment to land.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const guess = await post(url!, READ, `chr_wrong${randomUUID()}`);
    expect([guess.status, guess.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(guess.retryAfter)).toBeGreaterThan(800);
    expect((await post(url!, MUTATE, token)).status).toBe(429);
    expect((await post(url!, READ)).status).toBe(200);
  });

  it('2 failed authentications of 3 allowed leave a valid token working', async (ctx) => {
    if (skip) return ctx.skip();
    const [url] = await start({ requests: { points: 100, seconds: 60 }, mutations: null, failedAuth: { points: 3, seconds: 900 } });
    await sequentially(2, () => post(url!, READ, 'chr_wrong'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await post(url!, MUTATE, token)).toMatchObject({ status: 200, code: 'NOT_FOUND' });
  });
});
