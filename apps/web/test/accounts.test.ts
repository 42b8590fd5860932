// The Accounts view in Chromium: each source's account of the Russian arrival
// side by side (Moscow's maintenance contracts, Washington's "get out"), the
// framing words where they part ways, and "sources disagree on the date" on
// the timeline and in the panel.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser } from '@chronicle/testing/browser';
import { takeScreenshots } from './support/env.ts';
import { useAppInBrowser } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';
import { webRoot } from './support/webBuild.ts';

const SCREENSHOT = path.resolve(webRoot, '../../docs/screenshot-accounts.png');
const ARRIVAL = 'Two Russian military planes land near Caracas with about 100 personnel';
const BARBADOS = 'Norway-facilitated talks move to Barbados';

describeInBrowser('the Accounts view', () => {
  const session = useAppInBrowser();

  it('shows Ryabkov’s and Trump’s accounts of the Russian arrival side by side, each with its source, and keeps the view in the URL', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${session.app.url}/?from=2019-03-10&to=2019-04-10`);
    await waitForTimeline(page);
    await page.locator(EVENT_ITEMS, { hasText: ARRIVAL }).click();
    const detail = page.locator('aside.detail');
    await detail.locator('h2', { hasText: ARRIVAL }).waitFor();
    await detail.getByRole('button', { name: /^Accounts/ }).click();
    await page.waitForURL(/panel=accounts/);

    const cards = detail.locator('.account-card');
    await cards.first().waitFor();
    expect((await cards.locator('.account-publisher').allTextContents()).sort()).toEqual(['Fort Russ', "Gente d'Italia", 'The Hill']);
    const hill = cards.filter({ hasText: 'The Hill' });
    expect(await hill.locator('.account-meta').textContent()).toContain('United States');
    expect(await hill.locator('.account-quotes').textContent()).toContain('Donald Trump');
    expect(await hill.locator('mark.framing-word').allTextContents()).toContain('get out');
    const fortRuss = cards.filter({ hasText: 'Fort Russ' });
    expect(await fortRuss.locator('.account-meta').textContent()).toContain('Country not known');
    expect(await fortRuss.locator('.account-passage').textContent()).toContain('maintenance work on the equipment');
    expect(await fortRuss.locator('.account-quotes').textContent()).toContain('Sergei Ryabkov');
    expect(await fortRuss.locator('mark.framing-word').allTextContents()).toEqual(expect.arrayContaining(['maintenance', 'contracts']));
    const gente = cards.filter({ hasText: "Gente d'Italia" });
    expect(await gente.locator('.account-dates').textContent()).toMatch(/nel fine settimana.*23 – 24 March 2019/);
    expect(await gente.locator('mark.framing-word').allTextContents()).toContain('soldati');
    // Side by side: the cards share a row at this width.
    const boxes = await cards.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(new Set(boxes.map(Math.round)).size).toBeLessThan(boxes.length);

    if (takeScreenshots) {
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }

    // The link opens the same view.
    const again = await session.browser.newPage();
    await again.page.goto(page.url());
    await again.page.locator('aside.detail .account-card').first().waitFor();
    expect(await again.page.locator('aside.detail .account-card').count()).toBe(3);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('says "sources disagree on the date" on the timeline and in the panel, and shows each source’s date', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/?from=2019-06-25&to=2019-07-25`);
    await waitForTimeline(page);
    const item = page.locator(`${EVENT_ITEMS}.tl-date-disagreement`, { hasText: BARBADOS });
    expect(await item.locator('.tl-disagree').textContent()).toBe('≠');
    expect(await item.locator('[data-event-id]').getAttribute('aria-label')).toContain('sources disagree on the date');
    // An event whose sources agree has no mark.
    expect(await page.locator(`${EVENT_ITEMS}.tl-date-disagreement`, { hasText: 'Bachelet report' }).count()).toBe(0);

    await item.click();
    const detail = page.locator('aside.detail');
    await detail.locator('.date-disagreement', { hasText: 'Sources disagree on the date' }).waitFor();
    await detail.getByRole('button', { name: /^Accounts/ }).click();
    const resolved = await detail.locator('.account-date-differs').allTextContents();
    expect(resolved.sort()).toEqual(['8 July 2019', 'week of 8 July 2019'].sort());
    expect(errors).toEqual([]);
    await page.close();
  });
});
