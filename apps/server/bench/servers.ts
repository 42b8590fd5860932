// The servers a comparison runs, each in a process of its own so that none
// shares an event loop or a heap with another or with the load generator:
// chronicle as `npm start` runs it, the plain-pg baseline, PostGraphile V5.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startScriptVariable } from './env.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchServer {
  name: string;
  /** Origin, without a trailing slash. */
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Resident memory of a process, in MB (Linux). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? NaN) / 1024;
}

async function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<BenchServer> {
  const child = spawn(process.execPath, args, { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at (http:\/\/\S+?)\//.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${out}`)));
  });
  // Its output keeps flowing; read and dropped so the pipe never fills and blocks it.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  return {
    name,
    url,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/**
 * The V8 flags `npm start` gives the server (package.json's start script),
 * `${NAME:-default}` read from the environment, so the bench measures the
 * heap settings users run with.
 */
export function startScriptNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const flags = manifest.scripts.start.match(/--max-[a-z-]+=\S+/g) ?? [];
  return flags.map((flag) => flag.replace(/\$\{(\w+):-([^}]*)\}/g, (_, name: string, fallback: string) => startScriptVariable(name) ?? fallback));
}

export function startChronicle(databaseUrl: string, poolSize: number): Promise<BenchServer> {
  return startProcess('chronicle', [...startScriptNodeFlags(), '--import', 'tsx', 'src/index.ts'], {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    NODE_ENV: 'production',
    CHRONICLE_SEED: 'never',
    CHRONICLE_DB_POOL_SIZE: String(poolSize),
    // One client address sends everything here: the limits would measure themselves.
    CHRONICLE_RATE_LIMIT_REQUESTS: '100000000/60',
    CHRONICLE_RATE_LIMIT_MUTATIONS: '100000000/60',
    CHRONICLE_RATE_LIMIT_FAILED_AUTH: '100000000/60',
    // As `npm start` logs: one JSON line per request, read and dropped here.
    CHRONICLE_LOG_LEVEL: 'info',
  });
}

export function startBaseline(databaseUrl: string, poolSize: number): Promise<BenchServer> {
  return startProcess('baseline', ['--import', 'tsx', 'bench/baseline-main.ts', databaseUrl, String(poolSize)], { ...process.env, NODE_ENV: 'production' });
}

export function startPostGraphile(databaseUrl: string, poolSize: number): Promise<BenchServer> {
  return startProcess(
    'postgraphile',
    ['--import', 'tsx', '--import', './bench/promise-with-resolvers.ts', 'bench/postgraphile-server.ts', databaseUrl, String(poolSize)],
    {
      ...process.env,
      NODE_ENV: 'production',
    },
  );
}
