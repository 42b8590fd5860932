// For relation fields the schema declares non-null: a row that a foreign key
// promises but the loader did not find is a bug, reported as one (masked to
// the client, logged in full) rather than a null the schema forbids.
export async function loaded<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (!row) throw new Error(`dangling reference: ${what}`);
  return row;
}
