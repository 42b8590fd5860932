// Refuses text arguments holding a NUL character (U+0000), before any
// resolver runs.
//
// PostgreSQL cannot store or compare one in text, so a search, slug or
// timeline with one failed in the database as an internal error, with a stack
// trace logged for each anonymous request. No text chronicle serves holds one.
// Cursors are opaque and checked where they are decoded (pagination.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit } from 'graphql';
import type { Context } from './context.ts';
import { clientError } from './errors.ts';

const NUL = '\u0000';

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

// Refused before execution, the request as a whole is the client's mistake: 400.
const refusal = (name: string) =>
  clientError('BAD_USER_INPUT', `${name} holds a NUL character (\\u0000), which marks binary data, not text. Remove it.`, { http: { status: 400 } });

export const nulCharacters: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          if (holdsNul(value)) throw refusal(`Variable "$${name}"`);
        }
        let literal = false;
        visit(document, {
          StringValue(node) {
            if (!node.value.includes(NUL)) return undefined;
            literal = true;
            return BREAK;
          },
        });
        if (literal) throw refusal('A string in the operation');
      },
    };
  },
};
