// prisma/seed/check.mjs cross-checks the data set's files (references,
// kinds, dates, passages verbatim in their article); it runs with the tests.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { seedDir } from '../src/paths.ts';

it('the sample data set passes its own consistency check, passages included', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(seedDir, 'check.mjs')]);
  expect(stdout).toMatch(/passages and quotes of .* checked against .*articles/);
  expect(stdout).toMatch(/\d+ passed, 0 failed/);
});
