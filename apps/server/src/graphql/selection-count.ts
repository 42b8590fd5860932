// How many field selections a document asks for once its fragments are
// expanded, and how many of them land on one place in the response.
//
// Both are measured on the parsed document, before validation, because
// validation itself is what a hostile document makes slow: a fragment spread
// twice in each of 30 fragments names 2^30 fields in 1 KB, and graphql-js's
// OverlappingFieldsCanBeMerged compares every pair of fields that merge at one
// place (480 copies of `events { totalCount }` take 0.3 s). The walk stops
// after `budget` fields, so measuring costs at most that many steps.
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface SelectionCount {
  /** Fields named, each fragment counted at each spread; budget + 1 when the walk stopped early. */
  selections: number;
  /** The response path named most often ("events.totalCount") and how often. */
  mostRepeated: { path: string; count: number };
}

export function countSelections(document: DocumentNode, budget: number): SelectionCount {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const spread = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    collectSpreads(definition.selectionSet, fragments, spread);
  }
  const repeats = new Map<string, number>();
  const result: SelectionCount = { selections: 0, mostRepeated: { path: '', count: 0 } };
  // Fields at one response path, across every place that names it.
  const visit = (selectionSet: SelectionSetNode, path: string, expanding: Set<string>): boolean => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        result.selections += 1;
        if (result.selections > budget) return false;
        const fieldPath = `${path}${path ? '.' : ''}${(selection.alias ?? selection.name).value}`;
        const count = (repeats.get(fieldPath) ?? 0) + 1;
        repeats.set(fieldPath, count);
        if (count > result.mostRepeated.count) result.mostRepeated = { path: fieldPath, count };
        if (selection.selectionSet && !visit(selection.selectionSet, fieldPath, expanding)) return false;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(selection.selectionSet, path, expanding)) return false;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown fragments and cycles are validation's to report.
        if (!fragment || expanding.has(name)) continue;
        expanding.add(name);
        const finished = visit(fragment.selectionSet, path, expanding);
        expanding.delete(name);
        if (!finished) return false;
      }
    }
    return true;
  };
  for (const definition of document.definitions) {
    // Validation also walks a fragment that no operation spreads (and then
    // refuses it): it is measured once, on its own.
    const root =
      definition.kind === Kind.OPERATION_DEFINITION
        ? definition.selectionSet
        : definition.kind === Kind.FRAGMENT_DEFINITION && !spread.has(definition.name.value)
          ? definition.selectionSet
          : undefined;
    if (!root) continue;
    const prefix = definition.kind === Kind.FRAGMENT_DEFINITION ? `...${definition.name.value}` : '';
    if (!visit(root, prefix, new Set())) break;
  }
  return result;
}

/** Names of the fragments reachable from a selection set, each visited once. */
function collectSpreads(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, found: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (found.has(name)) continue;
      found.add(name);
      const fragment = fragments.get(name);
      if (fragment) collectSpreads(fragment.selectionSet, fragments, found);
    } else if (selection.selectionSet) {
      collectSpreads(selection.selectionSet, fragments, found);
    }
  }
}
