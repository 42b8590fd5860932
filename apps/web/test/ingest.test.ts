// The review screen: the seed article goes in, its five events come out next
// to the text with their passages marked, one is corrected and published, and
// it shows on the timeline.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../../server/src/auth/api-tokens.ts';
import { describeInBrowser, openBrowser, type TestBrowser } from './support/browser.ts';
import { startTestApp, type TestApp } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';

const ARTICLE = new URL('../../../prisma/seed/articles/ryabkov-venezuela-2019-06.txt', import.meta.url);

describeInBrowser('reviewing an article at /ingest', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    // The sample data already holds this article and its events: take them
    // out, so the article arrives as new.
    const { db } = app.database;
    const fortRuss = await db.source.findFirstOrThrow({ where: { publisher: 'Fort Russ' } });
    const cited = await db.citation.findMany({ where: { sourceId: fortRuss.id }, select: { eventId: true } });
    await db.event.deleteMany({ where: { id: { in: cited.map((c) => c.eventId) } } });
    await db.source.delete({ where: { id: fortRuss.id } });
    token = (await createApiToken(db, 'browser test editor')).token;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('asks for a token, proposes the five events, and a published one appears on the timeline', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.getByLabel('Editor token').fill(token);
    await page.getByRole('button', { name: 'Use this token' }).click();

    await page.getByLabel('Text of the article').fill(await readFile(ARTICLE, 'utf8'));
    await page.getByLabel('Published on').fill('2019-06-25');
    await page.getByLabel('Publisher').fill('Fort Russ');
    await page.getByRole('button', { name: 'Propose events' }).click();

    await page.getByRole('heading', { name: '5 proposed events' }).waitFor();
    const cards = page.locator('.review-card');
    expect(await cards.count()).toBe(5);
    const meta = (await page.locator('.review-card .review-meta').allTextContents()).map((t) => t.replace(/^\s*draft\s*·\s*/i, '').trim());
    expect(meta.sort()).toEqual(['10 January 2019', '23 January 2019', '25 June 2019', 'June 2019', 'June 2019'].sort());
    // Passages are marked in the article text, as text.
    expect(await page.locator('.ingest-article mark.passage').count()).toBeGreaterThanOrEqual(5);

    // Correct the Ryabkov event's title, then publish it.
    const ryabkov = cards.filter({ hasText: '25 June 2019' });
    await ryabkov.getByLabel('Title').fill('Ryabkov: Russian specialists in Venezuela only service earlier deliveries');
    await ryabkov.getByRole('button', { name: 'Publish' }).click();
    await ryabkov.getByRole('link', { name: 'See it on the timeline' }).waitFor();

    await ryabkov.getByRole('link', { name: 'See it on the timeline' }).click();
    await page.locator('aside.detail h2', { hasText: 'Ryabkov: Russian specialists' }).waitFor();
    await waitForTimeline(page);
    await page.goto(`${app.url}/?from=2019-06-20&to=2019-06-30`);
    await waitForTimeline(page);
    const titles = await page.locator(`${EVENT_ITEMS}`).allTextContents();
    expect(titles.some((t) => t.includes('Ryabkov: Russian specialists'))).toBe(true);
    // The four others are still drafts: not on the public timeline.
    expect(titles.some((t) => /Zakharova/.test(t))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a wrong token is refused with a message, not a crash', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.getByLabel('Editor token').fill('chr_wrong');
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.getByRole('alert').filter({ hasText: 'That token was refused' }).waitFor();
    // Still asked for a token; the article form stays closed.
    await page.getByLabel('Editor token').waitFor();
    expect(await page.getByRole('button', { name: /ingest|propose/i }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
