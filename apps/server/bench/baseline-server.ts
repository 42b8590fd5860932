// The baseline: the same window query, the same SQL statements the API's
// resolvers cause (the page scan, then one batched load per relation), sent
// through pg directly and shaped into the same JSON, with no GraphQL, Apollo
// or Prisma.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { displayDate, toCalendarDay, type DatePrecision } from '@chronicle/db';
import pg from 'pg';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const cursorOf = (day: Date, id: string) => Buffer.from(JSON.stringify([toCalendarDay(day), id])).toString('base64url');

interface EventRow {
  id: string;
  title: string;
  starts_on: Date;
  ends_on: Date;
  is_range: boolean;
  precision: DatePrecision;
}

async function windowPage(pool: pg.Pool, from: string, to: string, first: number) {
  const scan = await pool.query<EventRow>(
    `SELECT e.id, e.title, e.starts_on, e.ends_on, e.is_range, e.precision::text AS precision FROM event e
     WHERE e.status::text = ANY($1::text[]) AND e.span && daterange($2::date, $3::date, '[]')
     ORDER BY e.starts_on, e.id LIMIT $4`,
    [['PUBLISHED'], from, to, first + 1],
  );
  const page = scan.rows.slice(0, first);
  const eventIds = page.map((r) => r.id);
  const [links, citations] = await Promise.all([
    pool.query<{ event_id: string; actor_id: string; role: string }>('SELECT * FROM event_actor WHERE event_id = ANY($1::uuid[]) ORDER BY role, actor_id', [
      eventIds,
    ]),
    pool.query<{ event_id: string; source_id: string; passage: string | null }>(
      "SELECT * FROM citation WHERE event_id = ANY($1::uuid[]) AND status = 'PUBLISHED' ORDER BY created_at, passage_start, id",
      [eventIds],
    ),
  ]);
  const [actors, sources] = await Promise.all([
    pool.query<{ id: string; name: string }>('SELECT * FROM actor WHERE id = ANY($1::uuid[])', [[...new Set(links.rows.map((l) => l.actor_id))]]),
    pool.query<{ id: string; publisher: string | null }>('SELECT * FROM source WHERE id = ANY($1::uuid[])', [
      [...new Set(citations.rows.map((c) => c.source_id))],
    ]),
  ]);
  const actorById = new Map(actors.rows.map((a) => [a.id, a]));
  const sourceById = new Map(sources.rows.map((s) => [s.id, s]));
  return {
    data: {
      events: {
        edges: page.map((e) => {
          return {
            node: {
              id: globalId('Event', e.id),
              title: e.title,
              date: { display: displayDate({ startsOn: e.starts_on, endsOn: e.ends_on, isRange: e.is_range, precision: e.precision }) },
              actors: links.rows.filter((l) => l.event_id === e.id).map((l) => ({ role: l.role, actor: { name: actorById.get(l.actor_id)!.name } })),
              citations: citations.rows
                .filter((c) => c.event_id === e.id)
                .map((c) => ({ passage: c.passage, source: { publisher: sourceById.get(c.source_id)!.publisher } })),
            },
          };
        }),
        pageInfo: { hasNextPage: scan.rows.length > first, endCursor: page.length ? cursorOf(page.at(-1)!.starts_on, page.at(-1)!.id) : null },
      },
    },
  };
}

export async function startBaselineServer(databaseUrl: string, poolSize: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { from: string; to: string; first: number } };
      windowPage(pool, variables.from, variables.to, variables.first).then(
        (body) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        (error: Error) => {
          res.writeHead(500);
          res.end(error.message);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
