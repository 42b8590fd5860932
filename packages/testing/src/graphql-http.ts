// GraphQL over HTTP as any client sends it: a POST to <origin>/graphql, with a
// bearer token when given. Server and web tests use these instead of each
// writing its own fetch.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';

export interface GraphQLRequestOptions {
  token?: string | undefined;
  headers?: Record<string, string>;
}

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  /** The JSON body; its errors are plain objects shaped like GraphQLError (message, path, extensions.code). */
  body: ExecutionResult<TData>;
}

/** Sends one operation (a typed document or query text) and returns what came back, errors included. */
export async function postGraphQL<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
  origin: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  options: GraphQLRequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TData>['body'] };
}

/** The operation's data; throws with the errors when there are any, for set-up steps that must succeed. */
export async function graphqlData<TData, TVariables>(
  origin: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: GraphQLRequestOptions = {},
): Promise<TData> {
  const { body } = await postGraphQL(origin, document, variables, options);
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
