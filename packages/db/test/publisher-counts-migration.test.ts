// The migration that brings the per-publisher event counts fills them from
// the citations already there, so a database migrated with events in it lists
// the same publishers as one whose counts grew write by write.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseBeforeMigration, type DatabaseBeforeMigration } from '../src/testing/index.ts';

const MIGRATION = '20261203140000_publisher_event_counts';

describe(`migration ${MIGRATION}`, () => {
  let database: DatabaseBeforeMigration;
  let client: pg.Client;

  beforeAll(async () => {
    database = await databaseBeforeMigration(MIGRATION);
    client = database.client;
    await client.query(`INSERT INTO timeline (id, slug, title) VALUES (md5('t1')::uuid, 't1', 'T1'), (md5('t2')::uuid, 't2', 'T2')`);
    // 8 sources over 3 publishers and none; 60 events, a fifth drafts; 2 or 3 citations each, some drafts.
    await client.query(`
      INSERT INTO source (id, title, publisher, content_hash)
      SELECT md5('source' || i)::uuid, 'Source ' || i, CASE WHEN i % 4 = 0 THEN NULL ELSE 'Wire ' || (i % 4) END, encode(sha256(('source' || i)::bytea), 'hex')
      FROM generate_series(1, 8) i`);
    await client.query(`
      INSERT INTO event (id, title, kind, starts_on, ends_on, precision, status, updated_at)
      SELECT md5('event' || g)::uuid, 'Event ' || g, 'OTHER', date '2019-06-01', date '2019-06-01', 'DAY',
             (CASE WHEN g % 5 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ReviewStatus", now()
      FROM generate_series(1, 60) g`);
    await client.query(`
      INSERT INTO citation (id, event_id, source_id, status, passage_start)
      SELECT md5('citation' || g || k)::uuid, md5('event' || g)::uuid, md5('source' || (1 + (g * (k + 3)) % 8))::uuid,
             (CASE WHEN (g + k) % 3 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ReviewStatus", k
      FROM generate_series(1, 60) g, generate_series(0, 1 + g % 2) k`);
    await client.query(`
      INSERT INTO timeline_event (timeline_id, event_id)
      SELECT md5(CASE WHEN g % 2 = 0 THEN 't1' ELSE 't2' END)::uuid, md5('event' || g)::uuid FROM generate_series(1, 60) g
      UNION ALL SELECT md5('t1')::uuid, md5('event' || g)::uuid FROM generate_series(1, 60, 6) g`);
    await database.applyMigration();
  });

  afterAll(async () => {
    await database?.drop();
  });

  /** Events counted from the citations, per (timeline or '-', publisher): editor's count, reader's count. */
  async function truth(): Promise<string[]> {
    const { rows } = await client.query<{ key: string }>(`
      WITH per_event AS (
        SELECT c.event_id, s.publisher, bool_or(c.status = 'PUBLISHED') AS published
        FROM citation c JOIN source s ON s.id = c.source_id JOIN event e ON e.id = c.event_id
        WHERE s.publisher IS NOT NULL AND e.status = 'PUBLISHED' GROUP BY 1, 2
      )
      SELECT concat_ws(' ', scope, publisher, count(*), count(*) FILTER (WHERE published)) AS key
      FROM (SELECT '-' AS scope, * FROM per_event UNION ALL SELECT te.timeline_id::text, p.* FROM per_event p JOIN timeline_event te ON te.event_id = p.event_id) x
      GROUP BY scope, publisher ORDER BY 1`);
    return rows.map((r) => r.key);
  }

  it('fills the counts from the citations, links and events already there', async () => {
    const { rows } = await client.query<{ key: string }>(`
      SELECT concat_ws(' ', '-', publisher, events_by_any_citation, events_by_published_citations) AS key FROM publisher_event_count
      UNION ALL
      SELECT concat_ws(' ', timeline_id, publisher, events_by_any_citation, events_by_published_citations) FROM timeline_publisher_event_count
      ORDER BY 1`);
    const expected = await truth();
    expect(expected.length).toBeGreaterThan(6); // 3 publishers, over all events and on each of 2 timelines
    expect(rows.map((r) => r.key)).toEqual(expected);
  });

  it('keeps them from then on', async () => {
    await client.query(`UPDATE event SET status = 'PUBLISHED' WHERE status = 'DRAFT'`);
    await client.query(`DELETE FROM citation WHERE status = 'DRAFT'`);
    const { rows } = await client.query<{ key: string }>(`
      SELECT concat_ws(' ', '-', publisher, events_by_any_citation, events_by_published_citations) AS key FROM publisher_event_count WHERE events_by_any_citation > 0
      UNION ALL
      SELECT concat_ws(' ', timeline_id, publisher, events_by_any_citation, events_by_published_citations) FROM timeline_publisher_event_count WHERE events_by_any_citation > 0
      ORDER BY 1`);
    expect(rows.map((r) => r.key)).toEqual(await truth());
  });
});
