// A second process on the same data folder (a CLI beside `npm start`) shares
// the running embedded PostgreSQL instead of failing to start another.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/embedded-postgres.ts';
import { answers } from './support/answers.ts';

describe('the embedded PostgreSQL', () => {
  let parent = '';
  let owner: EmbeddedServer | undefined;
  afterAll(async () => {
    await owner?.stop();
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  it('is shared with a second caller on the same folder, and stopped only by its owner', async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'chronicle-embedded-'));
    // As root the server runs as 'postgres', which must be able to reach the folder.
    await chmod(parent, 0o755);
    const dataDir = path.join(parent, 'pg');
    owner = await startEmbeddedPostgres({ dataDir });
    const lines: string[] = [];
    const guest = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line) });

    expect(guest.url).toBe(owner.url);
    expect(lines.join('\n')).toMatch(/already running on port \d+/);
    await guest.stop();
    expect(await answers(owner.url)).toBe(true);

    await owner.stop();
    owner = undefined;
    expect(await answers(guest.url)).toBe(false);
  }, 60_000);
});
