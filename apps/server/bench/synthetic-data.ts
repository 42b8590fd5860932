// A large synthetic data set made inside PostgreSQL with generate_series:
// events over 25 years with actors, sources and citations. IDs derive from
// the row number (md5 → uuid), so relations join without lookups. Sizes from
// 100,000 to 10,000,000 events: arithmetic on the row number is bigint (the
// int version, g * 7919, overflowed above 271,000 events), and the events go
// in batches of their own transaction, so a 10M run neither holds one huge
// transaction nor starts over when it is interrupted.
import pg from 'pg';

export const SYNTHETIC = { events: 100_000, actors: 2_000, sources: 5_000, actorsPerEvent: 3 } as const;

/** The timeline holding every synthetic event, as the browser benchmark opens it. */
export const SYNTHETIC_TIMELINE = 'bench-synthetic';

const BATCH = 250_000;

/** The bench database for a data set of `events` events (100k keeps the historical name). */
export function benchDatabaseName(events: number): string {
  return events === SYNTHETIC.events ? 'chronicle_bench' : `chronicle_bench_${events}`;
}

/** "1m", "10M", "100k" or a plain number. */
export function parseEventCount(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(raw.trim());
  if (!match) throw new Error(`--events wants a count such as 100k, 1m or 10m, got "${raw}"`);
  const scale = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * scale);
}

export async function ensureSyntheticData(databaseUrl: string, log: (line: string) => void, events: number = SYNTHETIC.events): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM event');
    let made = Number(rows[0]?.count);
    if (made >= events) {
      log(`synthetic data already there (${made.toLocaleString('en')} events)`);
      return await settle(client, log);
    }
    const started = Date.now();
    if (made === 0) await makeActorsAndSources(client);
    // Batches commit in order, so the events held are exactly 1..made.
    while (made < events) {
      const last = Math.min(events, made + BATCH);
      await inTransaction(client, () => makeEvents(client, made + 1, last));
      made = last;
      log(`${made.toLocaleString('en')} of ${events.toLocaleString('en')} events`);
    }
    log(`synthetic data made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await settle(client, log);
  } finally {
    await client.end();
  }
}

/**
 * VACUUM (ANALYZE) before anything is measured: freshly inserted rows leave the
 * visibility map unset, so index-only scans read the heap, and autovacuum then
 * works through millions of rows while the queries are timed (at 1M the same
 * query varied from 144 to 605 ms p95 between runs). A database in use is
 * vacuumed; on one already vacuumed this takes seconds.
 */
async function settle(client: pg.Client, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  await client.query('VACUUM (ANALYZE)');
  log(`vacuumed and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

export async function makeActorsAndSources(client: pg.Client): Promise<void> {
  await inTransaction(client, async () => {
    await client.query(
      `
      INSERT INTO actor (id, slug, name, kind, aliases, description, updated_at)
      SELECT md5('actor' || i)::uuid, 'bench-actor-' || i, 'Actor ' || i, (enum_range(NULL::"ActorKind"))[1 + i % 4],
             ARRAY['Alias ' || i], 'Synthetic actor', now()
      FROM generate_series(1, $1::int) i`,
      [SYNTHETIC.actors],
    );
    await client.query(
      `
      INSERT INTO source (id, title, publisher, url, published_on, language, content_hash)
      SELECT md5('source' || i)::uuid, 'Report ' || i, 'Wire ' || (i % 40), 'https://example.org/report/' || i,
             date '2000-01-01' + (i * 7) % 9000, 'en', encode(sha256(('source' || i)::bytea), 'hex')
      FROM generate_series(1, $1::int) i`,
      [SYNTHETIC.sources],
    );
  });
}

/** Events first..last (inclusive), with their actors and one citation each. */
export async function makeEvents(client: pg.Client, first: number, last: number): Promise<void> {
  // 90% DAY, 8% MONTH, 2% YEAR precision, spread over 2000–2024.
  await client.query(
    `
    INSERT INTO event (id, title, summary, kind, starts_on, ends_on, precision, status, updated_at)
    SELECT md5('event' || g)::uuid, 'Synthetic event ' || g, 'What happened in event ' || g || ', in a sentence or two.',
           (enum_range(NULL::"EventKind"))[1 + (g % 9)::int],
           CASE WHEN g % 50 = 0 THEN date_trunc('year', d)::date WHEN g % 12 = 0 THEN date_trunc('month', d)::date ELSE d END,
           CASE WHEN g % 50 = 0 THEN (date_trunc('year', d) + interval '1 year - 1 day')::date
                WHEN g % 12 = 0 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date ELSE d END,
           (CASE WHEN g % 50 = 0 THEN 'YEAR' WHEN g % 12 = 0 THEN 'MONTH' ELSE 'DAY' END)::"DatePrecision",
           'PUBLISHED', now()
    FROM generate_series($1::bigint, $2::bigint) g, LATERAL (SELECT date '2000-01-01' + ((g * 7919) % 9131)::int AS d) day`,
    [first, last],
  );
  await client.query(
    `
    INSERT INTO event_actor (event_id, actor_id, role)
    SELECT DISTINCT ON (g, a) md5('event' || g)::uuid, md5('actor' || a)::uuid, (enum_range(NULL::"ActorRole"))[1 + k]
    FROM generate_series($1::bigint, $2::bigint) g, generate_series(0, $3::int - 1) k,
         LATERAL (SELECT 1 + (g * (7 + 6 * k)) % $4::int AS a) pick`,
    [first, last, SYNTHETIC.actorsPerEvent, SYNTHETIC.actors],
  );
  await client.query(
    `
    INSERT INTO citation (id, event_id, source_id, passage, passage_start, passage_end, date_expression, status)
    SELECT md5('citation' || g)::uuid, md5('event' || g)::uuid, md5('source' || (1 + g % $3::int))::uuid,
           'The passage of report ' || (1 + g % $3::int) || ' that backs event ' || g || '.', NULL, NULL, 'on Tuesday', 'PUBLISHED'
    FROM generate_series($1::bigint, $2::bigint) g`,
    [first, last, SYNTHETIC.sources],
  );
}

/**
 * Puts every event on the timeline SYNTHETIC_TIMELINE, in one set-based
 * statement for the links it lacks (a million in well under a minute).
 */
export async function ensureSyntheticTimeline(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `
      INSERT INTO timeline (id, slug, title, description) VALUES (md5('timeline-' || $1)::uuid, $1, 'Synthetic events', 'Every synthetic event of the benchmarks.')
      ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
      [SYNTHETIC_TIMELINE],
    );
    const timelineId = rows[0]!.id;
    const { rows: counts } = await client.query<{ missing: string }>(
      'SELECT (SELECT count(*) FROM event) - (SELECT count(*) FROM timeline_event WHERE timeline_id = $1) AS missing',
      [timelineId],
    );
    if (Number(counts[0]!.missing) === 0) {
      log(`every event already on the timeline ${SYNTHETIC_TIMELINE}`);
      return await settle(client, log);
    }
    const started = Date.now();
    // ON CONFLICT, not NOT EXISTS: against links the planner believes absent, an anti-join rescanned
    // the table it was filling for every event (quadratic; minutes at a million).
    const { rowCount } = await client.query('INSERT INTO timeline_event (timeline_id, event_id) SELECT $1, id FROM event ON CONFLICT DO NOTHING', [timelineId]);
    log(`${(rowCount ?? 0).toLocaleString('en')} events put on the timeline ${SYNTHETIC_TIMELINE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await settle(client, log);
  } finally {
    await client.end();
  }
}
