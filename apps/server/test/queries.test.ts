import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const TIMELINE = 'venezuela-crisis-2019';

const WindowEvents = graphql(`
  query WindowEvents($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title kind date { start end precision isRange display } actors { role actor { name } } citations { dateExpression passage passageStart passageEnd source { publisher url publishedOn } } quotes { text speaker { name } } timelines { slug } } }
    }
  }
`);

describe('the timeline queries', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('the crisis timeline in January 2019 holds the inauguration and the self-proclamation, in time order', async () => {
    const { body } = await api.request(WindowEvents, { filter: { timeline: TIMELINE, from: '2019-01-01', to: '2019-01-31' }, first: 100 });
    const nodes = body.data!.events.edges.map((e) => e.node);
    const inauguration = nodes.find((n) => /Maduro/.test(n.title) && n.date.start === '2019-01-10');
    const proclamation = nodes.find((n) => /Guaid/.test(n.title) && n.date.start === '2019-01-23' && n.kind === 'POLITICAL');
    expect(inauguration?.date.display).toBe('10 January 2019');
    expect(proclamation?.date).toMatchObject({ precision: 'DAY', display: '23 January 2019', end: '2019-01-23' });
    const starts = nodes.map((n) => n.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(body.data!.events.totalCount).toBe(nodes.length);
    expect(nodes.every((n) => n.date.end >= '2019-01-01' && n.date.start <= '2019-01-31')).toBe(true);
  });

  it('a month-precision event says "June 2019" and spans the month, and is found from a window at its edge', async () => {
    const { body } = await api.request(WindowEvents, { filter: { timeline: TIMELINE, from: '2019-06-30', to: '2019-06-30', search: 'Zakharova' } });
    const zakharova = body.data!.events.edges.map((e) => e.node).filter((n) => n.date.precision === 'MONTH');
    expect(zakharova.length).toBeGreaterThanOrEqual(2);
    for (const event of zakharova) expect(event.date).toMatchObject({ start: '2019-06-01', end: '2019-06-30', display: 'June 2019' });
  });

  it('an event carries its sources, passages with offsets, date expressions and quotes', async () => {
    const { body } = await api.request(WindowEvents, { filter: { from: '2019-06-25', to: '2019-06-25', search: 'Ryabkov' } });
    const ryabkov = body.data!.events.edges.map((e) => e.node).find((n) => n.date.precision === 'DAY');
    expect(ryabkov).toBeDefined();
    const citation = ryabkov!.citations.find((c) => c.source.publisher === 'Fort Russ')!;
    expect(citation).toMatchObject({ dateExpression: 'On Tuesday', source: { publishedOn: '2019-06-25' } });
    expect(citation.passageEnd! - citation.passageStart!).toBe(citation.passage!.length);
    expect(ryabkov!.quotes.some((q) => q.speaker?.name === 'Sergei Ryabkov')).toBe(true);
    expect(ryabkov!.timelines.map((t) => t.slug)).toContain(TIMELINE);
  });

  it('pages with cursors through the whole timeline without repeats', async () => {
    const page = async (after: string | null) => (await api.request(WindowEvents, { filter: { timeline: TIMELINE }, first: 7, after })).body.data!.events;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const events = await page(after);
      total = events.totalCount;
      seen.push(...events.edges.map((e) => e.node.id));
      after = events.pageInfo.hasNextPage ? (events.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThanOrEqual(30);
  });

  it('caps first at 200: 200 is served, 201 is a BAD_USER_INPUT error', async () => {
    const ok = await api.request(WindowEvents, { first: 200 });
    expect(ok.body.errors).toBeUndefined();
    const tooMany = await api.request(WindowEvents, { first: 201 });
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0]?.message).toMatch(/between 0 and 200/);
  });

  it('rejects a forged cursor and an unknown timeline with errors a person can act on', async () => {
    const forged = await api.request(WindowEvents, { after: 'not-a-cursor' });
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.request(WindowEvents, { filter: { timeline: 'no-such-timeline' } });
    expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const backwards = await api.request(WindowEvents, { filter: { from: '2019-02-01', to: '2019-01-01' } });
    expect(backwards.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by kind and by actor', async () => {
    const Actors = graphql(`query ActorsByName($search: String) { actors(search: $search) { nodes { id name } } }`);
    const maduro = (await api.request(Actors, { search: 'Nicolás Maduro' })).body.data!.actors.nodes[0]!;
    const { body } = await api.request(WindowEvents, { filter: { actors: [maduro.id], kinds: ['POLITICAL'] }, first: 100 });
    const nodes = body.data!.events.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.kind).toBe('POLITICAL');
      expect(node.actors.map((a) => a.actor.name)).toContain('Nicolás Maduro');
    }
  });

  it('full-text search reaches quotes as well as titles', async () => {
    // "routine" occurs only in a Ryabkov quote, not in any title or summary.
    const { body } = await api.request(WindowEvents, { filter: { search: 'routine work' } });
    const titles = body.data!.events.edges.map((e) => e.node.title);
    expect(titles.some((t) => /Ryabkov/.test(t))).toBe(true);
  });
});

describe('actors, sources, stances, histogram and nodes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const ActorSearch = graphql(`
    query ActorSearch($search: String, $kind: ActorKind, $first: Int, $after: String) {
      actors(search: $search, kind: $kind, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id name kind aliases quotes { text } events(role: SPEAKER) { totalCount nodes { title } } stancesTowards { kind actor { name } sinceDisplay citations { passage source { publisher } } } }
      }
    }
  `);

  it('refuses an empty or foreign ID as a stance filter instead of ignoring it', async () => {
    for (const actor of ['', 'not-an-id']) {
      const { body } = await api.request(`query { stances(actor: ${JSON.stringify(actor)}) { kind } }`);
      expect(body.errors?.[0]?.extensions?.code, actor).toBe('BAD_USER_INPUT');
    }
  });

  it('finds actors by alias, case and accent-insensitively', async () => {
    for (const search of ['deputy foreign minister of Russia', 'GUAIDO', 'guaidó', 'Washington']) {
      const { body } = await api.request(ActorSearch, { search });
      expect(body.data!.actors.nodes.length, search).toBeGreaterThan(0);
    }
    const { body } = await api.request(ActorSearch, { search: 'guaido' });
    expect(body.data!.actors.nodes.map((a) => a.name)).toContain('Juan Guaidó');
  });

  it('everything Sergei Ryabkov said', async () => {
    const { body } = await api.request(ActorSearch, { search: 'Ryabkov' });
    const ryabkov = body.data!.actors.nodes.find((a) => a.name === 'Sergei Ryabkov')!;
    expect(ryabkov.quotes.length).toBeGreaterThanOrEqual(3);
    expect(ryabkov.events.nodes.map((e) => e.title).join(' ')).toMatch(/Federation Council|Ryabkov/);
  });

  it('who supports Maduro, since when and according to whom', async () => {
    const { body } = await api.request(ActorSearch, { search: 'Nicolás Maduro' });
    const stances = body.data!.actors.nodes[0]!.stancesTowards.filter((s) => s.kind === 'SUPPORTS');
    expect(stances.map((s) => s.actor.name)).toEqual(expect.arrayContaining(['Russia', 'China', 'Cuba']));
    expect(stances.every((s) => s.citations.length > 0 && s.citations.every((c) => c.source.publisher))).toBe(true);
    const russia = stances.find((s) => s.actor.name === 'Russia')!;
    expect(russia.citations.map((c) => c.source.publisher)).toEqual(['Fort Russ']);
    expect(russia.citations[0]!.passage).toMatch(/Russia, China, Cuba, Bolivia, Iran, Turkey/);
  });

  it('pages actors alphabetically', async () => {
    const page = async (after: string | null) => (await api.request(ActorSearch, { kind: 'COUNTRY', first: 5, after })).body.data!.actors;
    const names: string[] = [];
    let after: string | null = null;
    do {
      const actors = await page(after);
      names.push(...actors.nodes.map((a) => a.name));
      after = actors.pageInfo.hasNextPage ? (actors.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('serves stances, sources, timelines, the histogram and node(id)', async () => {
    const Overview = graphql(`
      query Overview {
        timelines { slug title eventCount start end }
        sources(search: "Fort Russ") { totalCount nodes { id title publishedOn citations { passage } } }
        stances(kind: SUPPORTS) { actor { name } target { name } }
        eventHistogram(filter: { timeline: "venezuela-crisis-2019", from: "2019-01-01", to: "2019-12-31" }, buckets: 12) { from to count }
      }
    `);
    const { body } = await api.request(Overview);
    const data = body.data!;
    expect(data.timelines[0]).toMatchObject({ slug: TIMELINE, start: '2019-01-04' });
    expect(data.sources.nodes[0]!.citations.length).toBeGreaterThanOrEqual(5);
    expect(data.stances.length).toBeGreaterThan(5);
    expect(data.eventHistogram).toHaveLength(12);
    expect(data.eventHistogram.reduce((sum, b) => sum + b.count, 0)).toBeGreaterThanOrEqual(data.timelines[0]!.eventCount);

    const NodeLookup = graphql(`query NodeLookup($id: ID!) { node(id: $id) { __typename id ... on Source { title } } }`);
    const source = data.sources.nodes[0]!;
    const node = await api.request(NodeLookup, { id: source.id });
    expect(node.body.data!.node).toMatchObject({ __typename: 'Source', id: source.id, title: source.title });
    const bad = await api.request(NodeLookup, { id: 'garbage' });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides drafts from readers and shows them to editors', async () => {
    const draft = await api.database.db.event.create({
      data: { title: 'Unreviewed draft', kind: 'OTHER', precision: 'DAY', startsOn: new Date('2019-03-03'), endsOn: new Date('2019-03-03') },
    });
    const Drafts = graphql(
      `query Drafts($statuses: [ReviewStatus!]) { events(filter: { statuses: $statuses, search: "Unreviewed" }) { nodes { title status } } }`,
    );
    const reader = await api.request(Drafts, {});
    expect(reader.body.data!.events.nodes).toEqual([]);
    const forbidden = await api.request(Drafts, { statuses: ['DRAFT'] });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const editor = await api.request(Drafts, { statuses: ['DRAFT'] }, { token: await api.editorToken() });
    expect(editor.body.data!.events.nodes).toEqual([{ title: 'Unreviewed draft', status: 'DRAFT' }]);
    const EventById = graphql(`query EventById($id: ID!) { event(id: $id) { title } }`);
    const { body } = await api.request(EventById, { id: Buffer.from(`Event:${draft.id}`).toString('base64url') });
    expect(body.data!.event).toBeNull();
  });
});
