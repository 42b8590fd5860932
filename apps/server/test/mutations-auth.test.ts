// Built from the schema's Mutation type: every mutation, present and future,
// refuses a missing, wrong or revoked token, and writes nothing.
import { typeDefs } from '@chronicle/schema';
import {
  buildASTSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isObjectType,
  parse,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiToken } from '../src/auth/api-tokens.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const schema: GraphQLSchema = buildASTSchema(parse(typeDefs.join('\n')));
const SOME_EVENT_ID = Buffer.from('Event:00000000-0000-4000-8000-000000000000').toString('base64url');

/** A value the type accepts, so that only the token decides the outcome. */
function sampleValue(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sampleValue(type.ofType);
  if (type instanceof GraphQLList) return [sampleValue(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, sampleValue(f.type)]),
    );
  }
  if (type instanceof GraphQLScalarType) {
    return {
      ID: SOME_EVENT_ID,
      String: 'On Tuesday the minister spoke.',
      Int: 1,
      Float: 1,
      Boolean: true,
      Date: '2019-06-25',
      DateTime: '2019-06-25T00:00:00Z',
    }[type.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

const mutationType = schema.getMutationType()!;
const mutations = Object.values(mutationType.getFields()).map((field) => {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ' { __typename }' : '';
  return {
    name: field.name,
    document: `mutation Call${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(field.args.map((a) => [a.name, sampleValue(a.type)])),
  };
});

describe("every mutation needs an editor's token", () => {
  let api: TestApi;
  let revoked: string;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    revoked = await api.editorToken('former editor');
    await revokeApiToken(api.database.db, 'former editor');
  });
  afterAll(() => api.close());

  it('the schema has the mutations this test walks through', () => {
    expect(mutations.map((m) => m.name)).toEqual(expect.arrayContaining(['ingestArticle', 'publishEvent', 'mergeActors']));
  });

  for (const mutation of mutations) {
    it(`${mutation.name}: missing, wrong and revoked tokens are refused`, async () => {
      const cases = [
        { token: undefined, status: 401 },
        { token: 'chr_not-a-real-token', status: 401 },
        { token: revoked, status: 401 },
      ];
      for (const { token, status } of cases) {
        const response = await api.request(mutation.document, mutation.variables, token ? { token } : {});
        expect(response.body.errors?.[0]?.extensions?.code, `${mutation.name} with token ${token}`).toBe('UNAUTHENTICATED');
        expect(response.status).toBe(status);
      }
      expect(await api.database.db.source.count()).toBe(0);
      expect(await api.database.db.event.count()).toBe(0);
    });
  }

  it('a valid token gets through (so the refusals above are about the token)', async () => {
    const token = await api.editorToken();
    const ping = mutations.find((m) => m.name === 'ping')!;
    const { body } = await api.request(ping.document, ping.variables, { token });
    expect(body.errors).toBeUndefined();
  });
});
