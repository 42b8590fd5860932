// The link field of /ingest: an editor gives an address, chronicle fetches the
// page from a local server and shows the article with its publisher and day
// for review; a refused link says why.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken, DEFAULT_FETCH_POLICY } from '@chronicle/server/testing';
import { page, redirect, startPageServer, type PageServer } from '@chronicle/testing';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, type TestApp } from './support/testApp.ts';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Guaidó calls for talks</title>
<meta property="og:site_name" content="Caracas Test Daily"><meta property="article:published_time" content="2019-05-14T09:00:00-04:00"></head>
<body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav><article><h1>Guaidó calls for talks</h1>
<p>CARACAS – On Monday, Juan Guaidó, the president of the National Assembly, said the opposition would send envoys to Oslo.</p>
<p>“We will talk to end the usurpation,” Guaidó told reporters in Caracas.</p>
<p>Nicolás Maduro said on Sunday that his government welcomed the Norwegian mediation.</p></article>
<footer>Cookie settings</footer></body></html>`;

describeInBrowser('ingesting by link at /ingest', () => {
  let app: TestApp;
  let pages: PageServer;
  let browser: TestBrowser;
  let token: string;

  beforeAll(async () => {
    pages = await startPageServer();
    pages.route('/guaido-talks', page(ARTICLE));
    pages.route('/internal', redirect('http://127.0.0.1:9/admin'));
    app = await startTestApp({ fetchPolicy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['localhost'] } });
    token = (await createApiToken(app.database.db, 'link editor')).token;
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await pages?.close();
  });

  it('fetches the page and shows its text, publisher and day for review; a link to an internal address is refused with the reason', async () => {
    const { page: tab, errors } = await browser.newPage();
    await tab.goto(`${app.url}/ingest`);
    await tab.getByLabel('Editor token').fill(token);
    await tab.getByRole('button', { name: 'Use this token' }).click();

    await tab.getByLabel('Address of the article').fill(`${pages.origin}/internal`);
    await tab.getByRole('button', { name: 'Fetch the page' }).click();
    await expect.poll(() => tab.getByRole('alert').textContent()).toMatch(/127\.0\.0\.1 is a private, loopback or link-local address/);

    await tab.getByLabel('Address of the article').fill(`${pages.origin}/guaido-talks`);
    await tab.getByRole('button', { name: 'Fetch the page' }).click();
    await tab.getByRole('heading', { name: 'Caracas Test Daily · 2019-05-14' }).waitFor();
    const article = await tab.locator('.review-article').textContent();
    expect(article).toContain('On Monday, Juan Guaidó, the president of the National Assembly');
    expect(article).not.toContain('Cookie settings');
    expect(await tab.getByRole('heading', { name: /proposed events?$/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    // The first article of a process loads and compiles the extractor: 5 s alone, past 30 s in the full suite (CI).
  }, 90_000);
});
