// "According to whom" over the API: each source's account of an event (its
// publisher's country, the date as written and as resolved), events whose
// sources disagree on the date, salience, key events, and narrowing the
// timeline to one outlet or one country's press. Against the sample data set.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const TIMELINE = 'venezuela-crisis-2019';

const Accounts = graphql(`
  query AccountsOfEvents($t: String!) {
    events(filter: { timeline: $t }, first: 200) {
      nodes {
        id title isKey salience dateDisagreement date { display }
        citations {
          dateExpression passage
          resolvedDate { start end precision display }
          source { publisher publisherCountry publishedOn }
        }
        quotes { text speaker { name } source { publisher } }
      }
    }
  }
`);
const ByPublisher = graphql(`
  query EventsByPublisher($t: String!, $publishers: [String!], $countries: [String!]) {
    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }
  }
`);
const Publishers = graphql(`query TimelinePublishers($t: String) { publishers(timeline: $t) { name country eventCount } }`);
const MarkKey = graphql(`mutation MarkKeyEvent($id: ID!, $key: Boolean!) { updateEvent(id: $id, input: { isKey: $key }) { isKey salience title } }`);
const IngestDated = graphql(`
  mutation IngestDatedAccount($input: IngestArticleInput!) {
    ingestArticle(input: $input) { proposedEvents { title citations { dateExpression resolvedDate { start end precision } } } }
  }
`);
const Proposed = graphql(`query ProposedActorsList { actors(status: PROPOSED) { totalCount nodes { name status } } }`);

describe('accounts of an event, according to whom', () => {
  let api: TestApi;
  let events: NonNullable<Awaited<ReturnType<typeof load>>>;
  const load = async () => (await api.request(Accounts, { t: TIMELINE })).body.data?.events.nodes;
  const event = (title: string) => events.find((e) => e.title === title)!;

  beforeAll(async () => {
    api = await startTestApi();
    events = (await load())!;
  });
  afterAll(() => api.close());

  it('the Russian arrival carries both accounts: Ryabkov’s maintenance contracts (Fort Russ) and Trump’s "get out" (The Hill)', () => {
    const arrival = event('Two Russian military planes land near Caracas with about 100 personnel');
    const publishers = arrival.citations.map((c) => c.source.publisher);
    expect(publishers).toEqual(expect.arrayContaining(["Gente d'Italia", 'The Hill', 'Fort Russ']));
    const fortRuss = arrival.citations.find((c) => c.source.publisher === 'Fort Russ')!;
    expect(fortRuss.passage).toContain('maintenance work on the equipment');
    expect(fortRuss.resolvedDate).toBeNull();
    expect(arrival.citations.find((c) => c.source.publisher === 'The Hill')!.source.publisherCountry).toBe('US');
    const gente = arrival.citations.find((c) => c.source.publisher === "Gente d'Italia")!;
    expect(gente).toMatchObject({
      dateExpression: 'nel fine settimana',
      resolvedDate: { start: '2019-03-23', end: '2019-03-24', precision: 'DAY', display: '23 – 24 March 2019' },
    });
    expect(arrival.quotes.map((q) => [q.speaker?.name, q.source?.publisher])).toEqual(
      expect.arrayContaining([
        ['Donald Trump', 'The Hill'],
        ['Sergei Ryabkov', 'Fort Russ'],
      ]),
    );
  });

  it('says where sources resolve an event to different dates or precisions, and only there', () => {
    const barbados = event('Norway-facilitated talks move to Barbados');
    expect(barbados.dateDisagreement).toBe(true);
    expect(barbados.citations.map((c) => c.resolvedDate?.precision).sort()).toEqual(['DAY', 'WEEK']);
    expect(event('US pulls its remaining diplomats out of Caracas').dateDisagreement).toBe(true);
    // Two sources, both dating it 23 January: they agree.
    expect(event('Guaidó proclaims himself interim president').dateDisagreement).toBe(false);
    // One source, or sources that date nothing themselves, never disagree.
    expect(event('Two Russian military planes land near Caracas with about 100 personnel').dateDisagreement).toBe(false);
    expect(events.filter((e) => e.dateDisagreement).length).toBeGreaterThanOrEqual(3);
  });

  it('weighs events by independent publishers, quotes and the key-event flag', () => {
    const inauguration = event('Maduro sworn in for a second term');
    expect(inauguration).toMatchObject({ isKey: true, salience: 2 + 10 });
    // Two publishers, one quote each from Ryabkov and Trump.
    expect(event('Two Russian military planes land near Caracas with about 100 personnel')).toMatchObject({ isKey: false, salience: 3 + 2 });
    const keys = events.filter((e) => e.isKey).map((e) => e.title);
    expect(keys).toEqual(
      expect.arrayContaining([
        'Guaidó proclaims himself interim president',
        'Ryabkov: Russian military in Venezuela only to service earlier-supplied equipment',
      ]),
    );
    const lightest = Math.min(...events.map((e) => e.salience));
    expect(Math.min(...events.filter((e) => e.isKey).map((e) => e.salience))).toBeGreaterThan(lightest + 8);
  });

  it('an editor marks a key event; a reader cannot', async () => {
    const id = event('Bachelet report documents grave rights violations in Venezuela').id;
    const refused = await api.request(MarkKey, { id, key: true });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const token = await api.editorToken();
    const marked = await api.request(MarkKey, { id, key: true }, { token });
    expect(marked.body.data?.updateEvent).toMatchObject({ isKey: true, salience: 11, title: 'Bachelet report documents grave rights violations in Venezuela' });
    const unmarked = await api.request(MarkKey, { id, key: false }, { token });
    expect(unmarked.body.data?.updateEvent).toMatchObject({ isKey: false, salience: 1 });
  });

  it('lists a timeline’s publishers with their country and narrows events to one outlet or one country’s press', async () => {
    const publishers = (await api.request(Publishers, { t: TIMELINE })).body.data!.publishers;
    expect(publishers.find((p) => p.name === 'Fort Russ')).toEqual({ name: 'Fort Russ', country: null, eventCount: 7 });
    expect(publishers.find((p) => p.name === 'The Hill')).toMatchObject({ country: 'US', eventCount: 4 });
    expect(publishers.map((p) => p.eventCount)).toEqual([...publishers.map((p) => p.eventCount)].sort((a, b) => b - a));

    const fortRuss = (await api.request(ByPublisher, { t: TIMELINE, publishers: ['Fort Russ'] })).body.data!.events;
    expect(fortRuss.totalCount).toBe(7);
    expect(fortRuss.nodes.map((n) => n.title)).toContain('Maduro sworn in for a second term');

    const russianPress = (await api.request(ByPublisher, { t: TIMELINE, countries: ['ru'] })).body.data!.events;
    const expected = events
      .filter((e) => e.citations.some((c) => c.source.publisherCountry === 'RU'))
      .map((e) => e.title)
      .sort();
    expect(russianPress.nodes.map((n) => n.title).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);

    // Both lists narrow: Fort Russ is in no country, so none of its events are from the US press through it alone.
    const both = (await api.request(ByPublisher, { t: TIMELINE, publishers: ['Fort Russ'], countries: ['US'] })).body.data!.events;
    expect(both.nodes.map((n) => n.title)).toEqual(['Two Russian military planes land near Caracas with about 100 personnel']);

    const bad = await api.request(ByPublisher, { t: TIMELINE, countries: ['Russia'] });
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lists the actors waiting for an editor with actors(status: PROPOSED)', async () => {
    await api.database.db.actor.create({ data: { slug: 'new-envoy', name: 'Ana Envoy', kind: 'PERSON', status: 'PROPOSED' } });
    const token = await api.editorToken('second editor');
    const listed = (await api.request(Proposed, {}, { token })).body.data!.actors;
    expect(listed.nodes).toEqual([{ name: 'Ana Envoy', status: 'PROPOSED' }]);
  });

  it('an ingested article keeps the date it gives an event on its citation, so later sources can disagree with it', async () => {
    const token = await api.editorToken('dating editor');
    const text = 'Talks resume\n\nNegotiators of both sides met in Bridgetown on Monday, a mediator said on Tuesday.';
    const { body } = await api.request(IngestDated, { input: { text, publishedOn: '2019-07-10', publisher: 'Wire' } }, { token });
    expect(body.errors).toBeUndefined();
    const citations = body.data!.ingestArticle.proposedEvents.flatMap((e) => e.citations);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[0]).toMatchObject({ dateExpression: 'Monday', resolvedDate: { start: '2019-07-08', end: '2019-07-08', precision: 'DAY' } });
  });
});
