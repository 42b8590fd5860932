// Relation fields are batched: a page of 100 events costs as many SQL
// statements as a page of 5.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const PageWithRelations = graphql(`
  query PageWithRelations($first: Int) {
    events(first: $first) {
      edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } quotes { text speaker { name } } timelines { slug } } }
    }
  }
`);

const ActorsWithRelations = graphql(`
  query ActorsWithRelations($first: Int) {
    actors(first: $first) {
      nodes { name events(first: 3) { totalCount nodes { title } } quotes { text } stances { kind } stancesTowards { kind } }
    }
    sources(first: $first) { nodes { title citations { passage } } }
  }
`);

describe('SQL statements per page', () => {
  let api: TestApi;
  let statements = 0;
  beforeAll(async () => {
    api = await startTestApi({
      seed: true,
      onQuery: () => {
        statements += 1;
      },
    });
    // The seed has ~60 events; add more, each with actors, citations and quotes.
    const db = api.database.db;
    const actors = await db.actor.findMany({ take: 3 });
    const source = await db.source.findFirstOrThrow();
    for (let i = 0; i < 60; i += 1) {
      await db.event.create({
        data: {
          title: `Synthetic ${i}`,
          kind: 'OTHER',
          status: 'PUBLISHED',
          precision: 'DAY',
          startsOn: new Date(Date.UTC(2019, 7, 1 + (i % 28))),
          endsOn: new Date(Date.UTC(2019, 7, 1 + (i % 28))),
          actors: { create: actors.map((a, j) => ({ actorId: a.id, role: j === 0 ? 'SPEAKER' : 'SUBJECT' })) },
          citations: { create: [{ sourceId: source.id, passage: `passage ${i}`, status: 'PUBLISHED' }] },
          quotes: { create: [{ text: `quote ${i}`, speakerId: actors[0]!.id, sourceId: source.id, status: 'PUBLISHED' }] },
        },
      });
    }
  });
  afterAll(() => api.close());

  async function statementsFor(first: number) {
    statements = 0;
    const { body } = await api.request(PageWithRelations, { first });
    const nodes = body.data!.events.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(first);
    return { statements, nodes };
  }

  it('is the same for first: 100 as for first: 5', async () => {
    await statementsFor(5); // warm-up: nothing cached across requests, but Prisma prepares lazily
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    // The relations really load: a page without them would prove nothing.
    for (const relation of ['actors', 'citations', 'quotes', 'timelines'] as const) {
      expect(
        large.nodes.some((node) => node[relation].length > 0),
        relation,
      ).toBe(true);
    }
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('is the same for 40 actors and sources, with their events, quotes, stances and citations, as for 3', async () => {
    const statementsForActors = async (first: number) => {
      statements = 0;
      const { body } = await api.request(ActorsWithRelations, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.actors.nodes).toHaveLength(first);
      expect(body.data!.sources.nodes).toHaveLength(first);
      return { statements, events: body.data!.actors.nodes.reduce((n, a) => n + a.events.nodes.length, 0) };
    };
    await statementsForActors(3);
    const small = await statementsForActors(3);
    const large = await statementsForActors(40);
    expect(large.events).toBeGreaterThan(small.events);
    expect(large.statements).toBe(small.statements);
  });
});
