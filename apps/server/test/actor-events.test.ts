// An actor's events come from a batched query (one for all actors of a
// request); they must page exactly like the events filter on that actor.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const ActorEventsPage = graphql(`
  query ActorEventsPage($search: String!, $first: Int!, $after: String, $role: ActorRole) {
    actors(search: $search, first: 1) {
      nodes { id events(first: $first, after: $after, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }
    }
  }
`);

const FilteredEvents = graphql(`
  query FilteredEvents($actor: ID!) { events(filter: { actors: [$actor] }, first: 200) { totalCount nodes { title } } }
`);

describe("an actor's events", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('page through with cursors to the same list, in the same order, as the events filter gives', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    let actorId = '';
    let totalCount = 0;
    const maduroPage = async (cursor: string | null) =>
      (await api.request(ActorEventsPage, { search: 'Nicolás Maduro', first: 3, after: cursor })).body.data!.actors.nodes[0]!;
    for (let pages = 0; pages < 50; pages += 1) {
      const actor = await maduroPage(after);
      actorId = actor.id;
      totalCount = actor.events.totalCount;
      titles.push(...actor.events.nodes.map((n) => n.title));
      if (!actor.events.pageInfo.hasNextPage) break;
      after = actor.events.pageInfo.endCursor;
    }
    const { body } = await api.request(FilteredEvents, { actor: actorId });
    expect(titles.length).toBeGreaterThan(6);
    expect(titles).toEqual(body.data!.events.nodes.map((n) => n.title));
    expect(totalCount).toBe(body.data!.events.totalCount);
  });

  it('narrow to a role, with a count of their own', async () => {
    const roles = graphql(`
      query MaduroRoles($role: ActorRole) {
        actors(search: "Nicolás Maduro", first: 1) {
          nodes { id events(first: 200, role: $role) { totalCount nodes { actors { role actor { id } } } } }
        }
      }
    `);
    const all = (await api.request(roles, {})).body.data!.actors.nodes[0]!;
    const spoken = (await api.request(roles, { role: 'SPEAKER' })).body.data!.actors.nodes[0]!;
    expect(spoken.events.totalCount).toBeGreaterThan(0);
    expect(spoken.events.totalCount).toBeLessThan(all.events.totalCount);
    expect(spoken.events.nodes).toHaveLength(spoken.events.totalCount);
    for (const event of spoken.events.nodes) {
      expect(event.actors).toContainEqual({ role: 'SPEAKER', actor: { id: spoken.id } });
    }
  });

  it('batched for many actors in one request, each page is what the events filter gives that actor', async () => {
    const many = graphql(`query ManyActors { actors(first: 12) { nodes { id name events(first: 4) { totalCount nodes { title } } } } }`);
    const actors = (await api.request(many, {})).body.data!.actors.nodes;
    expect(actors).toHaveLength(12);
    for (const actor of actors) {
      const { body } = await api.request(FilteredEvents, { actor: actor.id });
      expect(
        actor.events.nodes.map((n) => n.title),
        actor.name,
      ).toEqual(body.data!.events.nodes.slice(0, 4).map((n) => n.title));
      expect(actor.events.totalCount, actor.name).toBe(body.data!.events.totalCount);
    }
  });
});
