// Limits on the GraphQL document, checked on the raw request before Apollo
// sees it: its tokens, and the fields it names once fragments are expanded.
//
// Both must hold before graphql-js validates the document, because validation
// is what an oversized or fanned-out document makes slow, and Apollo offers no
// hook there: an error thrown from a plugin's parsing or validation hook
// becomes a 500, and `validationRules` run in the same pass as the specified
// rules. So the document is parsed here with graphql-js's own maxTokens, and
// only these limits are answered early (400). Any other syntax error is left
// to Apollo's parse, which reports it as the client's mistake.
import type { RequestHandler, Response } from 'express';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { countSelections } from '../graphql/selection-count.ts';

const TOO_MANY_TOKENS = /Document contains more th\w+ \d+ tokens/;

export interface DocumentLimits {
  maxTokens: number;
  maxSelections: number;
  maxFieldRepeats: number;
}

function documentOf(body: unknown, queryString: unknown): string | undefined {
  if (body && typeof body === 'object' && 'query' in body && typeof body.query === 'string') return body.query;
  return typeof queryString === 'string' ? queryString : undefined;
}

function refuse(res: Response, message: string, extensions: Record<string, unknown>): void {
  res.status(400).json({ errors: [{ message, extensions }] });
}

export function documentLimits(limits: DocumentLimits): RequestHandler {
  return (req, res, next) => {
    const source = documentOf(req.body, req.query.query);
    if (source === undefined) return next();
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: limits.maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError && TOO_MANY_TOKENS.test(error.message)) {
        return refuse(res, `Syntax Error: Token limit of ${limits.maxTokens} exceeded.`, { code: 'GRAPHQL_PARSE_FAILED' });
      }
      return next();
    }
    const { selections, mostRepeated } = countSelections(document, limits.maxSelections);
    if (selections > limits.maxSelections) {
      return refuse(
        res,
        `This operation names more than ${limits.maxSelections} fields once its fragments are expanded (a fragment counts at each spread). Spread fewer fragments.`,
        { code: 'COST_LIMIT_EXCEEDED', maxSelections: limits.maxSelections },
      );
    }
    if (mostRepeated.count > limits.maxFieldRepeats) {
      return refuse(
        res,
        `"${mostRepeated.path}" is selected ${mostRepeated.count} times at one place; the limit is ${limits.maxFieldRepeats}. Name each field once.`,
        { code: 'COST_LIMIT_EXCEEDED', path: mostRepeated.path, repeats: mostRepeated.count, maxFieldRepeats: limits.maxFieldRepeats },
      );
    }
    // For the rate limits, which count mutations apart, without a second parse.
    res.locals.document = document;
    next();
  };
}
