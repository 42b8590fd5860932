// RETURNING promises no order. A set-based write chooses its rows' ids before
// it writes them, and puts what PostgreSQL returns back in that order; a read
// by ids puts its rows in the order of the ids asked for.

/** The rows in the order of `ids`; an id without a row is left out. */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
