// `npm start` is what people run to serve others, so it is production mode
// without anyone setting NODE_ENV; `npm run dev` is development mode.
// Production hides field suggestions, which map the schema for a prober.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { afterEach, describe, expect, it } from 'vitest';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('npm scripts of the server', () => {
  let child: ChildProcess | undefined;
  let database: TestDatabase | undefined;
  afterEach(async () => {
    // npm, its shell and tsx run in a process group of their own: stop all of it.
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    child = undefined;
    await database?.drop();
  });

  async function run(script: 'start' | 'dev'): Promise<string> {
    database = await createTestDatabase();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATABASE_URL: database.url, CHRONICLE_SEED: 'never' };
    // vitest sets NODE_ENV=test; a person typing `npm start` has none.
    delete env.NODE_ENV;
    child = spawn('npm', ['run', script], { cwd: serverDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ready at (http:\/\/\S+?)\/ /.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child!.on('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
    });
  }

  async function misspelledFieldError(url: string): Promise<string> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ evnts { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { message: string }[] };
    return body.errors[0]!.message;
  }

  it('npm start serves in production mode: no field suggestions', async () => {
    const message = await misspelledFieldError(await run('start'));
    expect(message).toMatch(/Cannot query field "evnts"/);
    expect(message).not.toMatch(/Did you mean/);
  }, 60_000);

  it('npm run dev serves in development mode: suggestions help the developer', async () => {
    const message = await misspelledFieldError(await run('dev'));
    expect(message).toMatch(/Did you mean "events"/);
  }, 60_000);
});
