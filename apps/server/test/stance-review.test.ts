// Stances go through review like events: what an article states stays with
// the editors until one publishes it, and a further article's evidence for a
// published stance waits for an editor too.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

/** Mexico and Uruguay backing Maduro: stances the seed does not hold. */
const firstArticle = [
  'Neighbours urge talks in Caracas',
  'MEXICO CITY, March 4 (Wire) - Latin American diplomats met on Monday to discuss the crisis in Venezuela.',
  "Mexico and Uruguay support Maduro's government, officials in Mexico City said on Monday, and called for talks.",
].join('\n\n');

/** A later report stating both again. */
const secondArticle = [
  'Mediators prepare a meeting',
  'MONTEVIDEO, April 2 (Wire) - Mediators prepared a new round of meetings on Tuesday.',
  "Mexico and Uruguay support Maduro's government, diplomats in Montevideo said on Tuesday.",
].join('\n\n');

const IngestStating = graphql(`
  mutation IngestStating($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      proposedStances {
        stance { id status kind actor { name } target { name } }
        citations { id status passage source { id } }
      }
    }
  }
`);

const ReaderStances = graphql(`
  query ReaderStances($actor: ID, $target: ID) {
    stances(actor: $actor, target: $target) { id status actor { name } target { name } citations { id status source { id } } passage source { id } }
  }
`);

const ActorStanceLists = graphql(`
  query ActorStanceLists($search: String!) {
    actors(search: $search, first: 1) {
      nodes { id name stances { id status target { name } } stancesTowards { id status actor { name } } }
    }
  }
`);

const StanceNode = graphql(`query StanceNode($id: ID!) { node(id: $id) { id ... on Stance { status citations { id status } } } }`);
const PublishStance = graphql(`mutation PublishStanceForReview($id: ID!) { publishStance(id: $id) { id status citations { id status } } }`);
const RejectStance = graphql(`mutation RejectStanceForReview($id: ID!) { rejectStance(id: $id) { id status } }`);
const PublishCitation = graphql(`mutation PublishStanceCitationForReview($id: ID!) { publishStanceCitation(id: $id) { id status } }`);
const RejectCitation = graphql(`mutation RejectStanceCitationForReview($id: ID!) { rejectStanceCitation(id: $id) { id status } }`);
const ActorPageStances = graphql(`
  query ActorPageStances($first: Int!) { actors(first: $first) { nodes { stances { id citations { id } } stancesTowards { id } } } }
`);

type Proposed = NonNullable<Awaited<ReturnType<typeof ingest>>>[number];
async function ingest(api: TestApi, token: string, text: string, publishedOn: string) {
  const { body } = await api.request(IngestStating, { input: { text, publishedOn, publisher: 'Wire' } }, { token });
  expect(body.errors).toBeUndefined();
  return body.data!.ingestArticle.proposedStances;
}

describe('reviewing the stances an article states', () => {
  let api: TestApi;
  let token: string;
  let statements = 0;
  let first: Proposed[];
  const stanceOf = (proposed: Proposed[], actor: string) => {
    const found = proposed.find((p) => p.stance.actor.name === actor && p.stance.target.name === 'Nicolás Maduro' && p.stance.kind === 'SUPPORTS');
    expect(found, `a stance of ${actor} towards Maduro`).toBeDefined();
    return found!;
  };
  const readerSees = async (stanceId: string) => {
    const { body } = await api.request(ReaderStances, {});
    expect(body.errors).toBeUndefined();
    return body.data!.stances.find((s) => s.id === stanceId) ?? null;
  };
  const editorSees = async (stanceId: string) => {
    const { body } = await api.request(ReaderStances, {}, { token });
    return body.data!.stances.find((s) => s.id === stanceId) ?? null;
  };
  const actorLists = async (search: string, asEditor: boolean) => {
    const { body } = await api.request(ActorStanceLists, { search }, asEditor ? { token } : {});
    expect(body.errors).toBeUndefined();
    return body.data!.actors.nodes[0]!;
  };

  beforeAll(async () => {
    api = await startTestApi({
      seed: true,
      onQuery: () => {
        statements += 1;
      },
    });
    token = await api.editorToken();
  });
  afterAll(() => api.close());

  it('an article stating a new stance proposes it as a draft, with its citation as a draft', async () => {
    first = await ingest(api, token, firstArticle, '2019-03-04');
    for (const actor of ['Mexico', 'Uruguay']) {
      const { stance, citations } = stanceOf(first, actor);
      expect(stance.status).toBe('DRAFT');
      expect(citations).toHaveLength(1);
      expect(citations[0]).toMatchObject({ status: 'DRAFT', passage: expect.stringMatching(/^Mexico and Uruguay support Maduro/) });
    }
  });

  it('readers do not see a draft stance anywhere; editors do, marked DRAFT', async () => {
    const mexico = stanceOf(first, 'Mexico').stance;
    expect(await readerSees(mexico.id)).toBeNull();
    expect((await actorLists('Mexico', false)).stances).toEqual([]);
    expect((await actorLists('Nicolás Maduro', false)).stancesTowards.map((s) => s.actor.name)).not.toContain('Mexico');
    expect((await api.request(StanceNode, { id: mexico.id })).body.data!.node).toBeNull();

    expect(await editorSees(mexico.id)).toMatchObject({ status: 'DRAFT', citations: [{ status: 'DRAFT' }] });
    expect((await actorLists('Mexico', true)).stances).toEqual([{ id: mexico.id, status: 'DRAFT', target: { name: 'Nicolás Maduro' } }]);
    expect((await actorLists('Nicolás Maduro', true)).stancesTowards.map((s) => s.actor.name)).toContain('Mexico');
    expect((await api.request(StanceNode, { id: mexico.id }, { token })).body.data!.node).toMatchObject({ status: 'DRAFT' });
  });

  it('publishing the stance publishes its citation: readers see both', async () => {
    const mexico = stanceOf(first, 'Mexico');
    const { body } = await api.request(PublishStance, { id: mexico.stance.id }, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishStance).toEqual({ id: mexico.stance.id, status: 'PUBLISHED', citations: [{ id: mexico.citations[0]!.id, status: 'PUBLISHED' }] });

    const seen = await readerSees(mexico.stance.id);
    expect(seen).toMatchObject({ status: 'PUBLISHED', actor: { name: 'Mexico' }, citations: [{ id: mexico.citations[0]!.id }] });
    expect((await actorLists('Mexico', false)).stances.map((s) => s.id)).toEqual([mexico.stance.id]);
    expect((await actorLists('Nicolás Maduro', false)).stancesTowards.map((s) => s.actor.name)).toContain('Mexico');
    expect((await api.request(StanceNode, { id: mexico.stance.id })).body.data!.node).toMatchObject({ status: 'PUBLISHED' });
  });

  it('a rejected stance is gone for readers; editors still see it, REJECTED', async () => {
    const uruguay = stanceOf(first, 'Uruguay').stance;
    const { body } = await api.request(RejectStance, { id: uruguay.id }, { token });
    expect(body.data!.rejectStance).toEqual({ id: uruguay.id, status: 'REJECTED' });
    expect(await readerSees(uruguay.id)).toBeNull();
    expect((await actorLists('Uruguay', false)).stances).toEqual([]);
    expect((await api.request(StanceNode, { id: uruguay.id })).body.data!.node).toBeNull();
    expect(await editorSees(uruguay.id)).toMatchObject({ status: 'REJECTED' });
  });

  it("a second article's citation of a published stance is hidden from readers until an editor accepts it", async () => {
    const mexico = stanceOf(first, 'Mexico');
    const second = await ingest(api, token, secondArticle, '2019-04-02');
    const again = stanceOf(second, 'Mexico');
    // The same stance, still published; the new evidence waits.
    expect(again.stance).toMatchObject({ id: mexico.stance.id, status: 'PUBLISHED' });
    expect(again.citations.map((c) => c.status)).toEqual(['DRAFT']);
    const draftCitation = again.citations[0]!;
    // A rejected stance stated again stays rejected: the editor sees it on the review screen.
    expect(stanceOf(second, 'Uruguay').stance.status).toBe('REJECTED');
    expect(await readerSees(stanceOf(second, 'Uruguay').stance.id)).toBeNull();

    const before = await readerSees(mexico.stance.id);
    expect(before!.citations.map((c) => c.id)).toEqual([mexico.citations[0]!.id]);
    // The deprecated single-source fields show only what readers may see, too.
    expect(before!.source).toEqual({ id: mexico.citations[0]!.source.id });
    expect((await editorSees(mexico.stance.id))!.citations.map((c) => [c.id, c.status])).toEqual([
      [mexico.citations[0]!.id, 'PUBLISHED'],
      [draftCitation.id, 'DRAFT'],
    ]);

    const accepted = await api.request(PublishCitation, { id: draftCitation.id }, { token });
    expect(accepted.body.data!.publishStanceCitation).toEqual({ id: draftCitation.id, status: 'PUBLISHED' });
    expect((await readerSees(mexico.stance.id))!.citations.map((c) => c.id)).toEqual([mexico.citations[0]!.id, draftCitation.id]);
  });

  it('a citation can be rejected, but not the last published one of a published stance', async () => {
    const mexico = stanceOf(first, 'Mexico');
    const rejected = await api.request(RejectCitation, { id: mexico.citations[0]!.id }, { token });
    expect(rejected.body.data!.rejectStanceCitation.status).toBe('REJECTED');
    const seen = await readerSees(mexico.stance.id);
    expect(seen!.citations).toHaveLength(1);
    expect(seen!.citations[0]!.id).not.toBe(mexico.citations[0]!.id);

    const last = await api.request(RejectCitation, { id: seen!.citations[0]!.id }, { token });
    expect(last.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(last.body.errors?.[0]?.message).toMatch(/reject the stance/);
    expect((await readerSees(mexico.stance.id))!.citations).toHaveLength(1);
  });

  it('ingesting the same article again changes nothing and lists the same stances', async () => {
    const db = api.database.db;
    const rows = () => Promise.all([db.stance.findMany({ orderBy: { id: 'asc' } }), db.stanceCitation.findMany({ orderBy: { id: 'asc' } })]);
    const before = await rows();
    const { body } = await api.request(IngestStating, { input: { text: firstArticle, publishedOn: '2019-03-04', publisher: 'Wire' } }, { token });
    expect(body.data!.ingestArticle.created).toBe(false);
    expect(body.data!.ingestArticle.proposedStances.map((p) => p.stance.id).sort()).toEqual(first.map((p) => p.stance.id).sort());
    expect(await rows()).toEqual(before);
  });

  it('a stance without a citation that is not rejected cannot be published', async () => {
    const db = api.database.db;
    const [mexico, cuba] = await Promise.all(['mexico', 'cuba'].map((slug) => db.actor.findUniqueOrThrow({ where: { slug } })));
    const bare = await db.stance.create({ data: { actorId: mexico!.id, targetId: cuba!.id, kind: 'RECOGNIZES' } });
    const id = Buffer.from(`Stance:${bare.id}`).toString('base64url');
    const refused = await api.request(PublishStance, { id }, { token });
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(refused.body.errors?.[0]?.message).toMatch(/at least one source citation/);

    const source = await db.source.findFirstOrThrow();
    await db.stanceCitation.create({ data: { stanceId: bare.id, sourceId: source.id, passage: 'Mexico recognizes Cuba.', status: 'REJECTED' } });
    expect((await api.request(PublishStance, { id }, { token })).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await db.stance.findUniqueOrThrow({ where: { id: bare.id } })).status).toBe('DRAFT');
  });

  it('unknown ids are NOT_FOUND, ids of another type BAD_USER_INPUT', async () => {
    const nowhere = '00000000-0000-4000-8000-000000000000';
    const stanceId = Buffer.from(`Stance:${nowhere}`).toString('base64url');
    const citationId = Buffer.from(`StanceCitation:${nowhere}`).toString('base64url');
    const eventId = Buffer.from(`Event:${nowhere}`).toString('base64url');
    const codeOf = async (result: Promise<{ status: number; body: { errors?: readonly { extensions?: Record<string, unknown> }[] } }>) =>
      (await result).body.errors?.[0]?.extensions?.['code'];
    expect(await codeOf(api.request(PublishStance, { id: stanceId }, { token }))).toBe('NOT_FOUND');
    expect(await codeOf(api.request(RejectStance, { id: stanceId }, { token }))).toBe('NOT_FOUND');
    expect(await codeOf(api.request(PublishCitation, { id: citationId }, { token }))).toBe('NOT_FOUND');
    expect(await codeOf(api.request(RejectCitation, { id: citationId }, { token }))).toBe('NOT_FOUND');
    expect(await codeOf(api.request(PublishStance, { id: eventId }, { token }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(api.request(PublishCitation, { id: stanceId }, { token }))).toBe('BAD_USER_INPUT');
  });

  it('a page of actors loads their stances in one batch, whatever its size', async () => {
    const count = async (first: number) => {
      await api.request(ActorPageStances, { first }); // warm-up: Prisma prepares lazily
      statements = 0;
      const { body } = await api.request(ActorPageStances, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.actors.nodes).toHaveLength(first);
      return statements;
    };
    expect(await count(40)).toBe(await count(3));
  });
});
