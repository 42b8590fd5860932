// HTTP caching for readers: an anonymous GET query that succeeded is the same
// for every reader, so a browser or a CDN may keep it for a minute (express
// adds the ETag and answers If-None-Match with 304). GET with an automatic
// persisted query hash (Apollo's APQ, on by default) gives a short URL a CDN
// can key on. Editors see drafts: their answers are never stored anywhere.
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Context } from './context.ts';

/** Long enough to absorb a crowd reading the same window, short enough that a publication shows soon. */
export const PUBLIC_MAX_AGE_S = 60;

export const publicCache: ApolloServerPlugin<Context> = {
  async requestDidStart({ request, contextValue }) {
    return {
      async willSendResponse({ response, operation }) {
        const headers = response.http.headers;
        // The same URL answers an editor differently.
        headers.set('vary', 'authorization');
        if (contextValue.viewer.editor) {
          headers.set('cache-control', 'private, no-store');
          return;
        }
        const cacheable =
          request.http?.method === 'GET' &&
          operation?.operation === OperationTypeNode.QUERY &&
          response.body.kind === 'single' &&
          !response.body.singleResult.errors;
        if (cacheable) headers.set('cache-control', `public, max-age=${PUBLIC_MAX_AGE_S}`);
      },
    };
  },
};
