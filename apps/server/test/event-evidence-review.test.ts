// A further article's evidence for an event readers already see waits for an
// editor: its citation and quotes stay with the editors until one accepts the
// citation, and a rejected citation never reaches readers.
import { randomUUID } from 'node:crypto';
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

/** A wire report of the seed's published Ryabkov statement (25 June 2019), with a quote the seed does not hold. */
const report = (publisher: string, quote: string) =>
  [
    `MOSCOW, June 25 (${publisher}) - Russian Deputy Foreign Minister Sergei Ryabkov told the Federation Council on Tuesday that the Russian military specialists in Venezuela were there only to maintain equipment supplied earlier under existing contracts.`,
    `"${quote}," Ryabkov said.`,
  ].join('\n\n');

const IngestReport = graphql(`
  mutation IngestReport($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      source { id }
      proposedEvents { id }
      matchedEvents { id }
      matchedEvidence { event { id status needsReview } citations { id status passage source { id } } }
    }
  }
`);

const EventEvidence = graphql(`
  query EventEvidence($id: ID!) {
    node(id: $id) {
      ... on Event { id status needsReview citations { id status source { id } } quotes { id status text } }
    }
  }
`);

const SearchEvents = graphql(`query SearchEvents($search: String!) { events(filter: { search: $search }, first: 50) { nodes { id } } }`);

const SourceNode = graphql(`query SourceNode($id: ID!) { node(id: $id) { id ... on Source { citations { id status } } } }`);

const SpeakerQuotes = graphql(`query SpeakerQuotes($search: String!) { actors(search: $search, first: 1) { nodes { quotes { id text status } } } }`);

const PublishCitation = graphql(`mutation PublishEventCitation($id: ID!) { publishCitation(id: $id) { id status } }`);
const RejectCitation = graphql(`mutation RejectEventCitation($id: ID!) { rejectCitation(id: $id) { id status } }`);
const PublishEvent = graphql(`mutation PublishEventWithEvidence($id: ID!) { publishEvent(id: $id) { id status needsReview } }`);

describe('reviewing the evidence an article adds to an event on file', () => {
  let api: TestApi;
  let token: string;
  let eventId: string;
  let articles = 0;

  const ingest = async (quote: string) => {
    articles += 1;
    const { body } = await api.request(
      IngestReport,
      { input: { text: report(`Wire ${articles}`, quote), publishedOn: '2019-06-25', publisher: `Wire ${articles}` } },
      { token },
    );
    expect(body.errors).toBeUndefined();
    const payload = body.data!.ingestArticle;
    expect(payload.created).toBe(true);
    expect(payload.matchedEvidence.map((m) => m.event.id)).toEqual([eventId]);
    expect(payload.matchedEvents.map((e) => e.id)).toEqual([eventId]);
    const [matched] = payload.matchedEvidence;
    expect(matched!.citations.length).toBeGreaterThan(0);
    for (const c of matched!.citations) expect(c).toMatchObject({ status: 'DRAFT', source: { id: payload.source.id } });
    return { sourceId: payload.source.id, citationIds: matched!.citations.map((c) => c.id), event: matched!.event };
  };
  const evidence = async (viewer: { token?: string } = {}) => {
    const { body } = await api.request(EventEvidence, { id: eventId }, viewer);
    expect(body.errors).toBeUndefined();
    const node = body.data!.node;
    if (!node || !('citations' in node)) throw new Error('the event is not visible');
    return node;
  };
  const found = async (search: string, viewer: { token?: string } = {}) =>
    (await api.request(SearchEvents, { search }, viewer)).body.data!.events.nodes.map((e) => e.id);
  const sourceSeen = async (id: string, viewer: { token?: string } = {}) => {
    const { body } = await api.request(SourceNode, { id }, viewer);
    expect(body.errors).toBeUndefined();
    return body.data!.node;
  };
  const ryabkovQuotes = async (viewer: { token?: string } = {}) =>
    (await api.request(SpeakerQuotes, { search: 'Ryabkov' }, viewer)).body.data!.actors.nodes[0]!.quotes.map((q) => q.text);

  beforeAll(async () => {
    api = await startTestApi();
    token = await api.editorToken();
    const seeded = await api.database.db.event.findFirstOrThrow({ where: { title: { startsWith: 'Ryabkov: Russian military in Venezuela' } } });
    expect(seeded.status).toBe('PUBLISHED');
    eventId = Buffer.from(`Event:${seeded.id}`).toString('base64url');
  });
  afterAll(() => api?.close());

  let first: Awaited<ReturnType<typeof ingest>>;

  it('keeps the new citation and quote of a published event from readers; editors see them as drafts', async () => {
    const before = await evidence();
    first = await ingest('Nothing here is choreographed');
    expect(first.event).toMatchObject({ status: 'PUBLISHED', needsReview: true });

    const reader = await evidence();
    expect(reader.citations).toEqual(before.citations);
    expect(reader.quotes).toEqual(before.quotes);
    expect(reader.citations.every((c) => c.status === 'PUBLISHED')).toBe(true);
    // Nor through the search, the article itself, or the speaker's quotes.
    expect(await found('choreographed')).toEqual([]);
    expect(await sourceSeen(first.sourceId)).toBeNull();
    expect((await ryabkovQuotes()).some((t) => t.startsWith('Nothing here is choreographed'))).toBe(false);

    const editor = await evidence({ token });
    expect(editor.citations.filter((c) => c.source.id === first.sourceId).map((c) => [c.id, c.status])).toEqual(first.citationIds.map((id) => [id, 'DRAFT']));
    expect(editor.quotes.find((q) => q.text.startsWith('Nothing here is choreographed'))?.status).toBe('DRAFT');
    expect(await found('choreographed', { token })).toEqual([eventId]);
    expect((await ryabkovQuotes({ token })).some((t) => t.startsWith('Nothing here is choreographed'))).toBe(true);
  });

  it('re-ingesting the article lists the event as matched again and writes nothing', async () => {
    const citations = await api.database.db.citation.count();
    const { body } = await api.request(
      IngestReport,
      { input: { text: report('Wire 1', 'Nothing here is choreographed'), publishedOn: '2019-06-25' } },
      { token },
    );
    const payload = body.data!.ingestArticle;
    expect(payload.created).toBe(false);
    expect(payload.proposedEvents).toEqual([]);
    expect(payload.matchedEvidence.map((m) => [m.event.id, m.citations.map((c) => c.id)])).toEqual([[eventId, first.citationIds]]);
    expect(await api.database.db.citation.count()).toBe(citations);
  });

  it('publishCitation shows the citation and its quote to readers', async () => {
    for (const id of first.citationIds) {
      const { body } = await api.request(PublishCitation, { id }, { token });
      expect(body.errors).toBeUndefined();
      expect(body.data!.publishCitation).toEqual({ id, status: 'PUBLISHED' });
    }
    const reader = await evidence();
    expect(reader.citations.map((c) => c.id)).toEqual(expect.arrayContaining(first.citationIds));
    expect(reader.quotes.find((q) => q.text.startsWith('Nothing here is choreographed'))?.status).toBe('PUBLISHED');
    expect(await found('choreographed')).toEqual([eventId]);
    expect(await sourceSeen(first.sourceId)).not.toBeNull();
    expect((await ryabkovQuotes()).some((t) => t.startsWith('Nothing here is choreographed'))).toBe(true);
    // Nothing waits any more.
    expect((await evidence({ token })).needsReview).toBe(false);
  });

  it('rejectCitation keeps the citation and its quote from readers for good', async () => {
    const second = await ingest('We have no secret plans whatsoever');
    for (const id of second.citationIds) {
      const { body } = await api.request(RejectCitation, { id }, { token });
      expect(body.errors).toBeUndefined();
      expect(body.data!.rejectCitation.status).toBe('REJECTED');
    }
    const reader = await evidence();
    expect(reader.citations.some((c) => second.citationIds.includes(c.id))).toBe(false);
    expect(reader.quotes.some((q) => q.text.startsWith('We have no secret plans whatsoever'))).toBe(false);
    expect(await found('whatsoever')).toEqual([]);
    expect(await sourceSeen(second.sourceId)).toBeNull();
    const editor = await evidence({ token });
    expect(editor.quotes.find((q) => q.text.startsWith('We have no secret plans whatsoever'))?.status).toBe('REJECTED');
    // Publishing the event again accepts drafts only: what an editor rejected stays rejected.
    await api.request(PublishEvent, { id: eventId }, { token });
    expect((await evidence()).citations.some((c) => second.citationIds.includes(c.id))).toBe(false);
  });

  it("publishEvent publishes the event's draft citations and quotes", async () => {
    const third = await ingest('Our specialists are busy with maintenance schedules');
    const { body } = await api.request(PublishEvent, { id: eventId }, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishEvent).toEqual({ id: eventId, status: 'PUBLISHED', needsReview: false });
    const reader = await evidence();
    expect(reader.citations.map((c) => c.id)).toEqual(expect.arrayContaining(third.citationIds));
    expect(reader.quotes.find((q) => q.text.startsWith('Our specialists are busy with maintenance schedules'))?.status).toBe('PUBLISHED');
  });

  it('refuses to reject the only published citation of a published event', async () => {
    const published = (await evidence()).citations.map((c) => c.id);
    expect(published.length).toBeGreaterThan(1);
    for (const id of published.slice(1)) {
      const { body } = await api.request(RejectCitation, { id }, { token });
      expect(body.errors).toBeUndefined();
    }
    const last = published[0]!;
    const { body } = await api.request(RejectCitation, { id: last }, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await evidence()).citations.map((c) => [c.id, c.status])).toEqual([[last, 'PUBLISHED']]);
  });

  it('answers unknown and mistyped ids with codes', async () => {
    const unknown = Buffer.from(`Citation:${randomUUID()}`).toString('base64url');
    const codes = async (id: string) => [
      (await api.request(PublishCitation, { id }, { token })).body.errors?.[0]?.extensions?.code,
      (await api.request(RejectCitation, { id }, { token })).body.errors?.[0]?.extensions?.code,
    ];
    expect(await codes(unknown)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(await codes(eventId)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});
