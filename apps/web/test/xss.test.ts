// Text from the API is text everywhere it is shown: an event whose title,
// summary, actor, quote and source are HTML and script stays literal, runs
// nothing and becomes no element, on the timeline, in its tooltip, in the
// actor lanes, in the list, in the detail panel and in who backs whom.
import { graphql } from '@chronicle/schema/test-client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, XSS, type TestApp } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';

const HostileIds = graphql(`query WebTestHostileIds($s: String!) { actors(search: $s) { nodes { id events { nodes { id } } } } }`);

async function assertNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined();
  // Not one element made from the payloads. The page's JSON-LD is a data block the browser never runs (checked below).
  expect(await page.locator('img[src="x"], script:not([src]):not([type="application/ld+json"]), iframe, [onerror], [onmouseover]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
}

describeInBrowser('hostile text from the API', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let actorId: string;
  let eventId: string;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await openBrowser();
    const ids = await app.graphql(HostileIds, { s: XSS.actorAlias });
    const actor = ids.actors.nodes[0]!;
    actorId = actor.id;
    eventId = actor.events.nodes[0]!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('stays text on the timeline and in its tooltip', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?from=2019-01-12&to=2019-01-19`);
    await waitForTimeline(page);
    const item = page.locator(EVENT_ITEMS, { hasText: XSS.title });
    expect(await item.locator('.tl-title').textContent()).toBe(XSS.title);
    expect(await item.isVisible()).toBe(true);

    await item.hover();
    const tooltip = page.locator('.vis-tooltip');
    await tooltip.filter({ hasText: XSS.title }).waitFor();
    expect(await tooltip.locator('.tl-tooltip-title').textContent()).toBe(XSS.title);
    expect(await tooltip.locator('.tl-tooltip-actors').textContent()).toContain(XSS.actorName);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays text in the actor lanes', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?lanes=actor&actors=${encodeURIComponent(actorId)}`);
    await waitForTimeline(page);
    const lane = page.locator('.vis-labelset .tl-lane-name', { hasText: XSS.actorName });
    await lane.waitFor();
    expect(await lane.textContent()).toBe(XSS.actorName);
    expect(await page.locator(EVENT_ITEMS, { hasText: XSS.title }).count()).toBeGreaterThanOrEqual(1);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays text in the source lanes and the Sources filter', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?lanes=source&publisher=${encodeURIComponent(XSS.publisher)}&from=2019-01-10&to=2019-01-20`);
    await waitForTimeline(page);
    const lane = page.locator('.vis-labelset .tl-lane-name', { hasText: XSS.publisher });
    await lane.waitFor();
    expect(await lane.textContent()).toBe(XSS.publisher);
    await page.locator('details.publisher-filter summary').click();
    expect(await page.locator('details.publisher-filter').getByLabel(XSS.publisher).isChecked()).toBe(true);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays text in the list', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?view=list&actors=${encodeURIComponent(actorId)}`);
    const row = page.locator('.event-list li', { hasText: XSS.title });
    await row.waitFor();
    expect(await row.locator('.event-open').textContent()).toBe(XSS.title);
    expect(await row.locator('.event-row-summary').textContent()).toBe(XSS.summary);
    expect(await row.locator('.event-row-actors').textContent()).toContain(XSS.actorName);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays text in the detail panel, and a javascript: source address is no link', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?event=${encodeURIComponent(eventId)}`);
    const detail = page.locator('aside.detail');
    await detail.locator('h2', { hasText: XSS.title }).waitFor();
    expect(await detail.locator('h2').textContent()).toBe(XSS.title);
    expect(await detail.locator('.detail-summary').textContent()).toBe(XSS.summary);
    expect(await detail.locator('.actor-name').textContent()).toBe(XSS.actorName);
    expect(await detail.locator('.quote blockquote').textContent()).toBe(XSS.quote);
    expect(await detail.locator('.source-publisher').textContent()).toBe(XSS.publisher);
    expect(await detail.locator('.source-passage').textContent()).toBe(XSS.passage);
    expect(await detail.locator('.source-title').textContent()).toBe(XSS.title);
    expect(await detail.locator('.source-title a').count()).toBe(0);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays text in who backs whom, and a javascript: source address is no link', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?view=stances`);
    const row = page.locator('.stance-opposes tr', { has: page.locator('th', { hasText: XSS.actorName }) });
    await row.waitFor();
    expect(await row.locator('th').textContent()).toBe(XSS.actorName);
    expect(await row.locator('.stance-sources li').allTextContents()).toEqual([`${XSS.publisher} · 15 January 2019`]);
    expect(await row.locator('.stance-sources a').count()).toBe(0);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stays data in the page's JSON-LD: one script block that parses back to the hostile strings", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!) as { itemListElement: { item: { name: string; description?: string } }[] };
    const hostile = ld.itemListElement.find((e) => e.item.name === XSS.title)?.item;
    expect(hostile).toMatchObject({ name: XSS.title, description: XSS.summary });
    await waitForTimeline(page);
    await assertNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
