// CPU time a process has used so far, read from Linux's /proc: on a machine
// shared with other work, a worker's CPU per article says what a change cost
// or saved when the wall-clock rate swings with the load.
import { readFile } from 'node:fs/promises';

/** Seconds of CPU (user and system) process `pid` has used; null where /proc cannot tell. */
export async function cpuSeconds(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
