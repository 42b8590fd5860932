// The embedded PostgreSQL is supervised (issue 9, defect 4): killed, it is
// started again and queries recover; left running by a chronicle killed
// with SIGKILL, it is found and stopped by the next one, which then owns a
// server of its own.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/embedded-postgres.ts';
import { answers } from './support/answers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

async function postmasterPid(dataDir: string): Promise<number | null> {
  const text = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(text?.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('supervising the embedded PostgreSQL', () => {
  let parent = '';
  const servers: EmbeddedServer[] = [];
  beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'chronicle-supervised-'));
    // As root the server runs as 'postgres', which must be able to reach the folder.
    await chmod(parent, 0o755);
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  it('restarts PostgreSQL killed with SIGKILL, on the same port, and queries answer again', async () => {
    const dataDir = path.join(parent, 'killed');
    const lines: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line) });
    servers.push(server);
    const first = (await postmasterPid(dataDir))!;
    process.kill(first, 'SIGKILL');
    expect(await eventually(async () => !(await answers(server.url)), 5_000)).toBe(true);

    expect(await eventually(() => answers(server.url), 30_000)).toBe(true);
    const second = await postmasterPid(dataDir);
    expect(second).not.toBe(first);
    expect(lines.join('\n')).toMatch(/exited .*restarting/);

    // Stopping it for good is not a crash: it stays stopped.
    await server.stop();
    servers.pop();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await answers(server.url)).toBe(false);
  }, 60_000);

  it('stops the PostgreSQL a chronicle killed with SIGKILL left behind, then starts and owns its own', async () => {
    const dataDir = path.join(parent, 'orphaned');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'support/start-embedded.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ready (\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
    const orphan = (await postmasterPid(dataDir))!;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // No exit handler ran: PostgreSQL is still there, owned by no one.
    expect(await answers(url)).toBe(true);

    const lines: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line) });
    servers.push(server);
    expect(lines.join('\n')).toMatch(/left running by a chronicle that ended/);
    expect(alive(orphan)).toBe(false);
    expect(await answers(server.url)).toBe(true);
    expect(await postmasterPid(dataDir)).not.toBe(orphan);

    await server.stop();
    servers.pop();
    expect(await answers(server.url)).toBe(false);
  }, 90_000);
});
