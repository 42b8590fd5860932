// npm run ingest -- FILE.jsonl | DIR, as an editor runs it: a bad line is
// reported and the rest done, and running it again does only what failed.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateArticle, templatePage } from './support/article-template.ts';
import { page, startPageServer, type PageServer } from '@chronicle/testing';
import { seedActorsOnly } from './support/seed-actors-only.ts';

const run = promisify(execFile);
const serverDir = fileURLToPath(new URL('..', import.meta.url));

describe('npm run ingest -- FILE.jsonl | DIR', () => {
  let database: TestDatabase;
  let pages: PageServer;
  let folder: string;
  let env: NodeJS.ProcessEnv;
  const ingest = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], { cwd: serverDir, env }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedActorsOnly(database.db);
    pages = await startPageServer();
    folder = await mkdtemp(path.join(os.tmpdir(), 'chronicle-bulk-'));
    env = { ...process.env, DATABASE_URL: database.url, CHRONICLE_FETCH_ALLOW_HOSTS: 'localhost', CHRONICLE_WORKERS: '2', CHRONICLE_FEED_POLL_CRON: 'off' };
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await pages.close();
    await database.drop();
  });

  it('does every good line, reports the bad ones by number, and on a second run does only what failed', async () => {
    const [a, b, c] = [templateArticle(20), templateArticle(21), templateArticle(22)];
    let broken = true;
    pages.route('/c', (req, res) => (broken ? page('%PDF-1.4', 'application/pdf') : page(templatePage(c)))(req, res));
    const file = path.join(folder, 'articles.jsonl');
    await writeFile(
      file,
      [
        JSON.stringify({ text: a.text, publishedOn: a.publishedOn, publisher: a.publisher }),
        '{"text": "not closed',
        JSON.stringify({ text: b.text, publishedOn: b.publishedOn, title: b.title }),
        '',
        JSON.stringify({ url: `${pages.origin}/c`, timeline: 'venezuela-crisis-2019' }),
        JSON.stringify({ text: b.text.replace('report', 'account'), publishedOn: '2019-13-40' }),
      ].join('\n'),
    );

    const first = await ingest(file);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`${file}:2: skipped, not valid JSON`);
    expect(first.stderr).toContain(`${file}:6: skipped, "publishedOn" must be a YYYY-MM-DD day`);
    expect(first.stderr).toMatch(new RegExp(`${file}:5: failed, .*answered with "application/pdf"`));
    expect(first.stderr).toMatch(/done 2 {2}failed 1 {2}remaining 0 {2}[\d.]+ articles\/s/);
    expect(first.stderr).toContain('2 done (0 by an earlier run), 3 failed');
    expect(await database.db.source.count()).toBe(2);

    broken = false;
    const second = await ingest(file);
    expect(second.stderr).toContain('3 done (2 by an earlier run), 2 failed');
    expect(await database.db.source.count()).toBe(3);
    expect(pages.hits.get('/c')).toBe(2);
    expect(await database.db.source.findFirst({ where: { url: `${pages.origin}/c` }, select: { title: true } })).toEqual({ title: c.title });
  }, 120_000);

  it('reads a folder of .txt files dated by --published', async () => {
    const dir = path.join(folder, 'texts');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(path.join(dir, 'one.txt'), templateArticle(30).text);
    await writeFile(path.join(dir, 'two.txt'), templateArticle(31).text);
    await writeFile(path.join(dir, 'notes.md'), 'not an article');
    const before = await database.db.source.count();
    const result = await ingest(dir, '--published', '2019-05-02');
    expect(result.stderr).toContain('2 done (0 by an earlier run), 0 failed');
    expect(result.code).toBe(0);
    expect(await database.db.source.count()).toBe(before + 2);
  }, 60_000);
});
