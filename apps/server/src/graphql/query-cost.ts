// An estimate, before it runs, of how many objects an operation returns.
//
// graphql-armor's cost rule runs during validation, where variables are not
// known, so `events(first: $n)` counted as a single page and nested lists
// counted once. This measure sees the variables: every object field costs
// one per object it may return; a connection's `edges`/`nodes` return up to
// its `first` (a literal, a variable or the argument's default) and the
// histogram its `buckets`; other lists (an event's actors, a stance's
// citations) are assumed to hold LIMITS.listEstimate items, an estimate, not
// a bound. Scalars are free (the token limit bounds how many a document can
// name) except heavy ones given a weight, such as a source's full text.
//
// A fragment's cost is computed once per page size and multiplied at each
// spread: walking it again at each use took time exponential in the number of
// fragments (`fragment F0 on Query { ...F1 ...F1 }` … F30).
import {
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown> | undefined;
  /** Items assumed in a list that has no `first`. */
  listEstimate: number;
  /** Scalar fields that cost more than nothing, by "Type.field" (a source's full text). */
  leafWeights?: Readonly<Record<string, number>>;
  /** Lists known to hold more than `listEstimate` items, by "Type.field". */
  listSizes?: Readonly<Record<string, number>>;
}

/** The input, plus fragment costs already known, by "name pageSize". */
interface Walk extends CostInput {
  fragmentCosts: Map<string, number>;
}

export function operationCost(input: CostInput): number {
  const root = input.schema.getRootType(input.operation.operation);
  if (!root) return 0;
  const walk: Walk = { ...input, variables: variablesWithDefaults(input), fragmentCosts: new Map() };
  return selectionSetCost(walk, input.operation.selectionSet, root, undefined);
}

/** The request's variables, plus the defaults the operation declares for the ones it left out. */
function variablesWithDefaults(input: CostInput): Record<string, unknown> {
  const variables = { ...input.variables };
  for (const definition of input.operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}

/**
 * `pageSize` is set while walking a connection's own fields: its list fields
 * (`edges`, `nodes`) hold that many items rather than the estimate.
 */
function selectionSetCost(input: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType, pageSize: number | undefined): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(input, selection, parentType, pageSize);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : parentType;
      if (type) total += selectionSetCost(input, selection.selectionSet, type, pageSize);
    } else {
      total += fragmentCost(input, selection.name.value, pageSize);
    }
  }
  return total;
}

function fragmentCost(input: Walk, name: string, pageSize: number | undefined): number {
  const key = `${name} ${pageSize}`;
  const known = input.fragmentCosts.get(key);
  if (known !== undefined) return known;
  // Validation has already refused unknown fragments and fragment cycles.
  const fragment = input.fragments[name];
  const type = fragment && input.schema.getType(fragment.typeCondition.name.value);
  const cost = fragment && type ? selectionSetCost(input, fragment.selectionSet, type, pageSize) : 0;
  input.fragmentCosts.set(key, cost);
  return cost;
}

function fieldCost(input: Walk, node: FieldNode, parentType: GraphQLNamedType, pageSize: number | undefined): number {
  // Introspection is bounded by the schema's size, not by the data.
  if (node.name.value.startsWith('__')) return 0;
  const field = fieldOf(parentType, node.name.value);
  if (!field) return 0;
  const type = getNamedType(field.type);
  if (isLeafType(type) || !node.selectionSet) return input.leafWeights?.[`${parentType.name}.${field.name}`] ?? 0;
  // A list sized by its own argument (eventHistogram's buckets), a connection's
  // edges or nodes (sized by the connection's first), or any other list.
  const knownSize = input.listSizes?.[`${parentType.name}.${field.name}`];
  const items = isListType(getNullableType(field.type)) ? (sizeArgument(input, node, field, 'buckets') ?? pageSize ?? knownSize ?? input.listEstimate) : 1;
  const perItem = 1 + selectionSetCost(input, node.selectionSet, type, sizeArgument(input, node, field, 'first'));
  return items * perItem;
}

/** Unions have no fields besides __typename, which is free. */
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** The value of a size argument (`first`, `buckets`) of this field, or undefined when it takes none. */
function sizeArgument(input: CostInput, node: FieldNode, field: GraphQLField<unknown, unknown>, name: string): number | undefined {
  const argument = field.args.find((arg) => arg.name === name);
  if (!argument) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === name);
  const value = given ? valueFromAST(given.value, argument.type, input.variables) : argument.defaultValue;
  // An unusable value fails later with its own error; count the default meanwhile.
  const size = typeof value === 'number' && Number.isFinite(value) ? value : argument.defaultValue;
  return typeof size === 'number' ? Math.max(0, size) : input.listEstimate;
}
