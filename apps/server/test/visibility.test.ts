// What readers see of unreviewed work: nothing. An article whose proposals are
// all drafts, its full text, and the actors ingestion proposed stay with the
// editors until one of them publishes or confirms.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.ts';
import { publishEvent } from '../src/review/review-status.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const Unreviewed = graphql(`
  query Unreviewed($sourceId: ID!, $actorId: ID!) {
    sources(search: "Unreviewed Wire", first: 10) { totalCount nodes { title } }
    source(id: $sourceId) { title text citations { passage } }
    sourceNode: node(id: $sourceId) { id }
    actors(search: "Ximena Draftsworth") { totalCount nodes { name } }
    actor(id: $actorId) { name }
    actorNode: node(id: $actorId) { id }
  }
`);

const HiddenActor = graphql(`query HiddenActor { actors(search: "Yolanda Unpublished") { totalCount nodes { name } } }`);

describe('unreviewed work', () => {
  let api: TestApi;
  let token: string;
  let ids: { sourceId: string; actorId: string; eventId: string };
  beforeAll(async () => {
    api = await startTestApi();
    token = await api.editorToken();
    const { db } = api.database;
    const actor = await db.actor.create({ data: { slug: 'ximena-draftsworth', name: 'Ximena Draftsworth', kind: 'PERSON', status: 'PROPOSED' } });
    const source = await db.source.create({
      data: {
        title: 'Minister speaks',
        publisher: 'Unreviewed Wire',
        contentHash: 'f'.repeat(64),
        publishedOn: new Date('2019-03-04'),
        text: 'Secret draft text.',
      },
    });
    const event = await db.event.create({
      data: {
        title: 'A draft statement',
        kind: 'STATEMENT',
        status: 'DRAFT',
        precision: 'DAY',
        startsOn: new Date('2019-03-04'),
        endsOn: new Date('2019-03-04'),
        actors: { create: [{ actorId: actor.id, role: 'SPEAKER' }] },
        citations: { create: [{ sourceId: source.id, passage: 'Secret draft text.' }] },
      },
    });
    // A second proposal, named only by a draft that stays a draft.
    const other = await db.actor.create({ data: { slug: 'yolanda-unpublished', name: 'Yolanda Unpublished', kind: 'PERSON', status: 'PROPOSED' } });
    await db.event.create({
      data: {
        title: 'Another draft',
        kind: 'STATEMENT',
        status: 'DRAFT',
        precision: 'DAY',
        startsOn: new Date('2019-03-05'),
        endsOn: new Date('2019-03-05'),
        actors: { create: [{ actorId: other.id, role: 'SPEAKER' }] },
      },
    });
    ids = { sourceId: source.id, actorId: actor.id, eventId: event.id };
  });
  afterAll(() => api.close());

  const ask = (asEditor: boolean) =>
    api.request(Unreviewed, { sourceId: toGlobalId('Source', ids.sourceId), actorId: toGlobalId('Actor', ids.actorId) }, asEditor ? { token } : {});

  it('is hidden from readers: the draft-only source, its text, and the proposed actor', async () => {
    const { body } = await ask(false);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      sources: { totalCount: 0, nodes: [] },
      source: null,
      sourceNode: null,
      actors: { totalCount: 0, nodes: [] },
      actor: null,
      actorNode: null,
    });
  });

  it('is all there for editors', async () => {
    const { body } = await ask(true);
    expect(body.data?.sources.nodes).toEqual([{ title: 'Minister speaks' }]);
    expect(body.data?.source).toEqual({ title: 'Minister speaks', text: 'Secret draft text.', citations: [{ passage: 'Secret draft text.' }] });
    expect(body.data?.actors.nodes).toEqual([{ name: 'Ximena Draftsworth' }]);
    expect(body.data?.actor).toEqual({ name: 'Ximena Draftsworth' });
  });

  it('reaches readers once an editor publishes an event the source backs', async () => {
    // As an editor does: publishing the event publishes its draft citation with it.
    await publishEvent(api.database.db, ids.eventId);
    const { body } = await ask(false);
    expect(body.data?.sources.nodes).toEqual([{ title: 'Minister speaks' }]);
    expect(body.data?.source?.citations).toEqual([{ passage: 'Secret draft text.' }]);
    // Publishing an event is the editor's word on the actors it names:
    // the proposed speaker is public now, wherever a reader meets it.
    expect(body.data?.actor).toEqual({ name: 'Ximena Draftsworth' });
    expect(body.data?.actors.nodes).toEqual([{ name: 'Ximena Draftsworth' }]);
    // One named by nothing published stays hidden.
    const hidden = await api.request(HiddenActor, {});
    expect(hidden.body.data?.actors).toEqual({ totalCount: 0, nodes: [] });
  });
});
