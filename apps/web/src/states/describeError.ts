// What to tell a person about a failed request: the API being out of reach
// is a different message from the API refusing the question.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { ErrorLike } from '@apollo/client';

export interface ErrorDescription {
  unreachable: boolean;
  message: string;
}

export function describeError(error: ErrorLike): ErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    return { unreachable: false, message: error.errors.map((e) => e.message).join(' ') || 'The API refused the request.' };
  }
  if (ServerError.is(error)) {
    return { unreachable: error.statusCode >= 500, message: `The API answered with HTTP ${error.statusCode}.` };
  }
  if (ServerParseError.is(error)) {
    return { unreachable: true, message: 'The API sent a response that is not JSON.' };
  }
  // fetch itself failed: offline, server down, DNS, CORS.
  return { unreachable: true, message: 'The chronicle API cannot be reached right now.' };
}
