// The token limit, checked on the raw request before Apollo sees it.
//
// graphql-armor's Apollo plugin for this parses inside a plugin hook, where
// every syntax error becomes a 500; Apollo offers no parser option. So the
// document is lexed here with graphql-js's own maxTokens, and only the limit is
// answered early (400). Any other syntax error is left to Apollo's parse, which
// reports it as the client's mistake.
import type { RequestHandler } from 'express';
import { GraphQLError, parse } from 'graphql';

const TOO_MANY_TOKENS = /Document contains more th\w+ \d+ tokens/;

function documentOf(body: unknown, queryString: unknown): string | undefined {
  if (body && typeof body === 'object' && 'query' in body && typeof body.query === 'string') return body.query;
  return typeof queryString === 'string' ? queryString : undefined;
}

export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const document = documentOf(req.body, req.query.query);
    if (document === undefined) return next();
    try {
      parse(document, { maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError && TOO_MANY_TOKENS.test(error.message)) {
        res.status(400).json({
          errors: [{ message: `Syntax Error: Token limit of ${maxTokens} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
        });
        return;
      }
    }
    next();
  };
}
