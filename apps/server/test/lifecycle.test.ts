// `npm start`'s process end to end: an embedded PostgreSQL from nothing,
// migrations, the sample data, and on SIGTERM a request in flight still
// answered before PostgreSQL stops and the process exits.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { holdPost } from './support/held-request.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function postgresRunningIn(dataDir: string): boolean {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return processes.split('\n').some((line) => line.includes('postgres') && line.includes(dataDir));
}

describe('the server process', () => {
  let child: ChildProcess | undefined;
  let parent = '';
  afterAll(async () => {
    child?.kill('SIGKILL');
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  it('starts from nothing, and on SIGTERM finishes the request in flight, then stops PostgreSQL', async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'chronicle-lifecycle-'));
    await chmod(parent, 0o755);
    const dataDir = path.join(parent, 'pg');
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', CHRONICLE_DATA_DIR: dataDir, NODE_ENV: 'production' };
    delete env.DATABASE_URL;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ready at (http:\/\/\S+?)\/ /.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child!.on('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
    });
    expect(output).toMatch(/loaded the sample data set/);
    expect(postgresRunningIn(dataDir)).toBe(true);

    // A request the server has begun (it answered 100 Continue) when the
    // signal lands; its body follows the signal, so it can only be answered
    // if shutdown really lets in-flight requests finish.
    const query = '{ events(first: 60) { totalCount nodes { title actors { actor { name } } citations { source { title } } } } }';
    const request = holdPost(`${url}/graphql`, JSON.stringify({ query }));
    await request.accepted;
    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));

    const response = await request.send();
    expect(response.status, response.body).toBe(200);
    const body = JSON.parse(response.body) as { data?: { events: { totalCount: number } } };
    expect(body.data?.events.totalCount).toBeGreaterThanOrEqual(30);
    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM received/);
    expect(postgresRunningIn(dataDir)).toBe(false);
  }, 120_000);
});
