// Per GraphQL operation: latency and count by operation name, errors by code,
// and a warning line for an operation slower than the threshold.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** An error without a code is an internal one; a code that is not text is one nobody knows. */
const codeOf = (code: unknown): string => (code === undefined || code === null ? 'INTERNAL_SERVER_ERROR' : typeof code === 'string' ? code : 'UNKNOWN');

export function operationObservability(options: {
  logger: Logger;
  metrics: Metrics;
  slowOperationMs: number;
  knownCodes: ReadonlySet<string>;
}): ApolloServerPlugin<Context> {
  const { logger, metrics, slowOperationMs, knownCodes } = options;
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operation, operationName, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const name = operationName ?? request.operationName ?? null;
          metrics.observeOperation(name, operation?.operation ?? 'unknown', seconds);
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              metrics.countError(codeOf(error.extensions?.code), knownCodes);
            }
          }
          const ms = Math.round(seconds * 1000);
          if (ms >= slowOperationMs)
            logger.warn({ operation: name ?? 'anonymous', type: operation?.operation, durationMs: ms, thresholdMs: slowOperationMs }, 'slow GraphQL operation');
        },
      };
    },
  };
}
