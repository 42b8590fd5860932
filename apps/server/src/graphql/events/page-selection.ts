// What a query asks of an events connection, read from its selection (with
// fragments expanded): which relations of each event it shows, which fields
// of each model, and whether it wants the count. The page then loads them in
// the statement that finds it, building only the fields shown; a field not
// known here makes its model come whole, so a field added to the schema is
// never missing, only not yet trimmed.
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageFields, PageRelations } from '@chronicle/db';

type Model = keyof PageFields | 'link';

/** What showing one GraphQL field takes: fields of its row, relations of the event, a nested model, models that must come whole. */
interface FieldUse {
  fields?: readonly string[];
  relations?: readonly ('actors' | 'citations' | 'quotes')[];
  nested?: Model;
  whole?: readonly Model[];
}

/** Fields read straight from the row's column of the same name. */
const columns = (...names: string[]): Record<string, FieldUse> => Object.fromEntries(names.map((name) => [name, { fields: [name] }]));
/** Fields resolved from the row's id alone (a loader or a global id). */
const byId = (...names: string[]): Record<string, FieldUse> => Object.fromEntries(names.map((name) => [name, { fields: ['id'] }]));
const DATE = ['startsOn', 'endsOn', 'isRange', 'precision'];

const USES: Record<Model, Record<string, FieldUse>> = {
  event: {
    ...columns('title', 'summary', 'kind', 'status', 'place', 'country', 'needsReview', 'isKey'),
    ...byId('id', 'timelines'),
    date: { fields: DATE },
    actors: { relations: ['actors'], nested: 'link' },
    citations: { relations: ['citations'], nested: 'citation' },
    quotes: { relations: ['quotes'], nested: 'quote' },
    // These weigh the evidence in code: its rows come whole.
    salience: { fields: ['isKey'], relations: ['citations', 'quotes'], whole: ['citation', 'quote', 'source'] },
    dateDisagreement: { relations: ['citations'], whole: ['citation'] },
  },
  // An actor link is three ids and a role: always whole.
  link: { role: {}, actor: { nested: 'actor' } },
  actor: {
    ...columns('slug', 'name', 'kind', 'status', 'aliases', 'description', 'country'),
    ...byId('id', 'events', 'quotes', 'stances', 'stancesTowards'),
  },
  citation: {
    ...columns('status', 'passage', 'passageStart', 'passageEnd', 'dateExpression'),
    ...byId('id'),
    resolvedDate: { fields: ['resolvedStartsOn', 'resolvedEndsOn', 'resolvedPrecision'] },
    source: { nested: 'source' },
    // Through the loader, by the event id every citation row carries.
    event: {},
  },
  quote: {
    ...columns('status', 'text', 'verb'),
    ...byId('id'),
    speaker: { nested: 'actor' },
    source: { nested: 'source' },
    event: {},
  },
  source: {
    ...columns('title', 'publisher', 'publisherCountry', 'url', 'publishedOn', 'language', 'contentHash', 'createdAt'),
    ...byId('id', 'text', 'citations'),
  },
};

export function pageSelection(info: GraphQLResolveInfo): PageRelations {
  const wanted: PageRelations = { actors: false, citations: false, quotes: false, total: false };
  const fields = new Map<Model, Set<string>>();
  const whole = new Set<Model>();
  const walk = (model: Model, selectionSet: SelectionSetNode | undefined) => {
    for (const field of fieldsOf(selectionSet, info.fragments)) {
      const name = field.name.value;
      if (name === '__typename') continue;
      const use = USES[model][name];
      if (!use) {
        whole.add(model);
        continue;
      }
      const shown = fields.get(model) ?? new Set<string>();
      fields.set(model, shown);
      for (const f of use.fields ?? []) shown.add(f);
      for (const relation of use.relations ?? []) wanted[relation] = true;
      for (const model of use.whole ?? []) whole.add(model);
      if (use.nested) walk(use.nested, field.selectionSet);
    }
  };
  for (const connection of info.fieldNodes) {
    for (const field of fieldsOf(connection.selectionSet, info.fragments)) {
      const name = field.name.value;
      if (name === 'totalCount') wanted.total = true;
      if (name === 'nodes') walk('event', field.selectionSet);
      if (name === 'edges') {
        for (const node of fieldsOf(field.selectionSet, info.fragments)) if (node.name.value === 'node') walk('event', node.selectionSet);
      }
    }
  }
  const shown = (model: keyof PageFields) => (whole.has(model) ? undefined : [...(fields.get(model) ?? [])]);
  wanted.fields = { event: shown('event'), actor: shown('actor'), citation: shown('citation'), quote: shown('quote'), source: shown('source') } as PageFields;
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
