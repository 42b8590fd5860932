// The cost measure on its own: what it multiplies, and what it leaves free.
import { buildSchema, Kind, parse, print, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { typeDefs } from '@chronicle/schema';
import * as webDocuments from '@chronicle/schema/client/graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/graphql/limits.ts';
import { operationCost } from '../src/graphql/query-cost.ts';

const schema = buildSchema(typeDefs.join('\n'));

function costInput(query: string | DocumentNode, variables: Record<string, unknown> = {}) {
  const document = typeof query === 'string' ? parse(query) : query;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { schema, operation, fragments, variables, listEstimate: 10 };
}

const cost = (query: string | DocumentNode, variables: Record<string, unknown> = {}) => operationCost(costInput(query, variables));

describe('operationCost', () => {
  it('counts a connection once and each of its nodes once; scalars are free', () => {
    expect(cost('{ events(first: 30) { totalCount nodes { id title } } }')).toBe(31);
    expect(cost('{ events(first: 30) { edges { cursor node { id } } } }')).toBe(1 + 30 * 2);
  });

  it('reads page sizes from variables, operation defaults and argument defaults alike', () => {
    const query = 'query Q($n: Int!) { events(first: $n) { nodes { id } } }';
    expect(cost(query, { n: 120 })).toBe(121);
    expect(cost('query Q($n: Int = 70) { events(first: $n) { nodes { id } } }')).toBe(71);
    // events' own default page is 50.
    expect(cost('{ events { nodes { id } } }')).toBe(51);
  });

  it('multiplies nested lists: unpaged lists by the estimate, connections by their page', () => {
    // 1 + 20 × (1 event + 10 × (1 role + 1 actor + 1 connection + 5 events))
    expect(cost('{ events(first: 20) { nodes { actors { actor { events(first: 5) { nodes { id } } } } } } }')).toBe(1 + 20 * (1 + 10 * (1 + 1 + 1 + 5)));
  });

  it('walks named and inline fragments', () => {
    const withFragment = 'query { events(first: 10) { ...Page } } fragment Page on EventConnection { nodes { ... on Event { actors { actor { id } } } } }';
    expect(cost(withFragment)).toBe(1 + 10 * (1 + 10 * 2));
  });

  it('sizes the histogram by its buckets and weighs full source texts', () => {
    expect(cost('{ eventHistogram(filter: { from: "2019-01-01", to: "2019-12-31" }, buckets: 400) { count } }')).toBe(400);
    expect(cost('{ sources(first: 20) { nodes { title } } }')).toBe(21);
    expect(operationCost({ ...costInput('{ sources(first: 20) { nodes { title text } } }'), leafWeights: LIMITS.leafWeights })).toBe(1 + 20 * 101);
  });

  it("counts the outlets of a timeline as the 200 they can be, and weighs what loads an event's citations", () => {
    const limits = { leafWeights: LIMITS.leafWeights, listSizes: LIMITS.listSizes };
    expect(operationCost({ ...costInput('{ publishers { name } }'), ...limits })).toBe(200);
    expect(operationCost({ ...costInput('{ events(first: 10) { nodes { salience dateDisagreement } } }'), ...limits })).toBe(1 + 10 * 3);
  });

  it('computes a fragment once and multiplies it at each spread', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice … : 2^40 connections, 41 fragments.
    const n = 40;
    const fragmentText = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const input = costInput(['query { ...F0 }', ...fragmentText, `fragment F${n} on Query { events(first: 0) { totalCount } }`].join('\n'));
    // Count how often the estimate looks a fragment up: walking each spread again took 2^n.
    let lookups = 0;
    const fragments = new Proxy(input.fragments, {
      get(target, name) {
        lookups += 1;
        if (lookups > 1_000) throw new Error('the estimate walks fragments again at each spread');
        return Reflect.get(target, name) as unknown;
      },
    });
    expect(operationCost({ ...input, fragments })).toBe(2 ** n);
    expect(lookups).toBe(n + 1);
  });

  it('leaves introspection out', () => {
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(0);
  });

  it('lets every operation of the web app through at the largest page', () => {
    const documents = Object.entries(webDocuments).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, document] of documents) {
      // Every Int variable at its largest: page sizes at 200, buckets at 500.
      const operation = (document as DocumentNode).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => print(v.type).replace('!', '') === 'Int')
          .map((v) => [v.variable.name.value, /bucket/i.test(v.variable.name.value) ? 500 : 200]),
      );
      expect(operationCost({ ...costInput(document as DocumentNode, variables), leafWeights: LIMITS.leafWeights }), name).toBeLessThanOrEqual(LIMITS.maxCost);
    }
  });
});
