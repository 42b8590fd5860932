// A database outage under a running server (issue 9, defect 8): GraphQL
// answers 503 with Retry-After, quickly, logging one line per failure; once
// the database is back, so is the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { startServer, type RunningServer } from '../src/app.ts';
import { createApiToken } from '../src/auth/api-tokens.ts';
import { createLogger } from '../src/observability/logger.ts';
import { startTcpProxy, type TcpProxy } from '@chronicle/testing';
import type { LogLine } from './support/test-api.ts';

const QUERY = JSON.stringify({ query: '{ events { totalCount } }' });

describe('a database outage', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: RunningServer;
  let token: string;
  const logs: LogLine[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    token = (await createApiToken(database.db, 'outage test')).token;
    proxy = await startTcpProxy(database.url);
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) } });
    server = await startServer({ databaseUrl: proxy.url, port: 0, logger, database: { acquireTimeoutMs: 1_000, statementTimeoutMs: 5_000 } });
  });
  afterAll(async () => {
    await proxy?.restore();
    await server?.close();
    await proxy?.close();
    await database?.drop();
  });

  const post = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });

  it('answers 503 with Retry-After while the database is away, and 200 again once it is back', async () => {
    expect((await post()).status).toBe(200);

    await proxy.cut();
    logs.length = 0;
    const started = Date.now();
    const response = await post();
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]!.message).not.toMatch(/127\.0\.0\.1|ECONN|prisma/i);
    // The acquire timeout bounds the wait (1 s here), instead of a hung request.
    expect(Date.now() - started).toBeLessThan(5_000);
    // An editor's request fails while looking up the token: the same answer, not a 500.
    expect((await post({ authorization: `Bearer ${token}` })).status).toBe(503);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    // One short warning per failure; no error lines, no stacks.
    expect(logs.filter((l) => l.level >= 50)).toEqual([]);
    const warnings = logs.filter((l) => l.msg === 'database unavailable');
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.every((l) => typeof l.reason === 'string' && !l.reason.includes('\n') && l.requestId)).toBe(true);

    await proxy.restore();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      status = (await post()).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 60_000);
});
