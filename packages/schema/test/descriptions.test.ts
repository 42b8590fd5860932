// Every public type, field, argument, input field and enum value of the API
// says what it is: GraphiQL, generated clients and people reading the SDL see
// these sentences, and a new field without one fails here.
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/index.ts';

/** Schema coordinates ("Type.field(argument)") of everything public that has no description. */
function undescribed(schema: GraphQLSchema): { checked: number; missing: string[] } {
  let checked = 0;
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    checked += 1;
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return { checked, missing };
}

describe('the schema', () => {
  it('describes every public type, field, argument, input field and enum value', () => {
    const { checked, missing } = undescribed(buildASTSchema(parse(typeDefs.join('\n'))));
    expect(missing).toEqual([]);
    // The walk reached the whole schema, not just the root types.
    expect(checked).toBeGreaterThan(350);
  });

  it('names what lacks a description', () => {
    const schema = buildASTSchema(
      parse(`
      "Described." type Query { "Described." thing(id: ID!): Kind, bare: String }
      enum Kind { "Described." A B }
      input Filter { "Described." a: Int, b: Int }
      type Holder { filter(f: Filter): Kind }
    `),
    );
    expect(undescribed(schema).missing.sort()).toEqual([
      'Filter',
      'Filter.b',
      'Holder',
      'Holder.filter',
      'Holder.filter(f:)',
      'Kind',
      'Kind.B',
      'Query.bare',
      'Query.thing(id:)',
    ]);
  });
});
