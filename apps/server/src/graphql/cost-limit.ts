// Refuses an operation whose estimated cost (query-cost.ts) exceeds
// LIMITS.maxCost, after the operation is resolved (so variables are known)
// and before any resolver runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { Context } from './context.ts';
import { clientError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { operationCost } from './query-cost.ts';

export const costLimit: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, operation, document, request }) {
        // Apollo has already refused a request whose operation it could not pick.
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [])),
        );
        const cost = operationCost({
          schema,
          operation,
          fragments,
          variables: request.variables,
          listEstimate: LIMITS.listEstimate,
          leafWeights: LIMITS.leafWeights,
          listSizes: LIMITS.listSizes,
        });
        if (cost > LIMITS.maxCost) {
          throw clientError(
            'COST_LIMIT_EXCEEDED',
            `This operation costs ${cost} (about one per object it may return); the limit is ${LIMITS.maxCost}. Ask for smaller pages (first), fewer nested lists or fewer source texts.`,
            { cost, maxCost: LIMITS.maxCost },
          );
        }
      },
    };
  },
};
