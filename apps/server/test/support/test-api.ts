// A real server on a fresh database of its own, for one test file.
import { loadSeed, readSeedData } from '@chronicle/db';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { postGraphQL } from '@chronicle/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../src/app.ts';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import type { FetchPolicy } from '../../src/ingest/url/safe-fetch.ts';
import type { WorkerSettings } from '../../src/jobs/run-workers.ts';
import { createLogger } from '../../src/observability/logger.ts';

/** A log line as the server wrote it (pino's JSON). */
export type LogLine = { level: number; msg: string; requestId?: string; err?: { message: string; stack?: string } } & Record<string, unknown>;

export interface TestApi {
  url: string;
  database: TestDatabase;
  server: RunningServer;
  /** Every line the server logged, oldest first; tests may empty it. */
  logs: LogLine[];
  /** Sends a typed operation over HTTP, as a client would. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: ExecutionResult<TData> }>;
  editorToken(name?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  seed?: boolean;
  production?: boolean;
  onQuery?: (sql: string) => void;
  slowOperationMs?: number;
  fetchPolicy?: FetchPolicy;
  workers?: WorkerSettings;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  if (options.seed !== false) await loadSeed(database.db, await readSeedData());
  // The rate limiters run in every test's path, with limits no test reaches
  // (rate-limits.test.ts checks them at n and n+1).
  const generous = { points: 1_000_000, seconds: 60 };
  const logs: LogLine[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) } });
  const server = await startServer({
    databaseUrl: database.url,
    port: 0,
    production: options.production ?? false,
    onQuery: options.onQuery,
    rateLimits: { requests: generous, mutations: generous, failedAuth: generous },
    logger,
    ...(options.slowOperationMs !== undefined ? { slowOperationMs: options.slowOperationMs } : {}),
    ...(options.fetchPolicy ? { fetchPolicy: options.fetchPolicy } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
  });
  return {
    url: server.url,
    database,
    server,
    logs,
    async request(document, variables, requestOptions = {}) {
      const { status, body } = await postGraphQL(server.url, document, variables, requestOptions);
      return { status, body };
    },
    async editorToken(name = 'test editor') {
      return (await createApiToken(database.db, name)).token;
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/**
 * For a describe block whose tests act as an editor: a test API started before
 * them, an editor's token for it, and the API closed after them. The fields are
 * set once the block's beforeAll hooks run (this one first), so read them in
 * hooks and tests, not while the block is declared.
 */
export function useEditorApi(options: TestApiOptions = {}): { readonly api: TestApi; readonly token: string } {
  const session = {} as { api: TestApi; token: string };
  beforeAll(async () => {
    session.api = await startTestApi(options);
    session.token = await session.api.editorToken();
  });
  afterAll(() => session.api?.close());
  return session;
}
