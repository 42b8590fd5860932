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

// The same test chronicle's window page makes (published events whose span
// meets the window, in time order), in the shape chronicle's own SQL gives it
// (packages/db/src/queries/event-page.ts): those starting inside the window,
// read in order from the (status, starts_on, id) index, merged with those
// that started earlier and still run on its first day, found through the
// span's GiST index and fenced (OFFSET 0) so the planner looks them up rather
// than walking the index from 2000 for them. The earlier body, one
// `span && daterange(...)` test, gave the planner the choice chronicle's
// comment describes: told that every event is published and that PostGraphile
// wants 51 rows, it walked the (status, starts_on) index from the year 2000,
// 84k rows for a 2021 window: PostGraphile's whole statement took 139 ms
// (85k buffers) there, and takes 4.5 ms (1.1k buffers) with this body. It
// stays inlinable (LANGUAGE sql STABLE, one SELECT, no SET clause, not
// STRICT), so PostgreSQL plans it inside PostGraphile's query and the LIMIT
// reaches it; a ROWS estimate would only matter if it were not inlined.
const setup = new pg.Client({ connectionString: databaseUrl });
await setup.connect();
await setup.query(`
  CREATE OR REPLACE FUNCTION events_in_window(window_from date, window_to date) RETURNS SETOF event
  LANGUAGE sql STABLE AS $$
    SELECT * FROM (
      (SELECT * FROM event e
       WHERE e.status = 'PUBLISHED' AND e.starts_on >= window_from AND e.starts_on <= window_to
       ORDER BY e.starts_on, e.id)
      UNION ALL
      (SELECT * FROM (
         SELECT * FROM event e
         WHERE e.status = 'PUBLISHED' AND e.starts_on < window_from AND e.span @> window_from
         OFFSET 0) running
       ORDER BY running.starts_on, running.id)
    ) meeting
    ORDER BY meeting.starts_on, meeting.id
  $$`);
await setup.end();

const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize ?? 10) });
// Run as in production (checked in @dataplan/pg 1.1 / grafserv 1.0): NODE_ENV=production
// puts Grafast in production mode; no grafast.explain, no watch, no GraphiQL,
// no exportSchema; no pgSettings, so no BEGIN/set_config/COMMIT around each
// request; parse-and-validate results are cached (500 documents), operation
// plans are cached by Grafast, and the adaptor sends named prepared statements
// (100 per connection) with JIT off. grafserv's outputDataAsString was within
// the noise in an A/B on this page (89 vs 89 req/s, c8), so it is left at its default.
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
