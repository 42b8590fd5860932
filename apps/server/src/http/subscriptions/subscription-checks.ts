// The limits a subscription meets before it starts, as an HTTP request meets
// them: tokens, expanded selections, depth/aliases/directives (graphql-armor's
// rules), validation, and cost. Only subscriptions come over WebSocket:
// queries and mutations go through HTTP, where the rate limits count them.
import {
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { LIMITS } from '../../graphql/limits.ts';
import { operationCost } from '../../graphql/query-cost.ts';
import { checkDocument } from '../document-limits.ts';

const refuse = (message: string, extensions: Record<string, unknown>) => [new GraphQLError(message, { extensions })];

export function checkSubscription(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  payload: SubscribePayload,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  const checked = checkDocument(payload.query, LIMITS);
  if ('refusal' in checked) return { errors: refuse(checked.refusal.message, checked.refusal.extensions) };
  if ('unparsed' in checked) return { errors: refuse('Syntax Error: the document is not valid GraphQL.', { code: 'GRAPHQL_PARSE_FAILED' }) };
  const { document } = checked;
  const invalid = validate(schema, document, [...specifiedRules, ...rules]);
  if (invalid.length > 0) {
    return { errors: invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions } })) };
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return { errors: refuse('Name the operation to run (operationName): the document holds several.', { code: 'OPERATION_RESOLUTION_FAILURE' }) };
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return {
      errors: refuse(
        `Send ${operation.operation === OperationTypeNode.QUERY ? 'queries' : 'mutations'} as HTTP POST to /graphql; the WebSocket serves subscriptions only.`,
        { code: 'BAD_REQUEST' },
      ),
    };
  }
  const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  const cost = operationCost({
    schema,
    operation,
    fragments,
    variables: payload.variables ?? {},
    listEstimate: LIMITS.listEstimate,
    leafWeights: LIMITS.leafWeights,
    listSizes: LIMITS.listSizes,
  });
  if (cost > LIMITS.maxCost) {
    return {
      errors: refuse(
        `This subscription costs ${cost} per change (about one per object it may return); the limit is ${LIMITS.maxCost}. Ask for fewer nested lists.`,
        {
          code: 'COST_LIMIT_EXCEEDED',
          cost,
          maxCost: LIMITS.maxCost,
        },
      ),
    };
  }
  return { document };
}
