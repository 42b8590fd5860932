// A graphql-ws client as Apollo Client or GraphiQL would open it, for tests:
// what arrives is kept in order, and a test waits for the next one with a deadline.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscriber<T> {
  received: ExecutionResult<T>[];
  /** The next result, or a rejection after `ms`. */
  next(ms?: number): Promise<ExecutionResult<T>>;
  close(): Promise<void>;
}

export function socketUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

export function wsClient(httpUrl: string, token?: string, options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url: socketUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    lazy: false,
    onNonLazyError: () => {},
  });
}

export async function subscribe<T, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
): Promise<Subscriber<T>> {
  const received: ExecutionResult<T>[] = [];
  let waiting: { resolve: (r: ExecutionResult<T>) => void } | null = null;
  let read = 0;
  let failed: unknown = null;
  const query = typeof document === 'string' ? document : print(document);
  const dispose = client.subscribe<T>(
    { query, variables: variables ?? {} },
    {
      next: (result) => {
        received.push(result as ExecutionResult<T>);
        if (waiting) {
          waiting.resolve(received[read++]!);
          waiting = null;
        }
      },
      error: (error) => (failed = error),
      complete: () => {},
    },
  );
  return {
    received,
    next(ms = 2_000) {
      if (read < received.length) return Promise.resolve(received[read++]!);
      if (failed) return Promise.reject(failed instanceof Error ? failed : new Error(JSON.stringify(failed)));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting = null;
          reject(new Error(`nothing arrived within ${ms} ms`));
        }, ms);
        waiting = {
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
      });
    },
    async close() {
      dispose();
    },
  };
}

/** Waits until `check` holds (a server has started listening for n subscriptions). */
export async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
