// PostGraphile V5 (amber preset) over the bench database, for comparison:
// `tsx bench/postgraphile-server.ts <databaseUrl> <poolSize>` prints
// "ready at <url>". The window is a SQL function (PostGraphile's own filters
// are equalities), made here in the bench database only.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const [databaseUrl, poolSize] = process.argv.slice(2);
if (!databaseUrl) throw new Error('usage: postgraphile-server.ts <databaseUrl> <poolSize>');

// The same test chronicle's window page makes: published events whose span meets the window, in time order.
const setup = new pg.Client({ connectionString: databaseUrl });
await setup.connect();
await setup.query(`
  CREATE OR REPLACE FUNCTION events_in_window(window_from date, window_to date) RETURNS SETOF event
  LANGUAGE sql STABLE AS $$
    SELECT * FROM event e WHERE e.status = 'PUBLISHED' AND e.span && daterange(window_from, window_to, '[]')
    ORDER BY e.starts_on, e.id
  $$`);
await setup.end();

const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize ?? 10) });
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // Amber filters and orders only on indexed columns otherwise; the bench's query needs neither, but the relations do.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
});
const server = createServer();
await pgl.createServ(grafserv).addTo(server);
server.listen(0, '127.0.0.1', () => {
  console.log(`ready at http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => process.exit(0));
});
