// A subscription sent as an HTTP request would run its resolver once, with
// no change to resolve: it is refused with where to send it instead.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { Context } from './context.ts';

export const subscriptionsOverHttp: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
        throw new GraphQLError(
          'Subscriptions run over WebSocket (the graphql-ws protocol) at this same address, /graphql; Apollo Client and GraphiQL connect there.',
          {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          },
        );
      },
    };
  },
};
