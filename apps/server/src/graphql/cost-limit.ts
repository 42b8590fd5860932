// Refuses an operation whose worst case returns more objects than
// LIMITS.maxCost, after the operation is resolved (so variables are known)
// and before any resolver runs.
import type { ApolloServerPlugin } from '@apollo/server';
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
          document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [])),
        );
        const cost = operationCost({ schema, operation, fragments, variables: request.variables, listEstimate: LIMITS.listEstimate });
        if (cost > LIMITS.maxCost) {
          throw clientError(
            'COST_LIMIT_EXCEEDED',
            `This operation may return up to ${cost} objects; the limit is ${LIMITS.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
            { cost, maxCost: LIMITS.maxCost },
          );
        }
      },
    };
  },
};
