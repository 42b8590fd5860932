// During a database outage GraphQL answers HTTP 503 with Retry-After, so load
// balancers and clients retry instead of taking the error as the answer.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
const RETRY_AFTER_SECONDS = 5;

export function unavailableError() {
  return { message: 'The database is not answering. Try again in a few seconds.', extensions: { code: SERVICE_UNAVAILABLE } };
}

/** For errors raised before execution (creating the context looks up the token). */
export function unavailableGraphQLError(): GraphQLError {
  const { message, extensions } = unavailableError();
  return new GraphQLError(message, { extensions: { ...extensions, http: { status: 503 } } });
}

export const databaseOutage: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (!response.body.singleResult.errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
