import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOfText } from '../src/content-hash.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

describe('unique constraints', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('the same article cannot be stored twice, even with other whitespace', async () => {
    const text = 'MOSCOW – On Tuesday, the minister spoke.\n';
    await t.db.source.create({ data: { title: 'a', text, contentHash: contentHashOfText(text) } });
    const again = 'MOSCOW –  On Tuesday,\r\nthe minister spoke.';
    await expect(t.db.source.create({ data: { title: 'b', text: again, contentHash: contentHashOfText(again) } })).rejects.toMatchObject({
      code: 'P2002',
    });
    expect(await t.db.source.count()).toBe(1);
  });

  it('an actor slug is unique', async () => {
    await t.db.actor.create({ data: { slug: 'russia', name: 'Russia', kind: 'COUNTRY' } });
    await expect(t.db.actor.create({ data: { slug: 'russia', name: 'Russian Federation', kind: 'COUNTRY' } })).rejects.toMatchObject({ code: 'P2002' });
  });
});
