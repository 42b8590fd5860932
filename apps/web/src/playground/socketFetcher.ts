// Subscriptions in GraphiQL: run over a graphql-ws socket of their own, with
// the Authorization header from GraphiQL's headers tab as the connection
// parameters (how the server reads an editor's token on a socket).
import { getOperationAST, OperationTypeNode, parse, type ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import { socketUrl } from '../live/liveSocket.ts';

interface Params {
  query: string;
  variables?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

export function isSubscription(params: Params): boolean {
  try {
    return getOperationAST(parse(params.query), params.operationName ?? undefined)?.operation === OperationTypeNode.SUBSCRIPTION;
  } catch {
    // Not parseable: the server says what is wrong with it, over HTTP.
    return false;
  }
}

export function subscribeOverSocket(params: Params, headers: Record<string, unknown> | undefined): AsyncIterableIterator<ExecutionResult> {
  const authorization = headers?.['authorization'] ?? headers?.['Authorization'];
  const client = createClient({
    url: socketUrl(window.location),
    connectionParams: typeof authorization === 'string' ? { authorization } : {},
    retryAttempts: 0,
  });
  const results = client.iterate({
    query: params.query,
    variables: params.variables ?? {},
    ...(params.operationName ? { operationName: params.operationName } : {}),
  });
  // GraphiQL stops a subscription by returning the iterator: the socket goes with it.
  const stop = results.return?.bind(results);
  results.return = async (value?: unknown) => {
    const done = stop ? await stop(value) : { done: true as const, value: undefined };
    await client.dispose();
    return done;
  };
  // Results arrive as JSON (formatted errors), as GraphiQL's HTTP results do; its types name graphql-js's.
  return results as unknown as AsyncIterableIterator<ExecutionResult>;
}
