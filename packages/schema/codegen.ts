// One codegen for the whole API: resolver types for the server and typed
// documents for the web app, both from the SDL in src/**/schema.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for a client: scalars as the JSON strings it receives. */
const clientOutput = (documents: string[]) => ({
  preset: 'client' as const,
  documents,
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: false },
    nonOptionalTypename: true,
    scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
  },
});

const config: CodegenConfig = {
  schema: 'src/**/schema.graphql',
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        enumsAsTypes: true,
        useTypeImports: true,
        // The server passes its own Context type: Resolvers<Context>.
        contextType: 'unknown',
        scalars: { Date: 'Date', DateTime: 'Date', ID: 'string' },
        mappers: {
          Event: '@chronicle/db#Event as EventModel',
          Actor: '@chronicle/db#Actor as ActorModel',
          Source: '../mappers#SourceParent',
          Citation: '@chronicle/db#Citation as CitationModel',
          Quote: '@chronicle/db#Quote as QuoteModel',
          Stance: '@chronicle/db#Stance as StanceModel',
          StanceCitation: '@chronicle/db#StanceCitation as StanceCitationModel',
          Timeline: '@chronicle/db#Timeline as TimelineModel',
          EventActor: '@chronicle/db#EventActor as EventActorModel',
          EventDate: '../mappers#EventDateParent',
          EventConnection: '../mappers#EventConnectionParent',
          ActorConnection: '../mappers#ActorConnectionParent',
          SourceConnection: '../mappers#SourceConnectionParent',
          EventEdge: '../mappers#EventEdgeParent',
          ActorEdge: '../mappers#ActorEdgeParent',
          SourceEdge: '../mappers#SourceEdgeParent',
        },
        resolversNonOptionalTypename: { interfaceImplementingType: true },
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    'src/generated/client/': clientOutput(['../../apps/web/src/**/*.{ts,tsx}', '!../../apps/web/src/**/*.test.{ts,tsx}']),
    // Typed operations for the server's and the web app's tests, which talk HTTP like any client.
    'src/generated/test-client/': clientOutput([
      '../../apps/server/test/**/*.ts',
      '!../../apps/server/test/support/**',
      '../../apps/web/test/**/*.ts',
      '!../../apps/web/test/support/**',
    ]),
  },
};

export default config;
