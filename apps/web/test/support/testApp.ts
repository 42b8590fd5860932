// The whole app for one test file: a fresh database with the sample data set
// plus a hostile event and stance, and the real server serving the built web app.
import { loadSeed, readSeedData } from '@chronicle/db';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { startServer, type FetchPolicy, type RunningServer, type WorkerSettings } from '@chronicle/server/testing';
import { graphqlData } from '@chronicle/testing';
import { openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { afterAll, beforeAll } from 'vitest';
import { ensureWebBuilt } from './webBuild.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export const TIMELINE = 'venezuela-crisis-2019';

/** Text that would run script if it ever reached the page as HTML. */
export const XSS = {
  title: '<img src=x onerror="window.__xss=1">',
  summary: '<script>window.__xss=2</script>',
  actorName: '<img src=x onerror="window.__xss=3">Mallory',
  actorAlias: 'Xss Tester',
  quote: '<img src=x onerror="window.__xss=4">',
  publisher: '<b onmouseover="window.__xss=5">Evil Press</b>',
  passage: '<iframe src="javascript:window.__xss=6"></iframe>',
  url: 'javascript:window.__xss=7',
} as const;

export interface TestApp {
  url: string;
  database: TestDatabase;
  server: RunningServer;
  /** Runs a typed GraphQL operation against the app's API, for IDs the tests need. */
  graphql<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData>;
  close(): Promise<void>;
}

async function addHostileEvent(database: TestDatabase): Promise<void> {
  const { db } = database;
  const timeline = await db.timeline.findUniqueOrThrow({ where: { slug: TIMELINE }, select: { id: true } });
  const event = await db.event.create({
    data: {
      title: XSS.title,
      summary: XSS.summary,
      kind: 'OTHER',
      status: 'PUBLISHED',
      precision: 'DAY',
      startsOn: new Date('2019-01-15'),
      endsOn: new Date('2019-01-15'),
      timelines: { create: { timelineId: timeline.id } },
    },
  });
  const actor = await db.actor.create({
    data: { slug: 'xss-tester', name: XSS.actorName, kind: 'PERSON', aliases: [XSS.actorAlias] },
  });
  const source = await db.source.create({
    data: { title: XSS.title, publisher: XSS.publisher, url: XSS.url, contentHash: 'f'.repeat(64), publishedOn: new Date('2019-01-15') },
  });
  await db.eventActor.create({ data: { eventId: event.id, actorId: actor.id, role: 'SPEAKER' } });
  // Published evidence: readers must meet every hostile string to prove it harmless.
  await db.citation.create({ data: { eventId: event.id, sourceId: source.id, passage: XSS.passage, dateExpression: XSS.summary, status: 'PUBLISHED' } });
  await db.quote.create({ data: { eventId: event.id, speakerId: actor.id, sourceId: source.id, text: XSS.quote, verb: 'said', status: 'PUBLISHED' } });
  const maduro = await db.actor.findUniqueOrThrow({ where: { slug: 'nicolas-maduro' }, select: { id: true } });
  await db.stance.create({
    // Published, with a published citation: the reader's view must meet it to prove it is harmless.
    data: {
      actorId: actor.id,
      targetId: maduro.id,
      kind: 'OPPOSES',
      status: 'PUBLISHED',
      citations: { create: { sourceId: source.id, passage: XSS.passage, status: 'PUBLISHED' } },
    },
  });
}

export async function startTestApp(options: { fetchPolicy?: FetchPolicy; workers?: WorkerSettings } = {}): Promise<TestApp> {
  await ensureWebBuilt();
  const database = await createTestDatabase();
  await loadSeed(database.db, await readSeedData());
  await addHostileEvent(database);
  const server = await startServer({ databaseUrl: database.url, port: 0, ...options });
  return {
    url: server.url,
    database,
    server,
    graphql: (document, variables) => graphqlData(server.url, document, variables),
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/**
 * For a browser test's describe block: the app started and Chromium opened
 * before its tests, both closed after them. The fields are set once the block's
 * beforeAll hooks run (this one first), so read them in hooks and tests.
 */
export function useAppInBrowser(): { readonly app: TestApp; readonly browser: TestBrowser } {
  const session = {} as { app: TestApp; browser: TestBrowser };
  beforeAll(async () => {
    session.app = await startTestApp();
    session.browser = await openBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  return session;
}
