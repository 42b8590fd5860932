// The extractor names a country the actor table lacks by a stand-in id
// ("place:chile") when it reaches an event or stance other than through a
// mention it turns into a proposal: here the country a known minister's
// description gives them, which takes part in what they say when the event
// names another country (first found with the sample data's Michelle Bachelet,
// whose description now says "former" and gives no country). Ingestion must
// not write that id as an actor.
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '../src/ingest/article-input.ts';
import { extractFromArticle } from '../src/ingest/extract-article.ts';
import { ingestArticle } from '../src/ingest/ingest-article.ts';
import { seedActorsOnly } from './support/seed-actors-only.ts';

describe('an article whose extraction refers to a country by its stand-in id', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedActorsOnly(database.db);
    await database.db.actor.create({
      data: { slug: 'roberto-ampuero', name: 'Roberto Ampuero', kind: 'PERSON', aliases: ['Ampuero'], description: 'Foreign Minister of Chile.' },
    });
  });
  afterAll(() => database.drop());

  it('is ingested, with the stand-in dropped rather than written as an actor id', async () => {
    const valid = validateArticle({
      text: "Roberto Ampuero said on 4 January 2019 that the Lima Group would not recognise Nicolás Maduro's new term in Venezuela.",
      publishedOn: new Date('2019-01-06'),
    });
    // The precondition: this article does produce a stand-in reference (else the test proves nothing).
    expect(JSON.stringify(await extractFromArticle(database.db, valid))).toContain('"place:chile"');
    const result = await ingestArticle(database.db, valid);
    expect(result.created).toBe(true);
    expect(result.proposedEvents.length).toBeGreaterThan(0);
    expect(await database.db.eventActor.count({ where: { eventId: { in: result.proposedEvents.map((e) => e.id) } } })).toBeGreaterThan(0);
  });
});
