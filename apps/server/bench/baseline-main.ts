// The plain-pg baseline in a process of its own, like the servers it is
// compared with: `tsx bench/baseline-main.ts <databaseUrl> <poolSize>`.
import { startBaselineServer } from './baseline-server.ts';

const [databaseUrl, poolSize] = process.argv.slice(2);
if (!databaseUrl) throw new Error('usage: baseline-main.ts <databaseUrl> <poolSize>');
const baseline = await startBaselineServer(databaseUrl, Number(poolSize ?? 10));
console.log(`ready at ${baseline.url}/`);
process.on('SIGTERM', () => void baseline.close().then(() => process.exit(0)));
