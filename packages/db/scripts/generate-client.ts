// Runs `prisma generate` for the client in src/generated/prisma.
//
// The client itself needs no native engine, but the CLI first tries to
// download the native schema engine, which closed networks cannot. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download for this
// one command; generate never runs it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../src/paths.ts';

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
