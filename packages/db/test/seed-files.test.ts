// readSeedData refuses a data set that breaks its schema or its cross-file
// rules, and names every problem at once. Each case edits a copy of the real
// data set in a temporary folder.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedDir } from '../src/paths.ts';
import { readSeedData } from '../src/seed/seed-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'chronicle-seed-'));
  await cp(seedDir, dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Rows are typed loosely: each case writes what the schema refuses. */
async function edit<Row>(file: string, change: (rows: Row[]) => void): Promise<void> {
  const rows = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Row[];
  change(rows);
  await writeFile(path.join(dir, file), JSON.stringify(rows));
}

it('reads the real data set', async () => {
  await expect(readSeedData(dir)).resolves.toMatchObject({ timeline: { slug: 'venezuela-crisis-2019' } });
});

it('names every field that breaks the schema, by file and path', async () => {
  await edit<{ kind: string; key: string }>('actors.json', (actors) => {
    actors[0]!.kind = 'ALIEN';
    actors[1]!.key = 'Not Kebab';
  });
  await edit<Record<string, unknown>>('events.json', (events) => {
    const week = events.findIndex((e) => e['precision'] === 'DAY');
    Object.assign(events[week]!, { precision: 'WEEK', start: '2019-06-25', end: null }); // a Tuesday
    events[2]!['typo'] = true;
  });
  await edit<{ sincePrecision: string | null; since: string }>('stances.json', (stances) => {
    stances[0]!.sincePrecision = null;
    stances[0]!.since = '2019-01';
  });
  const error = await readSeedData(dir).then(
    () => null,
    (e: Error) => e.message,
  );
  expect(error).toMatch(/^seed data does not fit its schema/);
  expect(error).toMatch(/actors\.json 0\.kind \([a-z-]+\): Invalid type: Expected \("PERSON"/);
  expect(error).toMatch(/actors\.json 1\.key \(Not Kebab\): must be kebab-case/);
  expect(error).toMatch(/events\.json \d+ \([a-z0-9-]+\): start and end must fit the precision \(a week is written as its Monday\)/);
  expect(error).toMatch(/events\.json 2\.typo \([a-z0-9-]+\): Invalid key/);
  expect(error).toMatch(/stances\.json 0: since and sincePrecision come together/);
});

it('names every reference that resolves to nothing and every passage not in its text', async () => {
  await edit<{ actors: { actor: string }[]; citations: { source: string; passage: string | null }[] }>('events.json', (events) => {
    events[0]!.actors[0]!.actor = 'nobody';
    const cited = events.find((e) => e.citations.some((c) => c.source === 'fortruss-2019-06-25-ryabkov'))!;
    cited.citations.find((c) => c.source === 'fortruss-2019-06-25-ryabkov')!.passage = 'words the article never says';
  });
  await edit<{ citations: { source: string; passage: string | null }[] }>('stances.json', (stances) => {
    stances[0]!.citations.push({ source: 'no-such-source', passage: null });
  });
  const error = await readSeedData(dir).then(
    () => null,
    (e: Error) => e.message,
  );
  expect(error).toMatch(/^seed data is inconsistent/);
  expect(error).toMatch(/unknown key "nobody"/);
  expect(error).toMatch(/passage not found verbatim in the text of fortruss-2019-06-25-ryabkov: "words the article never says"/);
  expect(error).toMatch(/unknown key "no-such-source"/);
});
