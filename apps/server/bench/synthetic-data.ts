// A large synthetic data set made inside PostgreSQL with generate_series:
// 100,000 events over 25 years with actors, sources and citations. IDs derive
// from the row number (md5 → uuid), so relations join without lookups.
import pg from 'pg';

export const SYNTHETIC = { events: 100_000, actors: 2_000, sources: 5_000, actorsPerEvent: 3 } as const;

export async function ensureSyntheticData(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM event');
    if (Number(rows[0]?.count) >= SYNTHETIC.events) return log(`synthetic data already there (${rows[0]?.count} events)`);
    const started = Date.now();
    await client.query('BEGIN');
    await client.query(`
      INSERT INTO actor (id, slug, name, kind, aliases, description, updated_at)
      SELECT md5('actor' || i)::uuid, 'bench-actor-' || i, 'Actor ' || i, (enum_range(NULL::"ActorKind"))[1 + i % 4],
             ARRAY['Alias ' || i], 'Synthetic actor', now()
      FROM generate_series(1, $1::int) i`, [SYNTHETIC.actors]);
    await client.query(`
      INSERT INTO source (id, title, publisher, url, published_on, language, content_hash)
      SELECT md5('source' || i)::uuid, 'Report ' || i, 'Wire ' || (i % 40), 'https://example.org/report/' || i,
             date '2000-01-01' + (i * 7) % 9000, 'en', encode(sha256(('source' || i)::bytea), 'hex')
      FROM generate_series(1, $1::int) i`, [SYNTHETIC.sources]);
    // 90% DAY, 8% MONTH, 2% YEAR precision, spread over 2000–2024.
    await client.query(`
      INSERT INTO event (id, title, summary, kind, starts_on, ends_on, precision, status, updated_at)
      SELECT md5('event' || g)::uuid, 'Synthetic event ' || g, 'What happened in event ' || g || ', in a sentence or two.',
             (enum_range(NULL::"EventKind"))[1 + g % 9],
             CASE WHEN g % 50 = 0 THEN date_trunc('year', d)::date WHEN g % 12 = 0 THEN date_trunc('month', d)::date ELSE d END,
             CASE WHEN g % 50 = 0 THEN (date_trunc('year', d) + interval '1 year - 1 day')::date
                  WHEN g % 12 = 0 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date ELSE d END,
             (CASE WHEN g % 50 = 0 THEN 'YEAR' WHEN g % 12 = 0 THEN 'MONTH' ELSE 'DAY' END)::"DatePrecision",
             'PUBLISHED', now()
      FROM generate_series(1, $1::int) g, LATERAL (SELECT date '2000-01-01' + (g * 7919) % 9131 AS d) day`, [SYNTHETIC.events]);
    await client.query(`
      INSERT INTO event_actor (event_id, actor_id, role)
      SELECT DISTINCT ON (g, a) md5('event' || g)::uuid, md5('actor' || a)::uuid, (enum_range(NULL::"ActorRole"))[1 + k]
      FROM generate_series(1, $1::int) g, generate_series(0, $2::int - 1) k,
           LATERAL (SELECT 1 + (g * (7 + 6 * k)) % $3::int AS a) pick`, [SYNTHETIC.events, SYNTHETIC.actorsPerEvent, SYNTHETIC.actors]);
    await client.query(`
      INSERT INTO citation (id, event_id, source_id, passage, passage_start, passage_end, date_expression, status)
      SELECT md5('citation' || g)::uuid, md5('event' || g)::uuid, md5('source' || (1 + g % $2::int))::uuid,
             'The passage of report ' || (1 + g % $2::int) || ' that backs event ' || g || '.', NULL, NULL, 'on Tuesday', 'PUBLISHED'
      FROM generate_series(1, $1::int) g`, [SYNTHETIC.events, SYNTHETIC.sources]);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    log(`synthetic data made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
