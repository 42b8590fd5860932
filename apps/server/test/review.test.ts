import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const Drafts = graphql(`query ReviewDrafts { events(filter: { statuses: [DRAFT] }) { nodes { id title } } }`);
const Update = graphql(`
  mutation Update($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) { id title kind date { start end precision isRange display } actors { role actor { name } } }
  }
`);
const Merge = graphql(
  `mutation MergeEv($keep: ID!, $merge: ID!) { mergeEvents(keep: $keep, merge: $merge) { id citations { passage } actors { actor { name } } } }`,
);
const Reject = graphql(`mutation RejectEv($id: ID!) { rejectEvent(id: $id) { status } }`);
const Publish = graphql(`mutation PublishEv($id: ID!) { publishEvent(id: $id) { status } }`);
const FindActor = graphql(`query FindActor($search: String) { actors(search: $search) { nodes { id name status aliases } } }`);
const Confirm = graphql(`mutation ConfirmA($id: ID!, $input: ConfirmActorInput) { confirmActor(id: $id, input: $input) { name status kind aliases } }`);
const MergeA = graphql(`mutation MergeA($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name aliases events { totalCount } } }`);

describe('reviewing proposed events and actors', () => {
  let api: TestApi;
  let token: string;
  let drafts: { id: string; title: string }[];
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    const db = api.database.db;
    const source = await db.source.create({ data: { title: 'Wire', contentHash: 'a'.repeat(64) } });
    const russia = await db.actor.create({ data: { slug: 'russia', name: 'Russia', kind: 'COUNTRY' } });
    await db.actor.create({ data: { slug: 'moskva', name: 'Moskva', kind: 'COUNTRY', status: 'PROPOSED' } });
    await db.actor.create({ data: { slug: 'new-minister', name: 'Ana Pérez', kind: 'PERSON', status: 'PROPOSED' } });
    for (const [title, passage] of [
      ['Statement A', 'first passage'],
      ['Statement A again', 'second passage'],
      ['Unsourced', null],
    ] as const) {
      await db.event.create({
        data: {
          title,
          kind: 'STATEMENT',
          precision: 'DAY',
          startsOn: new Date('2019-06-25'),
          endsOn: new Date('2019-06-25'),
          actors: { create: [{ actorId: russia.id, role: 'SPEAKER' }] },
          ...(passage ? { citations: { create: [{ sourceId: source.id, passage }] } } : {}),
        },
      });
    }
    token = await api.editorToken();
    drafts = (await api.request(Drafts, {}, { token })).body.data!.events.nodes;
  });
  afterAll(() => api.close());

  const draft = (title: string) => drafts.find((d) => d.title === title)!;

  it('an editor corrects an event to month precision: it spans June and says "June 2019"', async () => {
    const { body } = await api.request(
      Update,
      { id: draft('Statement A').id, input: { title: 'Statement A (corrected)', precision: 'MONTH', kind: 'DIPLOMATIC' } },
      { token },
    );
    expect(body.data!.updateEvent).toMatchObject({
      title: 'Statement A (corrected)',
      kind: 'DIPLOMATIC',
      date: { start: '2019-06-01', end: '2019-06-30', precision: 'MONTH', isRange: false, display: 'June 2019' },
    });
    const range = await api.request(Update, { id: draft('Statement A').id, input: { end: '2019-08-15' } }, { token });
    expect(range.body.data!.updateEvent.date).toMatchObject({ end: '2019-08-31', isRange: true, display: 'June – August 2019' });
    const backwards = await api.request(Update, { id: draft('Statement A').id, input: { end: '2019-01-01' } }, { token });
    expect(backwards.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an unsourced event cannot be published; a sourced one can', async () => {
    const refused = await api.request(Publish, { id: draft('Unsourced').id }, { token });
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await api.request(Reject, { id: draft('Unsourced').id }, { token })).body.data!.rejectEvent.status).toBe('REJECTED');
  });

  it('merging two records of one statement keeps both citations', async () => {
    const { body } = await api.request(Merge, { keep: draft('Statement A').id, merge: draft('Statement A again').id }, { token });
    expect(body.data!.mergeEvents.citations.map((c) => c.passage).sort()).toEqual(['first passage', 'second passage']);
    expect(await api.database.db.event.count({ where: { title: 'Statement A again' } })).toBe(0);
  });

  it('a proposed actor is confirmed, another merged into a known one (its name becomes an alias)', async () => {
    const ana = (await api.request(FindActor, { search: 'Ana Pérez' }, { token })).body.data!.actors.nodes[0]!;
    const confirmed = await api.request(Confirm, { id: ana.id, input: { aliases: ['Pérez', 'the minister'] } }, { token });
    expect(confirmed.body.data!.confirmActor).toEqual({ name: 'Ana Pérez', status: 'CONFIRMED', kind: 'PERSON', aliases: ['Pérez', 'the minister'] });

    const russia = (await api.request(FindActor, { search: 'Russia' })).body.data!.actors.nodes[0]!;
    const moskva = (await api.request(FindActor, { search: 'Moskva' }, { token })).body.data!.actors.nodes[0]!;
    const merged = await api.request(MergeA, { keep: russia.id, merge: moskva.id }, { token });
    expect(merged.body.data!.mergeActors.aliases).toContain('Moskva');
    expect((await api.request(FindActor, { search: 'moskva' })).body.data!.actors.nodes.map((a) => a.name)).toEqual(['Russia']);
  });
});
