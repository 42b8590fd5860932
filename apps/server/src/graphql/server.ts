// Builds the ApolloServer; index.ts and the tests decide where it listens.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { typeDefs } from '@chronicle/schema';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Context } from './context.ts';
import { PUBLIC_ERROR_CODES } from './errors.ts';
import { costLimit } from './cost-limit.ts';
import { databaseOutage, SERVICE_UNAVAILABLE, unavailableError } from './database-outage.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';
import { domainErrorOf, formatDomainError } from './domain-errors.ts';
import { LIMITS } from './limits.ts';
import { nulCharacters } from './nul-characters.ts';
import { publicCache } from './public-cache.ts';
import { resolvers } from './resolvers.ts';
import { subscriptionsOverHttp } from './subscriptions-over-http.ts';

export interface ApolloOptions {
  /** Hide field suggestions ("Did you mean …?") from error messages. */
  production: boolean;
  plugins?: ApolloServerPlugin<Context>[];
  logError?: (error: unknown) => void;
  /** The database did not answer: one short line, not a stack per request. */
  logUnavailable?: (error: unknown) => void;
}

/** One executable schema for HTTP (Apollo) and WebSocket (graphql-ws). */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers });
}

/** Depth, alias and directive limits: Apollo's plugins and validation rules; the rules serve subscriptions too. */
export function buildArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // Enforced before Apollo instead: see http/document-limits.ts.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Replaced by cost-limit.ts, which sees the variables.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export function buildApolloServer(options: ApolloOptions & { schema: GraphQLSchema }): ApolloServer<Context> {
  const armor = buildArmor(options.production);
  const logError = options.logError ?? ((error: unknown) => console.error('[graphql]', error));
  const logUnavailable = options.logUnavailable ?? logError;

  return new ApolloServer<Context>({
    schema: options.schema,
    // This is a public read API: introspection stays on, on purpose.
    introspection: true,
    csrfPrevention: true,
    // index.ts handles SIGTERM/SIGINT: HTTP drains first (http/graceful-close.ts),
    // then Apollo stops. Apollo's own handler would stop it under requests still running.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    // Cache-control hints would be computed for every resolved field; chronicle
    // sets HTTP caching per request instead (public-cache.ts), so that work is skipped.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      costLimit,
      subscriptionsOverHttp,
      nulCharacters,
      databaseOutage,
      publicCache,
      ...(options.plugins ?? []),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const domain = domainErrorOf(error);
      if (domain) return formatDomainError(domain, formatted);
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && (PUBLIC_ERROR_CODES.has(code) || code === SERVICE_UNAVAILABLE)) return formatted;
      if (isDatabaseUnavailable(error)) {
        logUnavailable(error);
        return { ...unavailableError(), locations: formatted.locations, path: formatted.path };
      }
      // Anything else (a database error, a bug) is logged and masked: its
      // message may hold SQL, table names or data.
      logError(error);
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
