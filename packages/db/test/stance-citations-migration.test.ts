// The migration that gives stances their citations moves each stance's old
// source and passage into a citation, with the passage's offsets found again
// in the source text, before it drops the old columns.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseBeforeMigration, type DatabaseBeforeMigration } from '../src/testing/index.ts';

const MIGRATION = '20261201175602_stance_citations';

const ids = {
  russia: '00000000-0000-4000-8000-000000000001',
  maduro: '00000000-0000-4000-8000-000000000002',
  china: '00000000-0000-4000-8000-000000000003',
  article: '00000000-0000-4000-8000-0000000000a1',
  reference: '00000000-0000-4000-8000-0000000000a2',
  located: '00000000-0000-4000-8000-0000000000b1',
  notInText: '00000000-0000-4000-8000-0000000000b2',
  withoutPassage: '00000000-0000-4000-8000-0000000000b3',
  sourceDeleted: '00000000-0000-4000-8000-0000000000b4',
};
// A character beyond U+FFFF before the passage: two UTF-16 code units, one PostgreSQL character.
const passage = 'Russia, China, Cuba and others support Maduro’s government.';
const articleText = `MOSCOW 🇷🇺 – Ryabkov spoke. ${passage} The end.`;

describe(`migration ${MIGRATION}`, () => {
  let database: DatabaseBeforeMigration;
  let client: pg.Client;

  beforeAll(async () => {
    database = await databaseBeforeMigration(MIGRATION);
    client = database.client;

    await client.query(
      `INSERT INTO actor (id, slug, name, kind, updated_at) VALUES ($1, 'russia', 'Russia', 'COUNTRY', now()), ($2, 'maduro', 'Nicolás Maduro', 'PERSON', now()), ($3, 'china', 'China', 'COUNTRY', now())`,
      [ids.russia, ids.maduro, ids.china],
    );
    await client.query(`INSERT INTO source (id, title, text, content_hash) VALUES ($1, 'Article', $2, $3), ($4, 'Reference', NULL, $5)`, [
      ids.article,
      articleText,
      'a'.repeat(64),
      ids.reference,
      'b'.repeat(64),
    ]);
    const stance = `INSERT INTO stance (id, actor_id, target_id, kind, source_id, passage) VALUES ($1, $2, $3, $4, $5, $6)`;
    await client.query(stance, [ids.located, ids.russia, ids.maduro, 'SUPPORTS', ids.article, passage]);
    await client.query(stance, [ids.notInText, ids.china, ids.maduro, 'SUPPORTS', ids.article, 'Words the article never wrote.']);
    await client.query(stance, [ids.withoutPassage, ids.russia, ids.maduro, 'RECOGNIZES', ids.reference, null]);
    await client.query(stance, [ids.sourceDeleted, ids.china, ids.maduro, 'RECOGNIZES', null, 'A passage whose source is gone.']);

    await database.applyMigration();
  });

  afterAll(async () => {
    await database?.drop();
  });

  async function citationsOf(stanceId: string) {
    const { rows } = await client.query<{ source_id: string; passage: string | null; passage_start: number | null; passage_end: number | null }>(
      'SELECT source_id, passage, passage_start, passage_end FROM stance_citation WHERE stance_id = $1',
      [stanceId],
    );
    return rows;
  }

  it('gives a stance its source and passage as a citation, with offsets in UTF-16 code units', async () => {
    const [citation, ...others] = await citationsOf(ids.located);
    expect(others).toEqual([]);
    expect(citation).toMatchObject({ source_id: ids.article, passage });
    // What a JavaScript client would cut out of the text it receives.
    expect(articleText.slice(citation!.passage_start!, citation!.passage_end!)).toBe(passage);
    expect(citation!.passage_start).toBe(articleText.indexOf(passage));
  });

  it('keeps a passage the text does not hold, without offsets', async () => {
    expect(await citationsOf(ids.notInText)).toEqual([
      { source_id: ids.article, passage: 'Words the article never wrote.', passage_start: null, passage_end: null },
    ]);
  });

  it('keeps a source cited without a passage', async () => {
    expect(await citationsOf(ids.withoutPassage)).toEqual([{ source_id: ids.reference, passage: null, passage_start: null, passage_end: null }]);
  });

  it('keeps every stance, and a stance without a source has no citation', async () => {
    expect(await citationsOf(ids.sourceDeleted)).toEqual([]);
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM stance');
    expect(Number(rows[0]!.count)).toBe(4);
  });

  it('drops the old columns', async () => {
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'stance' AND column_name IN ('source_id', 'passage')`,
    );
    expect(rows).toEqual([]);
  });
});
