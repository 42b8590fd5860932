import { readFile } from 'node:fs/promises';
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedActorsOnly } from './support/seed-actors-only.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const articleUrl = new URL('../../../prisma/seed/articles/ryabkov-venezuela-2019-06.txt', import.meta.url);

const Ingest = graphql(`
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      warnings
      source { id contentHash publisher publishedOn }
      proposedEvents { id title kind status date { start end precision display } actors { role actor { name } } citations { passage passageStart passageEnd dateExpression source { id text } } quotes { text verb speaker { name } } timelines { slug } }
      matchedEvents { id needsReview citations { source { id } } }
      proposedActors { name status }
    }
  }
`);

const PublicEvents = graphql(`query PublicEvents($search: String) { events(filter: { search: $search }, first: 200) { nodes { id title } } }`);
const Publish = graphql(`mutation Publish($id: ID!) { publishEvent(id: $id) { id status } }`);

describe('ingesting an article', () => {
  let api: TestApi;
  let token: string;
  let text: string;
  const input = () => ({
    text,
    publishedOn: '2019-06-25',
    title: 'Deputy Foreign Minister reveals why Russian military arrived in Venezuela',
    publisher: 'Fort Russ',
    url: 'https://fort-russ.com/2019/06/deputy-foreign-minister-reveals-why-russian-military-arrived-in-venezuela/',
    timeline: 'venezuela-crisis-2019',
  });

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    await seedActorsOnly(api.database.db);
    token = await api.editorToken();
    text = await readFile(articleUrl, 'utf8');
  });
  afterAll(() => api.close());

  it("proposes the seed article's five events as drafts, dated honestly, with evidence", async () => {
    const { body } = await api.request(Ingest, { input: input() }, { token });
    expect(body.errors).toBeUndefined();
    const payload = body.data!.ingestArticle;
    expect(payload.created).toBe(true);
    const byDate = payload.proposedEvents.map((e) => `${e.date.start}/${e.date.precision}`).sort();
    expect(byDate).toEqual(['2019-01-10/DAY', '2019-01-23/DAY', '2019-06-01/MONTH', '2019-06-01/MONTH', '2019-06-25/DAY']);
    for (const event of payload.proposedEvents) {
      expect(event.status).toBe('DRAFT');
      expect(event.timelines.map((t) => t.slug)).toEqual(['venezuela-crisis-2019']);
      expect(event.citations.length).toBeGreaterThan(0);
      for (const c of event.citations) expect(c.source.text!.slice(c.passageStart!, c.passageEnd!)).toBe(c.passage);
    }
    const ryabkov = payload.proposedEvents.find((e) => e.date.start === '2019-06-25')!;
    expect(ryabkov.actors).toEqual(expect.arrayContaining([{ role: 'SPEAKER', actor: { name: 'Sergei Ryabkov' } }]));
    expect(ryabkov.citations[0]!.dateExpression).toMatch(/^(On )?Tuesday$/);
    // "Tyabkov said" is Ryabkov speaking.
    expect(ryabkov.quotes.find((q) => q.text.startsWith('We are doing a planned work'))?.speaker?.name).toBe('Sergei Ryabkov');
    const june = payload.proposedEvents.filter((e) => e.date.precision === 'MONTH');
    for (const e of june) expect(e.date).toMatchObject({ end: '2019-06-30', display: 'June 2019' });
  });

  it('keeps drafts from readers until an editor publishes one', async () => {
    expect((await api.request(PublicEvents, { search: 'Ryabkov' })).body.data!.events.nodes).toEqual([]);
    const Drafts = graphql(`query DraftEvents { events(filter: { statuses: [DRAFT] }, first: 50) { nodes { id title date { start } } } }`);
    const drafts = (await api.request(Drafts, {}, { token })).body.data!.events.nodes;
    const ryabkov = drafts.find((e) => e.date.start === '2019-06-25')!;
    const published = await api.request(Publish, { id: ryabkov.id }, { token });
    expect(published.body.data!.publishEvent.status).toBe('PUBLISHED');
    expect((await api.request(PublicEvents, { search: 'Ryabkov' })).body.data!.events.nodes.map((e) => e.id)).toEqual([ryabkov.id]);
  });

  it('ingesting the same article again returns the same source and writes nothing', async () => {
    const before = await api.database.db.event.count();
    const first = (await api.request(Ingest, { input: input() }, { token })).body.data!.ingestArticle;
    const again = (await api.request(Ingest, { input: { ...input(), text: `  ${text.replaceAll('\n', '\r\n')}  ` } }, { token })).body.data!.ingestArticle;
    expect(first.created).toBe(false);
    expect(again.created).toBe(false);
    expect(again.source.id).toBe(first.source.id);
    expect(await api.database.db.event.count()).toBe(before);
    expect(await api.database.db.source.count()).toBe(1);
  });

  it('an article reporting an event already held adds a citation to it and flags it', async () => {
    const report = [
      'MOSCOW, June 25 (Wire) - Russian Deputy Foreign Minister Sergei Ryabkov told the Federation Council on Tuesday that the Russian military specialists in Venezuela were there only to maintain equipment supplied earlier under existing contracts.',
      '"This is routine work," Ryabkov said.',
    ].join('\n\n');
    const { body } = await api.request(Ingest, { input: { text: report, publishedOn: '2019-06-25', publisher: 'Wire' } }, { token });
    const payload = body.data!.ingestArticle;
    expect(payload.created).toBe(true);
    expect(payload.matchedEvents).toHaveLength(1);
    expect(payload.matchedEvents[0]!.needsReview).toBe(true);
    expect(payload.matchedEvents[0]!.citations.map((c) => c.source.id)).toContain(payload.source.id);
    expect(payload.proposedEvents.filter((e) => e.date.start === '2019-06-25')).toEqual([]);
  });
});

describe('twenty identical requests at once', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    await seedActorsOnly(api.database.db);
  });
  afterAll(() => api.close());

  it('store one source and one set of events', async () => {
    const token = await api.editorToken();
    const text = await readFile(articleUrl, 'utf8');
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.request(Ingest, { input: { text, publishedOn: '2019-06-25' } }, { token })));
    const payloads = responses.map((r) => r.body.data!.ingestArticle);
    expect(payloads.filter((p) => p.created)).toHaveLength(1);
    expect(new Set(payloads.map((p) => p.source.id)).size).toBe(1);
    expect(await api.database.db.source.count()).toBe(1);
    expect(await api.database.db.event.count()).toBe(5);
  });
});

describe('bad articles get a clear error and write nothing', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    token = await api.editorToken();
  });
  afterAll(() => api.close());

  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['empty text', { text: '' }, /empty/],
    ['whitespace only', { text: ' \n\t ' }, /empty/],
    ['over the size limit', { text: 'word '.repeat(40_001) }, /limit is 200,000/],
    ['binary content', { text: 'PK\u0003\u0004\u0000\u0000binary' }, /binary/],
    ['not UTF-8', { text: 'Caf\uFFFD con leche' }, /UTF-8/],
    ['a publication date in the future', { publishedOn: '2999-01-01' }, /future/],
    ['a malformed URL', { url: 'not a url' }, /http\(s\) address/],
    ['a non-web URL', { url: 'javascript:alert(1)' }, /http\(s\) address/],
  ];

  for (const [name, change, message] of cases) {
    it(name, async () => {
      const { body } = await api.request(Ingest, { input: { text: 'On Tuesday the minister spoke.', publishedOn: '2019-06-25', ...change } }, { token });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(await api.database.db.source.count()).toBe(0);
      expect(await api.database.db.event.count()).toBe(0);
    });
  }

  it('an unparsable publication date', async () => {
    const { body } = await api.request(Ingest, { input: { text: 'On Tuesday the minister spoke.', publishedOn: '25/06/2019' } }, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(await api.database.db.source.count()).toBe(0);
  });
});
