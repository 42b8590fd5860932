// How many objects an operation may return, at most, before it runs.
//
// graphql-armor's cost rule runs during validation, where variables are not
// known, so `events(first: $n)` counted as a single page and nested lists
// counted once. This measure sees the variables: every object field costs
// one per object it may return, a connection's `edges`/`nodes` return up to
// its `first` (a literal, a variable or the argument's default), and other
// lists are assumed to hold LIMITS.listEstimate items. Scalars are free; the
// token limit bounds how many of them a document can name.
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
}

export function operationCost(input: CostInput): number {
  const root = input.schema.getRootType(input.operation.operation);
  if (!root) return 0;
  const withDefaults = { ...input, variables: variablesWithDefaults(input) };
  return selectionSetCost(withDefaults, input.operation.selectionSet, root, undefined);
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
function selectionSetCost(input: CostInput, selectionSet: SelectionSetNode, parentType: GraphQLNamedType, pageSize: number | undefined): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(input, selection, parentType, pageSize);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : parentType;
      if (type) total += selectionSetCost(input, selection.selectionSet, type, pageSize);
    } else {
      // Validation has already refused unknown fragments and fragment cycles.
      const fragment = input.fragments[selection.name.value];
      const type = fragment && input.schema.getType(fragment.typeCondition.name.value);
      if (fragment && type) total += selectionSetCost(input, fragment.selectionSet, type, pageSize);
    }
  }
  return total;
}

function fieldCost(input: CostInput, node: FieldNode, parentType: GraphQLNamedType, pageSize: number | undefined): number {
  // Introspection is bounded by the schema's size, not by the data.
  if (node.name.value.startsWith('__')) return 0;
  const field = fieldOf(parentType, node.name.value);
  if (!field || !node.selectionSet) return 0;
  const type = getNamedType(field.type);
  if (isLeafType(type)) return 0;
  const items = isListType(getNullableType(field.type)) ? (pageSize ?? input.listEstimate) : 1;
  const perItem = 1 + selectionSetCost(input, node.selectionSet, type, pageSizeOf(input, node, field));
  return items * perItem;
}

/** Unions have no fields besides __typename, which is free. */
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** The `first` this field asks for, or undefined when it takes none. */
function pageSizeOf(input: CostInput, node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined {
  const argument = field.args.find((arg) => arg.name === 'first');
  if (!argument) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromAST(given.value, argument.type, input.variables) : argument.defaultValue;
  // An unusable value fails later with its own error; count the default meanwhile.
  const size = typeof value === 'number' && Number.isFinite(value) ? value : argument.defaultValue;
  return typeof size === 'number' ? Math.max(0, size) : input.listEstimate;
}
