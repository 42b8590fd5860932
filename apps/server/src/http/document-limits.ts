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
import { LRUCache } from 'lru-cache';
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

export type DocumentCheck =
  | { document: DocumentNode }
  /** Over a limit: the message and extensions to answer with. */
  | { refusal: { message: string; extensions: Record<string, unknown> } }
  /** Not parseable for another reason: left to the GraphQL server's own parse to report. */
  | { unparsed: true };

/** The same limits for HTTP requests and WebSocket subscriptions. */
export function checkDocument(source: string, limits: DocumentLimits): DocumentCheck {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && TOO_MANY_TOKENS.test(error.message)) {
      return { refusal: { message: `Syntax Error: Token limit of ${limits.maxTokens} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } } };
    }
    return { unparsed: true };
  }
  const { selections, mostRepeated } = countSelections(document, limits.maxSelections);
  if (selections > limits.maxSelections) {
    return {
      refusal: {
        message: `This operation names more than ${limits.maxSelections} fields once its fragments are expanded (a fragment counts at each spread). Spread fewer fragments.`,
        extensions: { code: 'COST_LIMIT_EXCEEDED', maxSelections: limits.maxSelections },
      },
    };
  }
  if (mostRepeated.count > limits.maxFieldRepeats) {
    return {
      refusal: {
        message: `"${mostRepeated.path}" is selected ${mostRepeated.count} times at one place; the limit is ${limits.maxFieldRepeats}. Name each field once.`,
        extensions: { code: 'COST_LIMIT_EXCEEDED', path: mostRepeated.path, repeats: mostRepeated.count, maxFieldRepeats: limits.maxFieldRepeats },
      },
    };
  }
  return { document };
}

/**
 * Documents that passed, by their text. A client sends the same few
 * operations again and again, and parsing one here cost 1.5 % of the API's
 * CPU under the window bench's load (Apollo keeps its own parse the same way).
 * Bounded by the total length of the texts kept.
 */
/** A longer text is checked each time: one document must not push out all the others. */
const MAX_KEPT_LENGTH = 20_000;
const passedDocuments = new LRUCache<string, DocumentNode>({ maxSize: 2_000_000, sizeCalculation: (_, source) => source.length });

export function documentLimits(limits: DocumentLimits): RequestHandler {
  return (req, res, next) => {
    const source = documentOf(req.body, req.query.query);
    if (source === undefined) return next();
    const passed = passedDocuments.get(source);
    if (passed) {
      res.locals.document = passed;
      return next();
    }
    const checked = checkDocument(source, limits);
    if ('unparsed' in checked) return next();
    if ('refusal' in checked) return refuse(res, checked.refusal.message, checked.refusal.extensions);
    // For the rate limits, which count mutations apart, without a second parse.
    res.locals.document = checked.document;
    if (source.length <= MAX_KEPT_LENGTH) passedDocuments.set(source, checked.document);
    next();
  };
}
