// The migration that gives event citations and quotes a review status: what
// was on file was public before it and must stay public; rows written after
// it start as drafts.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseBeforeMigration, type DatabaseBeforeMigration } from '../src/testing/index.ts';

const MIGRATION = '20261201183022_event_evidence_review_status';

const ids = {
  event: '00000000-0000-4000-8000-0000000000e1',
  source: '00000000-0000-4000-8000-0000000000a1',
  later: '00000000-0000-4000-8000-0000000000a2',
};

describe(`migration ${MIGRATION}`, () => {
  let database: DatabaseBeforeMigration;
  let client: pg.Client;
  const statuses = async (table: 'citation' | 'quote', sourceId: string) =>
    (await client.query<{ status: string }>(`SELECT status::text FROM ${table} WHERE source_id = $1`, [sourceId])).rows;

  beforeAll(async () => {
    database = await databaseBeforeMigration(MIGRATION);
    client = database.client;

    await client.query(
      `INSERT INTO event (id, title, kind, starts_on, ends_on, precision, status, updated_at)
       VALUES ($1, 'Guaidó declares himself interim president', 'STATEMENT', '2019-01-23', '2019-01-23', 'DAY', 'PUBLISHED', now())`,
      [ids.event],
    );
    await client.query(`INSERT INTO source (id, title, content_hash) VALUES ($1, 'Wire', $2), ($3, 'Later wire', $4)`, [
      ids.source,
      'a'.repeat(64),
      ids.later,
      'b'.repeat(64),
    ]);
    await client.query(`INSERT INTO citation (id, event_id, source_id, passage) VALUES (gen_random_uuid(), $1, $2, 'Guaidó swore himself in.')`, [
      ids.event,
      ids.source,
    ]);
    await client.query(`INSERT INTO quote (id, event_id, source_id, text) VALUES (gen_random_uuid(), $1, $2, 'I swear to assume')`, [ids.event, ids.source]);

    await database.applyMigration();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('publishes the citations and quotes that were on file', async () => {
    expect(await statuses('citation', ids.source)).toEqual([{ status: 'PUBLISHED' }]);
    expect(await statuses('quote', ids.source)).toEqual([{ status: 'PUBLISHED' }]);
  });

  it('makes new citations and quotes drafts unless told otherwise', async () => {
    await client.query(`INSERT INTO citation (id, event_id, source_id) VALUES (gen_random_uuid(), $1, $2)`, [ids.event, ids.later]);
    await client.query(`INSERT INTO quote (id, event_id, source_id, text) VALUES (gen_random_uuid(), $1, $2, 'a usurper')`, [ids.event, ids.later]);
    expect(await statuses('citation', ids.later)).toEqual([{ status: 'DRAFT' }]);
    expect(await statuses('quote', ids.later)).toEqual([{ status: 'DRAFT' }]);
  });
});
