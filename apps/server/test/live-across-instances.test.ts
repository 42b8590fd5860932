// Issue 11's proof: two instances on one database; readers and editors
// subscribe through A, an editor writes through B, the change arrives within
// 2 s, and a draft never reaches the reader. Then the same through Redis.
import { graphql } from '@chronicle/schema/test-client';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.ts';
import { deskFixtures, post, REDIS_URL, redisAvailable, startLivePair, type LivePair } from './support/live-pair.ts';
import { subscribe, until, wsClient, type Subscriber } from './support/subscriber.ts';

const DeskChanges = graphql(`
  subscription LiveDeskChanges($timeline: String) {
    eventChanged(timeline: $timeline) { change id mergedFrom event { id title status date { display } } }
  }
`);
const Update = graphql(`mutation LiveUpdate($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`);
const Publish = graphql(`mutation LivePublish($id: ID!) { publishEvent(id: $id) { id } }`);
const Reject = graphql(`mutation LiveReject($id: ID!) { rejectEvent(id: $id) { id } }`);
const StanceChanges = graphql(
  `subscription LiveStanceChanges($actor: ID) { stanceChanged(actor: $actor) { change id stance { id kind status actor { name } target { name } } } }`,
);
const PublishStance = graphql(`mutation LivePublishStance($id: ID!) { publishStance(id: $id) { id } }`);

type Change = NonNullable<
  Awaited<
    ReturnType<Subscriber<{ eventChanged: { change: string; id: string; event: { title: string; status: string; date: { display: string } } | null } }>['next']>
  >['data']
>['eventChanged'];

function liveAcrossInstances(live: { redisUrl?: string }) {
  let pair: LivePair;
  let fixtures: Awaited<ReturnType<typeof deskFixtures>>;
  let editor: Client;
  let reader: Client;
  let editorFeed: Subscriber<{ eventChanged: Change }>;
  let readerFeed: Subscriber<{ eventChanged: Change }>;
  const sourcedId = () => toGlobalId('Event', fixtures.sourced.id);

  beforeAll(async () => {
    pair = await startLivePair(live);
    fixtures = await deskFixtures(pair.database.db);
    editor = wsClient(pair.a.url, pair.token);
    reader = wsClient(pair.a.url);
    editorFeed = await subscribe(editor, DeskChanges, { timeline: 'desk' });
    readerFeed = await subscribe(reader, DeskChanges, { timeline: 'desk' });
    await until(() => pair.a.subscriptionCount() === 2);
  });
  afterAll(async () => {
    await editor.dispose();
    await reader.dispose();
    await pair.close();
  });

  it('an edit of a draft through B reaches the editor on A within 2 s, and not the reader', async () => {
    const written = await post(pair.b.url, print(Update), { id: sourcedId(), input: { title: 'Ceasefire announced in Caracas' } }, pair.token);
    expect(written.errors).toBeUndefined();
    // B has answered, so the change is committed: from here it has 2 s to reach A's subscribers.
    const { data } = await editorFeed.next(2_000);
    expect(data!.eventChanged).toMatchObject({
      change: 'UPDATED',
      id: sourcedId(),
      event: { title: 'Ceasefire announced in Caracas', status: 'DRAFT', date: { display: '25 June 2019' } },
    });
  });

  it('a write that rolls back announces nothing: the next notice is the write that committed', async () => {
    const refused = await post(pair.b.url, print(Publish), { id: toGlobalId('Event', fixtures.unsourced.id) }, pair.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const published = await post(pair.b.url, print(Publish), { id: sourcedId() }, pair.token);
    expect(published.errors).toBeUndefined();
    const { data } = await editorFeed.next(2_000);
    expect(data!.eventChanged).toMatchObject({ change: 'PUBLISHED', id: sourcedId() });
  });

  it('publishing through B reaches the reader on A within 2 s, and the reader never received the draft', async () => {
    const { data } = await readerFeed.next(2_000);
    expect(data!.eventChanged).toMatchObject({ change: 'PUBLISHED', id: sourcedId(), event: { title: 'Ceasefire announced in Caracas', status: 'PUBLISHED' } });
    // The draft's edit came before: had the reader received it, it would have been first.
    expect(readerFeed.received).toHaveLength(1);
  });

  it('rejecting a published event tells the reader it is gone, without its content', async () => {
    await post(pair.b.url, print(Reject), { id: sourcedId() }, pair.token);
    const { data } = await readerFeed.next(2_000);
    expect(data!.eventChanged).toEqual({ change: 'REJECTED', id: sourcedId(), mergedFrom: null, event: null });
    const forEditor = await editorFeed.next(2_000);
    expect(forEditor.data!.eventChanged).toMatchObject({ change: 'REJECTED', event: { status: 'REJECTED' } });
  });

  it('a rejected draft stays with the editors', async () => {
    await post(pair.b.url, print(Reject), { id: toGlobalId('Event', fixtures.unsourced.id) }, pair.token);
    expect((await editorFeed.next(2_000)).data!.eventChanged).toMatchObject({ change: 'REJECTED', id: toGlobalId('Event', fixtures.unsourced.id) });
    await expect(readerFeed.next(500)).rejects.toThrow(/nothing arrived/);
  });

  it('a stance published through B reaches readers of its actor on A; its draft did not', async () => {
    const { db } = pair.database;
    const [holder, target] = await Promise.all([
      db.actor.create({ data: { slug: 'holder', name: 'Holder', kind: 'COUNTRY' } }),
      db.actor.create({ data: { slug: 'target', name: 'Target', kind: 'PERSON' } }),
    ]);
    const source = await db.source.create({ data: { title: 'Stance wire', contentHash: 'd'.repeat(64) } });
    const stance = await db.stance.create({
      data: { actorId: holder.id, targetId: target.id, kind: 'SUPPORTS', citations: { create: { sourceId: source.id, passage: 'backs' } } },
    });
    const readerStances = await subscribe(reader, StanceChanges, { actor: toGlobalId('Actor', target.id) });
    const editorStances = await subscribe(editor, StanceChanges, {});
    await until(() => pair.a.subscriptionCount() === 4);
    const published = await post(pair.b.url, print(PublishStance), { id: toGlobalId('Stance', stance.id) }, pair.token);
    expect(published.errors).toBeUndefined();
    const expected = {
      change: 'PUBLISHED',
      id: toGlobalId('Stance', stance.id),
      stance: { kind: 'SUPPORTS', status: 'PUBLISHED', actor: { name: 'Holder' }, target: { name: 'Target' } },
    };
    expect((await readerStances.next(2_000)).data!.stanceChanged).toMatchObject(expected);
    expect((await editorStances.next(2_000)).data!.stanceChanged).toMatchObject(expected);
    await Promise.all([readerStances.close(), editorStances.close()]);
    await until(() => pair.a.subscriptionCount() === 2);
  });

  it('a subscriber of another timeline hears nothing of this one', async () => {
    await pair.database.db.timeline.create({ data: { slug: 'elsewhere', title: 'Elsewhere' } });
    const other = await subscribe(editor, DeskChanges, { timeline: 'elsewhere' });
    await until(() => pair.a.subscriptionCount() === 3);
    await post(pair.b.url, print(Update), { id: sourcedId(), input: { title: 'Ceasefire (corrected)' } }, pair.token);
    expect((await editorFeed.next(2_000)).data!.eventChanged.change).toBe('UPDATED');
    await expect(other.next(300)).rejects.toThrow(/nothing arrived/);
    await other.close();
  });
}

describe('live updates across two instances through PostgreSQL LISTEN/NOTIFY', () => {
  liveAcrossInstances({});
});

describe.skipIf(!(await redisAvailable()))('live updates across two instances through Redis pub/sub', () => {
  liveAcrossInstances({ redisUrl: REDIS_URL });
});
