// An editor who saves the token while the page's first, tokenless viewer
// request is still on its way (a slow network, or a quick hand) gets the page,
// not the token form again. The tokenless answer is held back here until the
// answer to the request with the token has arrived, the worst order there is.
// Before the fix, Apollo joined the refetch to the request in flight (its
// deduplication keys on query and variables, not headers) and the page fell
// back to the token form (CI, stop 21: ingest-jobs could not find its button).
// The page is mounted afresh on each change of token, "Forget token" included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { createApiToken } from '@chronicle/server/testing';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, type TestApp } from './support/testApp.ts';

describeInBrowser('the editor token, saved and forgotten', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = (await createApiToken(app.database.db, 'quick editor')).token;
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const { path, ready } of [
    { path: '/ingest', ready: 'Recent jobs' },
    { path: '/actors', ready: 'Merge duplicate events' },
  ]) {
    it(`${path}, token saved while the first viewer request is in flight: the page, not the token form, once the token's answer is in`, async () => {
      const { page: tab, errors } = await browser.newPage();
      let releaseTokenless!: () => void;
      const tokenlessHeld = new Promise<void>((resolve) => (releaseTokenless = resolve));
      let tokenlessSeen = false;
      let tokenlessAnswered = false;
      await tab.route('**/graphql', async (route: Route) => {
        const request = route.request();
        if (request.method() !== 'POST') return route.continue();
        if (!request.headers()['authorization'] && !tokenlessSeen) {
          tokenlessSeen = true;
          await tokenlessHeld;
          const response = await route.fetch();
          await route.fulfill({ response });
          tokenlessAnswered = true;
          return;
        }
        const response = await route.fetch();
        await route.fulfill({ response });
        if (request.headers()['authorization']) releaseTokenless();
      });

      await tab.goto(`${app.url}${path}`);
      await tab.getByLabel('Editor token').fill(token);
      await expect.poll(() => tokenlessSeen).toBe(true);
      await tab.getByRole('button', { name: 'Use this token' }).click();
      // Should no request with the token go out, the held answer goes at last.
      setTimeout(releaseTokenless, 3_000);
      await expect.poll(() => tokenlessAnswered, { timeout: 20_000 }).toBe(true);

      // The stale answer has been delivered; give React a moment to draw it.
      await tab.getByText('Editor: quick editor').waitFor({ timeout: 10_000 });
      await tab.waitForTimeout(500);
      expect(await tab.getByLabel('Editor token').count()).toBe(0);
      expect(await tab.getByRole('heading', { name: ready }).count()).toBe(1);
      if (path === '/ingest') {
        // The timeline list came after the forms were drawn: they still offer the first timeline, not "None".
        expect(await tab.locator('select[name="timeline"]').inputValue()).not.toBe('');
      }
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('"Forget token" brings the token form back, with the token gone from the tab', async () => {
    const { page: tab, errors } = await browser.newPage();
    await tab.goto(`${app.url}/ingest`);
    await tab.getByLabel('Editor token').fill(token);
    await tab.getByRole('button', { name: 'Use this token' }).click();
    await tab.getByText('Editor: quick editor').waitFor();
    await tab.getByRole('button', { name: 'Forget token' }).click();
    await tab.getByLabel('Editor token').waitFor();
    expect(await tab.getByRole('heading', { name: 'Recent jobs' }).count()).toBe(0);
    expect(await tab.evaluate(() => window.sessionStorage.getItem('chronicle.editorToken'))).toBeNull();
    expect(errors).toEqual([]);
  }, 60_000);
});
