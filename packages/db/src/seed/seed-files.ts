// Reads prisma/seed/*.json and checks it before anything is written: each file
// against its schema (seed-schema.ts), then the rules that span files
// (seed-consistency.ts). Every problem is reported at once.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { seedDir } from '../paths.ts';
import { seedInconsistencies, type SeedFiles } from './seed-consistency.ts';
import { SEED_FILES, type SeedTimeline } from './seed-schema.ts';

export type {
  SeedActor,
  SeedCitation,
  SeedEvent,
  SeedQuote,
  SeedResolvedDate,
  SeedSource,
  SeedStance,
  SeedStanceCitation,
  SeedTimeline,
} from './seed-schema.ts';

export interface SeedData extends SeedFiles {
  timeline: SeedTimeline;
}

async function readChecked<S extends v.GenericSchema>(dir: string, file: string, schema: S, problems: string[]): Promise<v.InferOutput<S> | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: cannot be read as JSON (${(error as Error).message})`);
    return null;
  }
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  for (const issue of result.issues) problems.push(`${file} ${v.getDotPath(issue) ?? ''}${keyOf(issue.path?.[0]?.value)}: ${issue.message}`.replace(' :', ':'));
  return null;
}

/** " (its-key)" for a row that has a key, so a problem names the row as the files do. */
function keyOf(row: unknown): string {
  return typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string' ? ` (${row.key})` : '';
}

export async function readSeedData(dir = seedDir): Promise<SeedData> {
  const problems: string[] = [];
  // In sequence, so that problems are listed file by file.
  const actors = await readChecked(dir, SEED_FILES.actors.file, SEED_FILES.actors.schema, problems);
  const sources = await readChecked(dir, SEED_FILES.sources.file, SEED_FILES.sources.schema, problems);
  const events = await readChecked(dir, SEED_FILES.events.file, SEED_FILES.events.schema, problems);
  const stances = await readChecked(dir, SEED_FILES.stances.file, SEED_FILES.stances.schema, problems);
  const timeline = await readChecked(dir, SEED_FILES.timeline.file, SEED_FILES.timeline.schema, problems);
  if (!actors || !sources || !events || !stances || !timeline) throw new Error(`seed data does not fit its schema:\n${problems.join('\n')}`);
  const sourceTexts = new Map<string, string>();
  for (const source of sources) {
    if (source.textFile) sourceTexts.set(source.key, await readFile(path.join(dir, source.textFile), 'utf8'));
  }
  const data = { actors, sources, events, stances, timeline, sourceTexts };
  problems.push(...seedInconsistencies(data));
  if (problems.length > 0) throw new Error(`seed data is inconsistent:\n${problems.join('\n')}`);
  return data;
}
