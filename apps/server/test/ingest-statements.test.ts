// Ingesting an article costs a bounded number of SQL statements, whatever
// its number of events, actors, quotes and stances: each kind of row is
// written in one set-based statement (src/ingest, packages/db/src/queries).
// Written a row at a time, the seed article alone took 71 statements and a
// long article hundreds, each a round trip inside the transaction.
import { readFile } from 'node:fs/promises';
import { loadSeed, readSeedData } from '@chronicle/db';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '../src/ingest/article-input.ts';
import { ingestArticle } from '../src/ingest/ingest-article.ts';
import { templateArticle } from './support/article-template.ts';

/**
 * Outside the transaction: the same text seen before?, the timeline, the
 * actor table's fingerprint and, when it changed, the actors. Inside: source,
 * slug locks, slug holders, new actors, candidate events, locks on matched
 * events, events (with their actors and timelines), citations, quotes, review
 * flags, stances (write, read back, citations), the change notices (events,
 * stances, NOTIFY) and COMMIT.
 */
const BUDGET = 4 + 17;

describe('the statements of one ingestion', () => {
  let t: TestDatabase;
  let statements: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
    await loadSeed(t.db, await readSeedData());
  });
  afterAll(() => t.drop());

  const ingest = async (text: string, publishedOn: string) => {
    statements = [];
    const result = await ingestArticle(t.db, validateArticle({ text, publishedOn: new Date(`${publishedOn}T00:00:00Z`), timeline: 'venezuela-crisis-2019' }));
    return { result, statements: statements.length };
  };

  it('stay within the budget for an article that reports events and stances on file', async () => {
    const seedArticle = await readFile(new URL('../../../prisma/seed/articles/ryabkov-venezuela-2019-06.txt', import.meta.url), 'utf8');
    const { result, statements: count } = await ingest(`${seedArticle}\n\nThis report was updated.`, '2019-06-25');
    expect(result.matchedEvents.length, "it matches the seed's events").toBeGreaterThan(0);
    expect(result.proposedStances.length, 'it states stances').toBeGreaterThan(0);
    expect(result.proposedActors.length, 'it proposes actors').toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(BUDGET);
  });

  it('stay within the same budget for a short article and for one ten times as long', async () => {
    const short = templateArticle(7_001);
    const once = await ingest(short.text, short.publishedOn);
    const parts = Array.from({ length: 10 }, (_, i) => templateArticle(7_100 + i * 3));
    const long = await ingest(parts.map((p) => p.text).join('\n\n'), parts.at(-1)!.publishedOn);
    expect(long.result.proposedEvents.length, 'the long article proposes many events').toBeGreaterThanOrEqual(
      5 * Math.max(1, once.result.proposedEvents.length),
    );
    expect(once.statements).toBeLessThanOrEqual(BUDGET);
    expect(long.statements).toBeLessThanOrEqual(BUDGET);
  });
});
