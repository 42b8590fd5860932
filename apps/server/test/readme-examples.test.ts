// Every GraphQL example in README.md is sent to a server holding the sample
// data set, so the front door cannot drift from the schema: queries must be
// answered with data, the mutation as an editor without errors.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const README = new URL('../../../README.md', import.meta.url);

async function readmeExamples(): Promise<string[]> {
  const text = await readFile(README, 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('the README examples', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi();
    token = await api.editorToken();
  });
  afterAll(() => api.close());

  it('are all valid and answered with data', async () => {
    const examples = await readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const isMutation = /^\s*mutation\b/.test(example);
      const { status, body } = await api.request<Record<string, unknown>, Record<string, never>>(example, {}, isMutation ? { token } : {});
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
