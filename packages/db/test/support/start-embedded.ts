// A process that starts the embedded PostgreSQL on the folder it is given,
// says "ready <url>", then waits to be killed (the orphan test kills it with
// SIGKILL, as a crash or `kill -9` would).
import { startEmbeddedPostgres } from '../../src/embedded-postgres.ts';

const server = await startEmbeddedPostgres({ dataDir: process.argv[2]! });
console.log(`ready ${server.url}`);
setInterval(() => {}, 60_000);
