// A reader has the timeline open; an editor publishes an event through
// another instance of chronicle. The event appears on the reader's timeline
// without a reload, highlighted, and the reader's window and selection stay.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken, startServer, type RunningServer } from '@chronicle/server/testing';
import { postGraphQL, startTcpProxy } from '@chronicle/testing';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, TIMELINE, type TestApp } from './support/testApp.ts';
import { EVENT_ITEMS, timelineTitles, waitForTimeline } from './support/timelinePage.ts';

const EARLY_2019 = 'from=2019-01-01&to=2019-02-09';
const Publish = graphql(`mutation WebLivePublish($id: ID!) { publishEvent(id: $id) { id title } }`);
const Retitle = graphql(`mutation WebLiveRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }`);
const FirstEvent = graphql(
  `query WebLiveFirst($t: String!) { events(filter: { timeline: $t, from: "2019-01-01", to: "2019-02-09" }, first: 1) { nodes { id title } } }`,
);

describeInBrowser('live updates on an open timeline', () => {
  let app: TestApp;
  let elsewhere: RunningServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    // The editor's instance: same database, another process's worth of server.
    elsewhere = await startServer({ databaseUrl: app.database.url, port: 0 });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await elsewhere?.close();
    await app?.close();
  });

  it('an event published elsewhere appears in place, highlighted, with the window and the open event kept', async () => {
    const { db } = app.database;
    const timeline = await db.timeline.findUniqueOrThrow({ where: { slug: TIMELINE } });
    const source = await db.source.create({ data: { title: 'Desk wire', contentHash: 'e'.repeat(64) } });
    const draft = await db.event.create({
      data: {
        title: 'Live desk: border crossing reopens',
        kind: 'OTHER',
        precision: 'DAY',
        startsOn: new Date('2019-01-20'),
        endsOn: new Date('2019-01-20'),
        timelines: { create: { timelineId: timeline.id } },
        citations: { create: { sourceId: source.id, passage: 'reopens' } },
      },
    });
    const opened = (await app.graphql(FirstEvent, { t: TIMELINE })).events.nodes[0]!;

    const { page, errors } = await browser.newPage();
    const url = `${app.url}/?${EARLY_2019}&event=${encodeURIComponent(opened.id)}`;
    await page.goto(url);
    await waitForTimeline(page);
    await page.locator('.live-status[data-live-state="live"]').waitFor();
    expect(await page.locator('.live-status').textContent()).toBe('Live');
    expect(await timelineTitles(page)).not.toContain('Live desk: border crossing reopens');
    // Anything that reloads the page loses this.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const token = (await createApiToken(db, 'desk')).token;
    const { body } = await postGraphQL(elsewhere.url, Publish, { id: Buffer.from(`Event:${draft.id}`).toString('base64url') }, { token });
    expect(body.errors).toBeUndefined();

    const item = page.locator(`${EVENT_ITEMS}.is-live-changed`, { hasText: 'Live desk: border crossing reopens' });
    await item.waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(page.url()).toBe(url);
    await expect(page.locator('.detail .detail-title').textContent()).resolves.toBe(opened.title);
    // The highlight is brief.
    await page.locator(`${EVENT_ITEMS}.is-live-changed`).waitFor({ state: 'detached', timeout: 8_000 });
    expect(await timelineTitles(page)).toContain('Live desk: border crossing reopens');
    expect(errors).toEqual([]);
  });

  it('in the list, an event retitled elsewhere changes in place, and so does its open detail panel', async () => {
    const opened = (await app.graphql(FirstEvent, { t: TIMELINE })).events.nodes[0]!;
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?view=list&${EARLY_2019}&event=${encodeURIComponent(opened.id)}`);
    await page.locator('.event-row.is-selected').waitFor();
    await page.locator('.live-status[data-live-state="live"]').waitFor();
    const rowsBefore = await page.locator('.event-row').count();

    const token = (await createApiToken(app.database.db, 'list desk')).token;
    await postGraphQL(elsewhere.url, Retitle, { id: opened.id, title: 'Retitled by the desk' }, { token });
    await page.locator('.event-row.is-selected.is-live-changed', { hasText: 'Retitled by the desk' }).waitFor({ timeout: 5_000 });
    await page.locator('.detail.is-live-changed .detail-title', { hasText: 'Retitled by the desk' }).waitFor({ timeout: 5_000 });
    expect(await page.locator('.event-row').count()).toBe(rowsBefore);
    expect(errors).toEqual([]);
  });

  it('says when the live connection drops, reconnects by itself, and then shows what was published meanwhile', async () => {
    const { db } = app.database;
    const timeline = await db.timeline.findUniqueOrThrow({ where: { slug: TIMELINE } });
    const source = await db.source.create({ data: { title: 'Night wire', contentHash: 'c'.repeat(64) } });
    const draft = await db.event.create({
      data: {
        title: 'Live desk: published while offline',
        kind: 'OTHER',
        precision: 'DAY',
        startsOn: new Date('2019-01-22'),
        endsOn: new Date('2019-01-22'),
        timelines: { create: { timelineId: timeline.id } },
        citations: { create: { sourceId: source.id, passage: 'offline' } },
      },
    });
    // The page reaches chronicle through a proxy the test can cut, as a train tunnel would.
    const proxy = await startTcpProxy(app.url);
    try {
      const { page } = await browser.newPage();
      await page.goto(`${proxy.url.replace(/\/$/, '')}/?${EARLY_2019}`);
      await waitForTimeline(page);
      await page.locator('.live-status[data-live-state="live"]').waitFor();

      await proxy.cut();
      await page.locator('.live-status[data-live-state="offline"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('.live-status').textContent()).toBe('Reconnecting…');

      const token = (await createApiToken(db, 'night desk')).token;
      const { body } = await postGraphQL(elsewhere.url, Publish, { id: Buffer.from(`Event:${draft.id}`).toString('base64url') }, { token });
      expect(body.errors).toBeUndefined();

      await proxy.restore();
      // graphql-ws waits a randomised, growing pause between attempts.
      await page.locator('.live-status[data-live-state="live"]').waitFor({ timeout: 20_000 });
      await page.locator(EVENT_ITEMS, { hasText: 'Live desk: published while offline' }).waitFor({ timeout: 5_000 });
    } finally {
      await proxy.close();
    }
  });
});
