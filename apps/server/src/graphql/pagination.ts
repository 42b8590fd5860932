// Opaque cursors and the `first` cap shared by every connection.
import type { ConnectionParent } from '@chronicle/schema/mappers';
import { badInput } from './errors.ts';

/** The most items one page may hold; asking for more is an error, not a silent cut. */
export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`, 'first');
  }
  return size;
}

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `arity` string parts, or fails with BAD_USER_INPUT. */
export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A NUL (which PostgreSQL cannot compare in text) is in no cursor this API makes.
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === 'string' && !p.includes('\u0000'))) return parts as string[];
  } catch {
    // fall through to the error below
  }
  throw badInput('"after" is not a cursor this API gave out.', 'after');
}

export function connectionResolvers<T>() {
  return {
    edges: (parent: ConnectionParent<T>) => parent.nodes.map((node, i) => ({ node, cursor: parent.cursors[i] ?? '' })),
    nodes: (parent: ConnectionParent<T>) => parent.nodes,
    totalCount: (parent: ConnectionParent<T>) => parent.totalCount(),
    pageInfo: (parent: ConnectionParent<T>) => ({
      hasNextPage: parent.hasNextPage,
      hasPreviousPage: parent.hasPreviousPage,
      startCursor: parent.cursors[0] ?? null,
      endCursor: parent.cursors.at(-1) ?? null,
    }),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The row id inside a decoded cursor, checked before it reaches SQL. */
export function uuidFromCursor(id: string | undefined): string {
  if (!id || !UUID.test(id)) throw badInput('"after" is not a cursor this API gave out.', 'after');
  return id;
}
