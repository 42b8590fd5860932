// The browser tests drive the built app (apps/web/dist), as the server serves
// it. `npm test` builds first; when run alone, a missing or stale build is
// made here, once, even with several test files starting together.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { productionBuildEnv } from './env.ts';

const run = promisify(execFile);
export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builtIndex = path.join(webRoot, 'dist', 'index.html');
const inputs = [
  path.join(webRoot, 'src'),
  path.join(webRoot, 'index.html'),
  path.join(webRoot, 'vite.config.ts'),
  path.resolve(webRoot, '../../packages/schema/src/generated/client'),
];
const lockDir = path.join(os.tmpdir(), 'chronicle-web-build.lock');

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target);
  const times = await Promise.all(entries.map((entry) => newestMtime(path.join(target, entry))));
  return Math.max(info.mtimeMs, ...times);
}

async function isFresh(): Promise<boolean> {
  if (!existsSync(builtIndex)) return false;
  const built = (await stat(builtIndex)).mtimeMs;
  const sources = Math.max(...(await Promise.all(inputs.filter((p) => existsSync(p)).map(newestMtime))));
  return built >= sources;
}

async function acquireLock(): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A build that crashed leaves its lock behind; five minutes is plenty.
      const age = Date.now() - (await stat(lockDir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 300_000) await rmdir(lockDir).catch(() => {});
      if (Date.now() > deadline) throw new Error(`timed out waiting for another web build (${lockDir})`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function ensureWebBuilt(): Promise<void> {
  if (await isFresh()) return;
  await acquireLock();
  try {
    if (await isFresh()) return;
    await run('npx', ['vite', 'build', '--logLevel', 'error'], {
      cwd: webRoot,
      env: productionBuildEnv(),
      maxBuffer: 32 * 1024 * 1024,
    });
  } finally {
    await rmdir(lockDir).catch(() => {});
  }
}
