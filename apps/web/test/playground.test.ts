// The API playground at /graphiql: GraphiQL from the app itself, working
// with no network beyond this machine, and kept out of the timeline's bundle.
import { graphql } from '@chronicle/schema/test-client';
import { parse, validate } from 'graphql';
import { expect, it } from 'vitest';
import { buildSchema, createApiToken } from '@chronicle/server/testing';
import { postGraphQL } from '@chronicle/testing';
import { describeInBrowser } from '@chronicle/testing/browser';
import { useAppInBrowser } from './support/testApp.ts';
import { EXAMPLE_TABS } from '../src/playground/exampleTabs.ts';
import { waitForTimeline } from './support/timelinePage.ts';

const FirstEvent = graphql(`query WebPlaygroundFirst { events(filter: { timeline: "venezuela-crisis-2019" }, first: 1) { nodes { id } } }`);
const Retitle = graphql(`mutation WebPlaygroundRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }`);

describeInBrowser('the API playground', () => {
  const session = useAppInBrowser();

  it('renders its editor with the example operations and runs them, all from localhost', async () => {
    const { page, errors, externalRequests } = await session.browser.newPage();
    await page.goto(`${session.app.url}/graphiql`);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor();
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(tabs.join(' ')).toMatch(/CrisisInJanuary.*RyabkovQuotes.*WhoBacksMaduro.*SearchSanctions/);

    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${session.app.url}/graphql` && r.request().method() === 'POST'),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect(answer.request().headers()['content-type']).toBe('application/json');
    const body = (await answer.json()) as { data?: { events: { nodes: { title: string; date: { display: string } }[] } } };
    expect(body.data?.events.nodes).toContainEqual(
      expect.objectContaining({ title: 'Guaidó proclaims himself interim president', date: expect.objectContaining({ display: '23 January 2019' }) }),
    );
    // The answer is shown (Monaco draws only the lines in view: the top ones).
    await page.locator('.graphiql-response', { hasText: 'totalCount' }).waitFor();

    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the live example as a subscription over a WebSocket, showing a change as it is made', async () => {
    const { page, errors, externalRequests } = await session.browser.newPage();
    await page.goto(`${session.app.url}/graphiql`);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor();
    await page.locator('.graphiql-tab', { hasText: 'CrisisLive' }).click();
    // The execute button runs the operation GraphiQL holds for the active tab; clicked
    // before the switch has landed, it sends the previous tab's operation name.
    await page.locator('.monaco-editor .view-lines', { hasText: 'subscription CrisisLive' }).first().waitFor();
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain('CrisisLive');
    const [socket] = await Promise.all([page.waitForEvent('websocket'), page.locator('.graphiql-execute-button').click()]);
    expect(socket.url()).toBe(`${session.app.url.replace('http', 'ws')}/graphql`);
    await expect.poll(() => session.app.server.subscriptionCount(), { timeout: 5_000 }).toBe(1);

    const event = (await session.app.graphql(FirstEvent, {})).events.nodes[0]!;
    const token = (await createApiToken(session.app.database.db, 'playground')).token;
    await postGraphQL(session.app.url, Retitle, { id: event.id, title: 'Retitled while watching' }, { token });
    await page.locator('.graphiql-response', { hasText: 'Retitled while watching' }).waitFor({ timeout: 5_000 });
    await expect(page.locator('.graphiql-response').textContent()).resolves.toContain('UPDATED');
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is not part of the timeline page: the editor loads only on /graphiql', async () => {
    const { page, externalRequests } = await session.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${session.app.url}/`);
    await waitForTimeline(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /monaco|Playground|graphiql/i.test(url))).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it('opens with examples the API answers in full: valid, within the limits, with data', async () => {
    for (const tab of EXAMPLE_TABS) {
      if (/^subscription /m.test(tab.query)) {
        // Subscriptions run over the socket (live.test.ts): here, they must be valid against the schema.
        expect(validate(buildSchema(), parse(tab.query)), tab.query).toEqual([]);
        continue;
      }
      const { body } = await postGraphQL(session.app.url, tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
      const name = /query (\w+)/.exec(tab.query)?.[1];
      expect(body.errors, name).toBeUndefined();
      expect(JSON.stringify(body.data), name).toMatch(/"nodes":\[\{/);
    }
  });
});
