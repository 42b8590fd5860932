// The migration that gives stances a review status: stances and citations on
// file were public before it and must stay public; rows written after it
// start as drafts.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseBeforeMigration, type DatabaseBeforeMigration } from '../src/testing/index.ts';

const MIGRATION = '20261201181153_stance_review_status';

const ids = {
  russia: '00000000-0000-4000-8000-000000000001',
  maduro: '00000000-0000-4000-8000-000000000002',
  source: '00000000-0000-4000-8000-0000000000a1',
  before: '00000000-0000-4000-8000-0000000000b1',
  after: '00000000-0000-4000-8000-0000000000b2',
};

describe(`migration ${MIGRATION}`, () => {
  let database: DatabaseBeforeMigration;
  let client: pg.Client;

  beforeAll(async () => {
    database = await databaseBeforeMigration(MIGRATION);
    client = database.client;

    await client.query(
      `INSERT INTO actor (id, slug, name, kind, updated_at) VALUES ($1, 'russia', 'Russia', 'COUNTRY', now()), ($2, 'maduro', 'Nicolás Maduro', 'PERSON', now())`,
      [ids.russia, ids.maduro],
    );
    await client.query(`INSERT INTO source (id, title, content_hash) VALUES ($1, 'Wire', $2)`, [ids.source, 'a'.repeat(64)]);
    await client.query(`INSERT INTO stance (id, actor_id, target_id, kind) VALUES ($1, $2, $3, 'SUPPORTS')`, [ids.before, ids.russia, ids.maduro]);
    await client.query(`INSERT INTO stance_citation (id, stance_id, source_id, passage) VALUES (gen_random_uuid(), $1, $2, 'Russia supports Maduro.')`, [
      ids.before,
      ids.source,
    ]);

    await database.applyMigration();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('publishes the stances and citations that were on file', async () => {
    const stances = await client.query<{ status: string }>('SELECT status::text FROM stance WHERE id = $1', [ids.before]);
    expect(stances.rows).toEqual([{ status: 'PUBLISHED' }]);
    const citations = await client.query<{ status: string }>('SELECT status::text FROM stance_citation WHERE stance_id = $1', [ids.before]);
    expect(citations.rows).toEqual([{ status: 'PUBLISHED' }]);
  });

  it('makes new stances and citations drafts unless told otherwise', async () => {
    await client.query(`INSERT INTO stance (id, actor_id, target_id, kind) VALUES ($1, $2, $3, 'OPPOSES')`, [ids.after, ids.russia, ids.maduro]);
    await client.query(`INSERT INTO stance_citation (id, stance_id, source_id) VALUES (gen_random_uuid(), $1, $2)`, [ids.after, ids.source]);
    const stances = await client.query<{ status: string }>('SELECT status::text FROM stance WHERE id = $1', [ids.after]);
    expect(stances.rows).toEqual([{ status: 'DRAFT' }]);
    const citations = await client.query<{ status: string }>('SELECT status::text FROM stance_citation WHERE stance_id = $1', [ids.after]);
    expect(citations.rows).toEqual([{ status: 'DRAFT' }]);
  });
});
