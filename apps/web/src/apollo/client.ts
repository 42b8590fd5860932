// The one Apollo Client of the app and its cache policies.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { liveSocket } from '../live/liveSocket.ts';
import { fetchWithEditorToken } from '../editor/editorToken.ts';

/** An EventConnection as cached: only the fields some query asked for. */
interface EventConnectionShape {
  nodes?: readonly unknown[];
  edges?: readonly unknown[];
}

function appended(existing: readonly unknown[] | undefined, incoming: readonly unknown[] | undefined) {
  return existing && incoming ? [...existing, ...incoming] : incoming;
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Subscriptions over the WebSocket, everything else over HTTP (where the rate limits count it).
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(liveSocket),
      new HttpLink({ uri: '/graphql', fetch: fetchWithEditorToken }),
    ),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Each filter (window included) is its own list; `after` pages
            // of the same filter (the list view's "load more") are appended.
            events: {
              keyArgs: ['filter', 'first'],
              merge(existing: EventConnectionShape | undefined, incoming: EventConnectionShape, { args }) {
                if (!existing || !args?.['after']) return incoming;
                return {
                  ...incoming,
                  nodes: appended(existing.nodes, incoming.nodes),
                  edges: appended(existing.edges, incoming.edges),
                };
              },
            },
            // An actor already in the cache (from an event) needs no request.
            actor: {
              read(existing: Reference | undefined, { args, toReference }) {
                const id: unknown = args?.['id'];
                return existing ?? (typeof id === 'string' ? toReference({ __typename: 'Actor', id }) : undefined);
              },
            },
          },
        },
        // An event's date has no ID of its own: queries asking for different
        // parts of it complete one another.
        Event: { fields: { date: { merge: true } } },
      },
    }),
  });
}
