// Every GraphQL example in README.md is sent to a server holding the sample
// data set, so the front door cannot drift from the schema: queries must be
// answered with data, the mutation as an editor without errors.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useEditorApi } from './support/test-api.ts';
import { subscribe, until, wsClient } from './support/subscriber.ts';

const README = new URL('../../../README.md', import.meta.url);

async function readmeExamples(): Promise<string[]> {
  const text = await readFile(README, 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

const FirstEvent = 'query ReadmeFirstEvent { events(filter: { timeline: "venezuela-crisis-2019" }, first: 1) { nodes { id title } } }';
const Retitle = 'mutation ReadmeRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }';

describe('the README examples', () => {
  const session = useEditorApi();

  /** A subscription example, over WebSocket as a reader: an editor's change to a published event reaches it with data. */
  async function expectLiveChange(example: string) {
    const client = wsClient(session.api.url);
    try {
      const feed = await subscribe<{ eventChanged: unknown }, Record<string, never>>(client, example);
      await until(() => session.api.server.subscriptionCount() === 1);
      const first = (await session.api.request<{ events: { nodes: { id: string; title: string }[] } }, Record<string, never>>(FirstEvent)).body.data!.events
        .nodes[0]!;
      await session.api.request(Retitle, { id: first.id, title: first.title }, { token: session.token });
      const result = await feed.next(2_000);
      expect(result.errors, example).toBeUndefined();
      expect(result.data?.eventChanged, example).toMatchObject({ change: 'UPDATED', id: first.id, event: { id: first.id, title: first.title } });
      await feed.close();
    } finally {
      await client.dispose();
    }
  }

  it('are all valid and answered with data', async () => {
    const examples = await readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      if (/^\s*subscription\b/.test(example)) {
        await expectLiveChange(example);
        continue;
      }
      const isMutation = /^\s*mutation\b/.test(example);
      const { status, body } = await session.api.request<Record<string, unknown>, Record<string, never>>(
        example,
        {},
        isMutation ? { token: session.token } : {},
      );
      expect(body.errors, example).toBeUndefined();
      expect(status, example).toBe(200);
      // Every top-level field came back with something in it.
      for (const [field, value] of Object.entries(body.data ?? {})) {
        const json = JSON.stringify(value);
        expect(json, `${field} in\n${example}`).not.toMatch(/^(null|\[\]|\{\})$/);
        expect(json, `${field} in\n${example}`).not.toMatch(/"nodes":\[\]/);
      }
    }
  });
});
