import { loadSeed, readSeedData, type Database } from '@chronicle/db';

/** The data set's actors and timeline, with no events or sources: a clean slate for ingestion. */
export async function seedActorsOnly(db: Database): Promise<void> {
  const data = await readSeedData();
  await loadSeed(db, { ...data, events: [], sources: [], stances: [], sourceTexts: new Map() });
}
