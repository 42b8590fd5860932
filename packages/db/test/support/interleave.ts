// Two transactions on two connections, interleaved the way a race needs them:
// A's statement runs and stays uncommitted while B's statement starts. B
// either finishes or waits on a lock A holds; which one is read from
// pg_stat_activity, not guessed from a sleep, so the outcome does not depend
// on timing.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export type Outcome = 'B ran alongside A' | 'B waited for A';

export interface Interleaver {
  /** A runs `first`, B runs `second` while A is open; then A commits, then B. Rejects with B's error, after rolling B back. */
  run(first: string, second: string): Promise<Outcome>;
  close(): Promise<void>;
}

export async function interleaver(url: string): Promise<Interleaver> {
  // A third connection watches: pg_stat_activity read inside A's or B's
  // transaction would be the snapshot taken at its first read.
  const connection = () => new pg.Client({ connectionString: url });
  const a = connection();
  const b = connection();
  const watcher = connection();
  await Promise.all([a.connect(), b.connect(), watcher.connect()]);
  const bPid = (await b.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;

  async function waitsOnLock(): Promise<boolean> {
    const { rows } = await watcher.query<{ waiting: boolean }>(`SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`, [bPid]);
    return rows[0]?.waiting === true;
  }

  return {
    async run(first, second) {
      await a.query('BEGIN');
      await b.query('BEGIN');
      try {
        await a.query(first);
        let settled = false;
        const bDone = b.query(second).then(
          () => (settled = true),
          (error: unknown) => {
            settled = true;
            throw error;
          },
        );
        bDone.catch(() => {}); // awaited below; not unhandled meanwhile
        let outcome: Outcome | null = null;
        while (!outcome) {
          if (settled) outcome = 'B ran alongside A';
          else if (await waitsOnLock()) outcome = 'B waited for A';
          else await sleep(5);
        }
        await a.query('COMMIT');
        await bDone;
        await b.query('COMMIT');
        return outcome;
      } catch (error) {
        await a.query('ROLLBACK').catch(() => {});
        await b.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    async close() {
      await Promise.all([a.end(), b.end(), watcher.end()]);
    },
  };
}
