// Compiling the known-actor index takes longer than extracting a short article
// (140-470 ms against 80-180 ms, measured on the 2-core machine under load), and
// a worker extracts one article after another. So each process keeps the
// extractor it compiled and reuses it while the actor table is unchanged: a
// cheap fingerprint query (count, latest change) tells, and an actor proposed,
// renamed, merged or confirmed by anyone makes the next article recompile.
// Jobs that start together share one compilation rather than each running its own.
//
// The extraction package (its language model and gazetteer, ~80 MB resident) is
// loaded on the first article, not at start: an instance that only serves
// readers never carries it.
import { actorTableVersion, type Database } from '@chronicle/db';
import type { Extractor } from '@chronicle/extract';
import { loadKnownActors } from './known-actors.ts';

const cache = new WeakMap<Database, { fingerprint: string; extractor: Promise<Extractor> }>();

async function compile(db: Database): Promise<Extractor> {
  const { createExtractor } = await import('@chronicle/extract');
  return createExtractor(await loadKnownActors(db));
}

export async function extractorFor(db: Database): Promise<Extractor> {
  const fingerprint = await actorTableVersion(db);
  const held = cache.get(db);
  if (held?.fingerprint === fingerprint) return held.extractor;
  const entry = { fingerprint, extractor: compile(db) };
  cache.set(db, entry);
  // A failed load is not kept: the next article tries again.
  entry.extractor.catch(() => {
    if (cache.get(db) === entry) cache.delete(db);
  });
  return entry.extractor;
}
