// The job list of /ingest: a link queued for later shows up, fails for a
// reason the editor can read, and runs again with the retry button once the
// page is fixed; text from the page (its title) is shown as text, never as HTML.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken, DEFAULT_FETCH_POLICY } from '@chronicle/server/testing';
import { page, startPageServer, type PageServer } from '@chronicle/testing';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, type TestApp } from './support/testApp.ts';

const HOSTILE_TITLE = 'Talks resume <img src=x onerror="window.__xss=9">';
const ARTICLE = `<!doctype html><html lang="en"><head><title>${HOSTILE_TITLE.replace(/</g, '&lt;')}</title>
<meta property="og:title" content="${HOSTILE_TITLE.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">
<meta property="og:site_name" content="Queue Test Daily"><meta property="article:published_time" content="2019-05-20T09:00:00Z"></head>
<body><article><h1>Talks resume</h1>
<p>OSLO – On Sunday, envoys of Nicolás Maduro and Juan Guaidó met in Oslo for a second round of talks, officials said.</p>
<p>"We came to listen," Jorge Rodríguez told reporters on Sunday.</p></article></body></html>`;

describeInBrowser('the job list at /ingest', () => {
  let app: TestApp;
  let pages: PageServer;
  let browser: TestBrowser;
  let token: string;
  let fixed = false;

  beforeAll(async () => {
    pages = await startPageServer();
    pages.route('/later', (req, res) => (fixed ? page(ARTICLE) : page('%PDF-1.7', 'application/pdf'))(req, res));
    app = await startTestApp({
      fetchPolicy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['localhost'] },
      workers: { concurrency: 1, feedCron: 'off', monitorIntervalSeconds: 1 },
    });
    token = (await createApiToken(app.database.db, 'queue editor')).token;
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await pages?.close();
  });

  it('lists a queued link with its state and error, and runs a failed one again with Retry', async () => {
    const { page: tab, errors } = await browser.newPage();
    await tab.goto(`${app.url}/ingest`);
    await tab.getByLabel('Editor token').fill(token);
    await tab.getByRole('button', { name: 'Use this token' }).click();
    await tab.getByRole('heading', { name: 'Recent jobs' }).waitFor();

    await tab.getByLabel('Address of the article').fill(`${pages.origin}/later`);
    await tab.getByRole('button', { name: 'Queue it for later' }).click();
    await tab.getByRole('status').filter({ hasText: 'Queued' }).waitFor();
    const row = tab.locator('.recent-jobs-table tbody tr').first();
    await expect.poll(() => row.locator('.recent-jobs-state').textContent(), { timeout: 40_000 }).toBe('Failed');
    expect(await row.locator('.recent-jobs-error').textContent()).toMatch(/answered with "application\/pdf"; chronicle reads HTML and plain-text pages only/);

    fixed = true;
    await row.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => tab.locator('.recent-jobs-table tbody tr').first().locator('.recent-jobs-state').textContent(), { timeout: 40_000 }).toBe('Done');
    const done = tab.locator('.recent-jobs-table tbody tr').first();
    expect(await done.locator('.recent-jobs-article').textContent()).toBe(HOSTILE_TITLE);
    expect(await done.locator('.recent-jobs-article img').count()).toBe(0);
    expect(await tab.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    // The failed attempt stays listed below the one that worked.
    expect(await tab.locator('.recent-jobs-table tbody tr').nth(1).locator('.recent-jobs-state').textContent()).toBe('Failed');
    expect(errors).toEqual([]);
    // Two round trips through the queue and the 3-second job-list poll: 7 s alone,
    // past 30 s when the whole suite shares the machine's two cores (CI, stop 17).
  }, 100_000);
});
