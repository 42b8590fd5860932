// Subscriptions meet the limits HTTP requests meet (tokens, depth, cost), plus
// their own: message size and connections per client. Tokens come in the
// connection parameters and are checked as the Authorization header is.
import { graphql } from '@chronicle/schema/test-client';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer } from '../src/app.ts';
import { revokeApiToken } from '../src/auth/api-tokens.ts';
import { LIMITS } from '../src/graphql/limits.ts';
import { LISTEN_APPLICATION_NAME } from '../src/live/pg-change-bus.ts';
import { createLogger } from '../src/observability/logger.ts';
import { deskFixtures } from './support/live-pair.ts';
import { startTcpProxy } from '@chronicle/testing';
import { socketUrl, subscribe, until, wsClient } from './support/subscriber.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const Titles = graphql(`subscription LiveTitles { eventChanged { change event { title } } }`);

/** The errors the server answers a subscribe with (graphql-ws's "error" message). */
function subscribeErrors(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => (result.errors ? resolve(result.errors as never) : reject(new Error('a result, not an error'))),
        error: (errors) => (Array.isArray(errors) ? resolve(errors as never) : reject(errors instanceof Error ? errors : new Error(JSON.stringify(errors)))),
        complete: () => {},
      },
    );
  });
}

/** Opens a raw socket speaking graphql-ws; resolves with how it ended (or 'open'). */
function rawSocket(url: string, onOpen?: (ws: WebSocket) => void) {
  return new Promise<{ code?: number; reason?: string; status?: number }>((resolve) => {
    const ws = new WebSocket(socketUrl(url), 'graphql-transport-ws');
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
    ws.on('open', () => onOpen?.(ws));
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    ws.on('error', () => {});
  });
}

const nest = (depth: number) => {
  // eventChanged(1) event(2), then actors/actor/events/nodes repeating, a leaf at `depth`.
  const path = ['eventChanged', 'event', 'actors', 'actor', 'events', 'nodes', 'actors', 'actor', 'events', 'nodes', 'actors', 'actor'];
  const fields = path.slice(0, depth - 1);
  const leaf = ['event', 'actor'].includes(fields.at(-1) ?? '') || fields.at(-1) === 'nodes' ? 'id' : fields.at(-1) === 'events' ? 'totalCount' : '__typename';
  return `subscription Deep { ${fields.join(' { ')} { ${leaf} }${' }'.repeat(fields.length)}`;
};

describe('limits and tokens on subscriptions', () => {
  let api: TestApi;
  let reader: Client;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    reader = wsClient(api.url);
  });
  afterAll(async () => {
    await reader.dispose();
    await api.close();
  });

  it('an unknown token in the connection parameters closes the socket with 4403 and says why', async () => {
    const ended = await rawSocket(api.url, (ws) => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer nope' } })));
    expect(ended).toEqual({ code: 4403, reason: 'This API token is unknown or has been revoked.' });
  });

  it(`depth ${LIMITS.maxDepth} passes, ${LIMITS.maxDepth + 1} is refused`, async () => {
    const atLimit = await subscribe(reader, nest(LIMITS.maxDepth));
    await until(() => api.server.subscriptionCount() === 1);
    await atLimit.close();
    const errors = await subscribeErrors(reader, nest(LIMITS.maxDepth + 1));
    expect(errors[0]?.message).toMatch(/depth/i);
    // graphql-armor's code, as over HTTP.
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an operation over the cost limit is refused with its cost', async () => {
    const errors = await subscribeErrors(
      reader,
      'subscription Costly { eventChanged { event { actors { actor { events(first: 200) { nodes { citations { source { text } } } } } } } } }',
    );
    expect(errors[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maxCost: LIMITS.maxCost });
  });

  it('a document over the token limit is refused before it is validated', async () => {
    const errors = await subscribeErrors(reader, `subscription Long { eventChanged { change ${'__typename '.repeat(LIMITS.maxTokens)} } }`);
    expect(errors[0]).toMatchObject({ message: `Syntax Error: Token limit of ${LIMITS.maxTokens} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('queries go over HTTP; the socket serves subscriptions only', async () => {
    const errors = await subscribeErrors(reader, '{ viewer { isEditor } }');
    expect(errors[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('a subscription sent over HTTP is refused with where to send it', async () => {
    const { status, body } = await api.request('subscription OverHttp { eventChanged { change } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/WebSocket/), extensions: { code: 'BAD_REQUEST' } });
  });

  it('an unknown timeline is named in a NOT_FOUND error', async () => {
    const errors = await subscribeErrors(reader, 'subscription Unknown { eventChanged(timeline: "no-such") { change } }');
    expect(errors[0]).toMatchObject({ message: 'There is no timeline "no-such".', extensions: { code: 'NOT_FOUND' } });
  });

  it(`a message over ${LIMITS.maxSocketMessageBytes} bytes closes the socket (1009)`, async () => {
    const ended = await rawSocket(api.url, (ws) => ws.send('x'.repeat(LIMITS.maxSocketMessageBytes + 1)));
    expect(ended.code).toBe(1009);
  });

  it('a client holds at most its connections: the next upgrade is refused with 429', async () => {
    const capped = await startServer({
      databaseUrl: api.database.url,
      port: 0,
      logger: createLogger({ level: 'silent' }),
      live: { maxConnectionsPerClient: 2 },
    });
    const open = [wsClient(capped.url), wsClient(capped.url)];
    try {
      await until(() => capped.socketConnections() === 2);
      expect(await rawSocket(capped.url)).toEqual({ status: 429 });
      await open[0]!.dispose();
      await until(() => capped.socketConnections() === 1);
      const again = await rawSocket(capped.url, (ws) => ws.close(1000));
      expect(again.code).toBe(1000);
    } finally {
      await Promise.all(open.map((c) => c.dispose()));
      await capped.close();
    }
  });

  it('an editor whose token is revoked while connected is disconnected (4403), so drafts stop reaching it', async () => {
    const watchful = await startServer({ databaseUrl: api.database.url, port: 0, logger: createLogger({ level: 'silent' }), live: { tokenRecheckMs: 100 } });
    try {
      const token = await api.editorToken('leaving editor');
      const ended = rawSocket(watchful.url, (ws) => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      await until(() => watchful.socketConnections() === 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(watchful.socketConnections()).toBe(1);
      await revokeApiToken(api.database.db, 'leaving editor');
      expect(await ended).toEqual({ code: 4403, reason: 'This API token has been revoked.' });
    } finally {
      await watchful.close();
    }
  });

  it('while the database does not answer, an editor connecting is told to try again later (1013), not refused', async () => {
    const proxy = await startTcpProxy(api.database.url);
    const outage = await startServer({ databaseUrl: proxy.url, port: 0, logger: createLogger({ level: 'silent' }), database: { acquireTimeoutMs: 500 } });
    try {
      const token = await api.editorToken('night editor');
      await proxy.cut();
      const ended = await rawSocket(outage.url, (ws) => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      expect(ended).toEqual({ code: 1013, reason: 'The database is not answering; connect again shortly.' });
    } finally {
      await proxy.restore();
      await outage.close();
      await proxy.close();
    }
  });

  it('after the database drops the LISTEN connection, the server listens again and changes still arrive', async () => {
    const { sourced } = await deskFixtures(api.database.db);
    const editorToken = await api.editorToken();
    const editor = wsClient(api.url, editorToken);
    const feed = await subscribe(editor, Titles);
    await until(() => api.server.subscriptionCount() === 1);
    const listeners = `SELECT count(*) FROM pg_stat_activity WHERE application_name = '${LISTEN_APPLICATION_NAME}' AND datname = '${api.database.name}'`;
    const count = async () => Number((await api.database.db.$queryRawUnsafe<{ count: bigint }[]>(listeners))[0]!.count);
    const [before] = await api.database.db.$queryRawUnsafe<{ pid: number }[]>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = '${LISTEN_APPLICATION_NAME}' AND datname = current_database()`,
    );
    expect(await count()).toBe(1);
    await api.database.db.$queryRawUnsafe(`SELECT pg_terminate_backend(${before!.pid})`);
    // The terminated backend goes; a new one listens.
    for (let i = 0; i < 100; i += 1) {
      const [now] = await api.database.db.$queryRawUnsafe<{ pid: number }[]>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = '${LISTEN_APPLICATION_NAME}' AND datname = current_database()`,
      );
      if (now && now.pid !== before!.pid) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await count()).toBe(1);
    await api.request(
      graphql(`mutation LiveRetitle($id: ID!) { updateEvent(id: $id, input: { title: "After the restart" }) { id } }`),
      { id: Buffer.from(`Event:${sourced.id}`).toString('base64url') },
      { token: editorToken },
    );
    expect((await feed.next(2_000)).data!.eventChanged).toEqual({ change: 'UPDATED', event: { title: 'After the restart' } });
    await editor.dispose();
  });
});
