// The one place where the domain's errors (src/errors.ts) get their GraphQL
// form: the code a client reads in extensions.code, with the error's details
// (field, line, reason …) beside it. Apollo's formatError (server.ts) and the
// WebSocket server (http/subscriptions/ws-server.ts) both answer with it.
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, type DomainErrorKind } from '../errors.ts';
import type { ErrorCode } from './errors.ts';

const CODES: Record<DomainErrorKind, ErrorCode> = {
  'invalid-input': 'BAD_USER_INPUT',
  'not-found': 'NOT_FOUND',
  conflict: 'CONFLICT',
};

/** The domain error behind a GraphQL error (graphql-js wraps what a resolver throws), if there is one. */
export function domainErrorOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof DomainError ? original : null;
}

/** A domain error as the client receives it, at the place in the operation where it was raised. */
export function formatDomainError(error: DomainError, at: Pick<GraphQLFormattedError, 'locations' | 'path'>): GraphQLFormattedError {
  return {
    message: error.message,
    ...(at.locations ? { locations: at.locations } : {}),
    ...(at.path ? { path: at.path } : {}),
    extensions: { code: CODES[error.kind], ...error.details },
  };
}
