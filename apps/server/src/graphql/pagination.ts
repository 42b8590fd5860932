// Opaque cursors, the `first` cap and the `search` argument shared by every connection.
import type { KeysetPage } from '@chronicle/db';
import type { ConnectionParent } from '@chronicle/schema/mappers';
import { badInput } from './errors.ts';

/** The most items one page may hold; asking for more is an error, not a silent cut. */
export const MAX_PAGE_SIZE = 200;
const MAX_SEARCH_LENGTH = 100;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`, 'first');
  }
  return size;
}

/** A list's `search`, trimmed; "" for none. */
export function searchArgument(search: string | null | undefined): string {
  const trimmed = search?.trim() ?? '';
  if (trimmed.length > MAX_SEARCH_LENGTH) throw badInput(`"search" is limited to ${MAX_SEARCH_LENGTH} characters.`, 'search');
  return trimmed;
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

/**
 * A connection of the rows a loader finds for a page of ids, in the page's
 * order; a row deleted since the page was read drops out with its cursor.
 */
export async function loadedConnection<T, C>(options: {
  page: KeysetPage<string, C>;
  load: (ids: string[]) => Promise<(T | null | Error)[]>;
  encode: (cursor: C) => (string | number)[];
  after: string | null | undefined;
  totalCount: () => Promise<number>;
}): Promise<ConnectionParent<T>> {
  const { page } = options;
  const rows = await options.load(page.rows);
  const kept = page.rows.flatMap((_, i) => {
    const row = rows[i];
    return row && !(row instanceof Error) ? [{ row, cursor: page.cursors[i]! }] : [];
  });
  return {
    nodes: kept.map((k) => k.row),
    cursors: kept.map((k) => encodeCursor(options.encode(k.cursor))),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: Boolean(options.after),
    totalCount: options.totalCount,
  };
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
