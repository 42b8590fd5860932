// What a query asks of an events connection, read from its selection (with
// fragments expanded): which relations of each event it shows, and whether
// it wants the count. The page then loads them in the statement that finds
// it; fields not listed here still load through the DataLoaders.
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageRelations } from '@chronicle/db';

/** Event fields and the relations they read (salience weighs the citations' publishers and the quotes). */
const NEEDS: Record<string, (keyof PageRelations)[]> = {
  actors: ['actors'],
  citations: ['citations'],
  quotes: ['quotes'],
  salience: ['citations', 'quotes'],
  dateDisagreement: ['citations'],
};

export function pageSelection(info: GraphQLResolveInfo): PageRelations {
  const wanted: PageRelations = { actors: false, citations: false, quotes: false, total: false };
  for (const connection of info.fieldNodes) {
    for (const field of fieldsOf(connection.selectionSet, info.fragments)) {
      const name = field.name.value;
      if (name === 'totalCount') wanted.total = true;
      const nodes = name === 'nodes' ? [field] : name === 'edges' ? fieldsOf(field.selectionSet, info.fragments).filter((f) => f.name.value === 'node') : [];
      for (const node of nodes) {
        for (const eventField of fieldsOf(node.selectionSet, info.fragments)) {
          for (const relation of NEEDS[eventField.name.value] ?? []) wanted[relation] = true;
        }
      }
    }
  }
  return wanted;
}

/** The fields of a selection set, through fragment spreads and inline fragments (directives ignored: loading more is harmless). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return fieldsOf(fragments[name]?.selectionSet, fragments, seen);
  });
}
