// The review screen: the seed article goes in, its five events come out next
// to the text with their passages marked, one is corrected and published, and
// it shows on the timeline. The stances it states are listed too; one is
// published and readers find it in "Who backs whom", the others stay hidden.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '@chronicle/server/testing';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
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
    // Stances only this article stated are gone with it too, so they arrive as new.
    await db.stance.deleteMany({ where: { citations: { none: {} } } });
    token = (await createApiToken(db, 'browser test editor')).token;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('asks for a token, proposes the five events and the stated stances; what is published reaches readers', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.getByLabel('Editor token').fill(token);
    await page.getByRole('button', { name: 'Use this token' }).click();

    await page.getByLabel('Text of the article').fill(await readFile(ARTICLE, 'utf8'));
    await page.getByLabel('Published on').fill('2019-06-25');
    await page.getByLabel('Publisher').fill('Fort Russ');
    await page.getByRole('button', { name: 'Propose events' }).click();

    await page.getByRole('heading', { name: '5 proposed events' }).waitFor();
    // Event cards; the stance cards below them are counted on their own.
    const cards = page.locator('.review-events > .review-card');
    expect(await cards.count()).toBe(5);
    const meta = (await cards.locator('.review-meta').allTextContents()).map((t) => t.replace(/^\s*draft\s*·\s*/i, '').trim());
    expect(meta.sort()).toEqual(['10 January 2019', '23 January 2019', '25 June 2019', 'June 2019', 'June 2019'].sort());
    // Passages are marked in the article text, as text.
    expect(await page.locator('.ingest-article mark.passage').count()).toBeGreaterThanOrEqual(5);

    // The stances the article states, each with its passage; new ones wait as drafts.
    const stances = page.locator('.review-stance');
    await page.getByRole('heading', { name: /^\d+ stances stated$/ }).waitFor();
    const headings = await stances.locator('h3').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Turkey supports Nicolás Maduro', 'Iran supports Nicolás Maduro', 'United States supports Juan Guaidó']));
    const turkey = stances.filter({ has: page.locator('h3', { hasText: 'Turkey supports Nicolás Maduro' }) });
    expect(await turkey.locator('.review-meta').textContent()).toMatch(/^draft · new stance$/);
    expect(await turkey.locator('.review-passage').allTextContents()).toEqual([
      'Russia, China, Cuba, Bolivia, Iran, Turkey and other countries support Maduro’s government.',
    ]);
    // The United States' support was on file from another source: this article's passage is what waits.
    const usa = stances.filter({ has: page.locator('h3', { hasText: 'United States supports Juan Guaidó' }) });
    expect(await usa.locator('.review-meta').textContent()).toMatch(/^published · already public/);
    expect(await usa.locator('.review-citation-decision .review-status').allTextContents()).toEqual(['draft']);
    await turkey.getByRole('button', { name: 'Publish' }).click();
    await turkey.getByRole('link', { name: 'See it in Who backs whom' }).waitFor();
    expect(await turkey.locator('.review-meta .review-status').textContent()).toBe('published');

    // Correct the Ryabkov event's title, then publish it.
    const ryabkov = cards.filter({ hasText: '25 June 2019' });
    // Marked a key event: saved at once, before any other decision.
    const keyOfFortRuss = () =>
      app.database.db.event.findMany({ where: { isKey: true, citations: { some: { source: { publisher: 'Fort Russ' } } } }, select: { startsOn: true } });
    expect(await keyOfFortRuss()).toEqual([]);
    await ryabkov.getByLabel(/^Key event/).check();
    await expect.poll(keyOfFortRuss).toEqual([{ startsOn: new Date('2019-06-25') }]);
    expect(await ryabkov.getByLabel(/^Key event/).isChecked()).toBe(true);
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

    // The editor's own tab shows the draft stances too, marked as not public.
    await page.goto(`${app.url}/?view=stances`);
    const iranRow = page
      .locator('.stance-group', { has: page.locator('h3', { hasText: 'Nicolás Maduro' }) })
      .locator('tr', { has: page.locator('th', { hasText: /^Iran/ }) });
    await iranRow.waitFor();
    expect(await iranRow.locator('th').textContent()).toContain('(draft, not public)');
    expect(errors).toEqual([]);
    await page.close();

    // A reader (a new tab holds no token) finds the published stance, not the drafts.
    const reader = await browser.newPage();
    await reader.page.goto(`${app.url}/?view=stances`);
    const maduro = reader.page.locator('.stance-group', { has: reader.page.locator('h3', { hasText: 'Nicolás Maduro' }) });
    const supporters = maduro.locator('table', { has: reader.page.locator('caption', { hasText: 'Supported by' }) });
    const turkeyRow = supporters.locator('tr', { has: reader.page.locator('th', { hasText: /^Turkey$/ }) });
    await turkeyRow.waitFor();
    expect(await turkeyRow.locator('.stance-sources li').allTextContents()).toEqual(['Fort Russ · 25 June 2019']);
    const names = await supporters.locator('tbody th').allTextContents();
    expect(names).not.toContain('Iran');
    // The United States' support shows its earlier source only: this article's passage was not accepted.
    const guaido = reader.page.locator('.stance-group', { has: reader.page.locator('h3', { hasText: 'Juan Guaidó' }) });
    const usRow = guaido
      .locator('table', { has: reader.page.locator('caption', { hasText: 'Supported by' }) })
      .locator('tr', { has: reader.page.locator('th', { hasText: /^United States$/ }) });
    expect(await usRow.locator('.stance-sources li').allTextContents()).toEqual(['Proto Thema (English edition) (opens in a new tab) · 23 January 2019']);
    expect(reader.errors).toEqual([]);
    await reader.page.close();

    // Sent again, the article lists its stances again; a rejected one can still be published after all.
    const again = await browser.newPage();
    await again.page.goto(`${app.url}/ingest`);
    await again.page.getByLabel('Editor token').fill(token);
    await again.page.getByRole('button', { name: 'Use this token' }).click();
    await again.page.getByLabel('Text of the article').fill(await readFile(ARTICLE, 'utf8'));
    await again.page.getByLabel('Published on').fill('2019-06-25');
    await again.page.getByRole('button', { name: 'Propose events' }).click();
    const iran = again.page.locator('.review-stance', { has: again.page.locator('h3', { hasText: 'Iran supports Nicolás Maduro' }) });
    await iran.getByRole('button', { name: 'Reject' }).click();
    await iran.getByText('Rejected.').waitFor();
    await iran.getByRole('button', { name: 'Publish after all' }).click();
    await iran.getByRole('link', { name: 'See it in Who backs whom' }).waitFor();
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  // Runs after the test above, which published the Ryabkov event of 25 June.
  it('a second article reporting a published event adds a source only once an editor accepts it', async () => {
    const openDetailAsReader = async () => {
      const reader = await browser.newPage();
      await reader.page.goto(`${app.url}/?from=2019-06-20&to=2019-06-30`);
      await waitForTimeline(reader.page);
      await reader.page.locator(EVENT_ITEMS, { hasText: 'Ryabkov: Russian specialists' }).first().click();
      const detail = reader.page.locator('aside.detail');
      await detail.locator('h2', { hasText: 'Ryabkov: Russian specialists' }).waitFor();
      return { reader, detail };
    };

    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.getByLabel('Editor token').fill(token);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page
      .getByLabel('Text of the article')
      .fill(
        'MOSCOW, June 26 (Steppe Wire) — Russia does not intend to increase its presence in Venezuela, deputy foreign minister ' +
          'Sergei Ryabkov told the Federation Council on Tuesday. Russian specialists there only service equipment supplied earlier, he said.',
      );
    await page.getByLabel('Published on').fill('2019-06-26');
    await page.getByLabel('Publisher').fill('Steppe Wire');
    await page.getByRole('button', { name: 'Propose events' }).click();

    const matched = page.locator('.review-matched', { has: page.locator('h3', { hasText: 'Ryabkov: Russian specialists' }) });
    await matched.waitFor();
    expect(await matched.locator('.review-meta').textContent()).toMatch(/already public/);
    const statuses = await matched.locator('.review-citation-decision .review-status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['draft']));

    // Not accepted yet: readers see the event with its earlier source only.
    const before = await openDetailAsReader();
    expect(await before.detail.textContent()).toContain('Fort Russ');
    expect(await before.detail.textContent()).not.toContain('Steppe Wire');
    await before.reader.page.close();

    await matched.getByRole('button', { name: 'Accept' }).first().click();
    await matched.locator('.review-citation-decision .review-status', { hasText: 'published' }).waitFor();

    const after = await openDetailAsReader();
    await after.detail.getByText('Steppe Wire').first().waitFor();
    expect(after.reader.errors).toEqual([]);
    await after.reader.page.close();
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
