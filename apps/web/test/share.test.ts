// Sharing in Chromium: the link copied opens the same view; the export links
// carry the view's filters; the embed snippet shows a compact timeline that
// another site may frame (and the app itself may not be framed); the list
// view prints as a list.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { describeInBrowser, openBrowser, type TestBrowser, type WatchedPage } from '@chronicle/testing/browser';
import { startTestApp, TIMELINE, type TestApp } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';

const WINDOW = 'from=2019-01-01&to=2019-02-09';

describeInBrowser('share, export and embed', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await openBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(path: string): Promise<WatchedPage> {
    const watched = await browser.newPage();
    await watched.page.goto(`${app.url}${path}`);
    return watched;
  }

  it('"Copy link" copies this view, and the link opens the same view with the same event open', async () => {
    const { page, errors } = await open(`/?view=list&kinds=DIPLOMATIC&${WINDOW}`);
    await page.locator('.event-list .event-open').first().click();
    await page.locator('.detail h2').first().waitFor();
    const title = await page.locator('.detail h2').first().textContent();
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied.' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('view=list');
    expect(copied).toContain('kinds=DIPLOMATIC');
    expect(copied).toContain('event=');

    const again = await browser.newPage();
    await again.page.goto(copied);
    await again.page.locator('.detail h2').first().waitFor();
    expect(await again.page.locator('.detail h2').first().textContent()).toBe(title);
    expect(await again.page.locator('.view-tab[aria-current="page"]').textContent()).toBe('List');
    expect(await again.page.locator('.event-list .event-open').allTextContents()).toEqual(await page.locator('.event-list .event-open').allTextContents());
    expect(errors).toEqual([]);
  });

  it("export links carry the view's filters and window, and serve what the view lists", async () => {
    const { page } = await open(`/?view=list&kinds=DIPLOMATIC&${WINDOW}`);
    await page.locator('.event-list .event-open').first().waitFor();
    const listed = (await page.locator('.event-list .event-open').allTextContents()).sort();
    await page.getByText('Share', { exact: true }).click();
    const csvHref = await page.getByRole('link', { name: 'Spreadsheet (CSV)' }).getAttribute('href');
    expect(csvHref).toBe(`/timelines/${TIMELINE}/export.csv?from=2019-01-01&to=2019-02-09&kinds=DIPLOMATIC`);
    const jsonHref = await page.getByRole('link', { name: 'TimelineJS (JSON)' }).getAttribute('href');
    const file = (await (await fetch(`${app.url}${jsonHref}`)).json()) as { events: { text: { headline: string } }[] };
    // TimelineJS headlines are HTML: the sample's titles have no markup but may have apostrophes.
    expect(file.events.map((e) => e.text.headline.replace(/&#x27;|&apos;/g, "'").replace(/&amp;/g, '&')).sort()).toEqual(listed);
    const whole = await page.locator('.export-whole').first().getAttribute('href');
    expect(whole).toBe(`/timelines/${TIMELINE}/export.timelinejs.json`);
    const ics = await fetch(`${app.url}${await page.getByRole('link', { name: 'Calendar (iCalendar)' }).getAttribute('href')}`);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
  });

  it('offers an embed snippet whose page is a compact timeline with a link back, framable by another site', async () => {
    const { page } = await open(`/?kinds=DIPLOMATIC&${WINDOW}`);
    await waitForTimeline(page);
    await page.getByText('Share', { exact: true }).click();
    const snippet = page.getByLabel('Embed on a web page');
    await expect.poll(() => snippet.inputValue()).toMatch(/^<iframe /);
    const html = await snippet.inputValue();
    const src = /src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe(`${app.url}/embed/${TIMELINE}?from=2019-01-01&to=2019-02-09&kinds=DIPLOMATIC`);

    // Another site (another origin: its own server and port) frames the embed, and tries to frame the app itself.
    const story = `<!doctype html><html><body><h1>A news story</h1>${html}<iframe id="app" src="${app.url}/" width="800" height="400"></iframe></body></html>`;
    const site = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(story));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => {
      site.closeAllConnections();
      return new Promise<void>((resolve) => site.close(() => resolve()));
    });
    const host = await browser.newPage();
    const blocked: string[] = [];
    host.page.on('requestfailed', (request) => blocked.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    await host.page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const embed = host.page.frameLocator('iframe[src*="/embed/"]');
    await embed.locator('.timeline-canvas[aria-busy="false"]').waitFor();
    await embed.locator(EVENT_ITEMS).first().waitFor();
    expect(await embed.locator('.embed-title').textContent()).toBe('Venezuelan presidential crisis 2019');
    const back = embed.getByRole('link', { name: 'Open the full timeline' });
    expect(await back.getAttribute('href')).toBe(`/?timeline=${TIMELINE}&from=2019-01-01&to=2019-02-09&kinds=DIPLOMATIC`);
    expect(await back.getAttribute('target')).toBe('_blank');
    // No editors' links and no filter bar in an embed.
    expect(await embed.locator('text=Review articles').count()).toBe(0);
    expect(await embed.locator('.filter-bar').count()).toBe(0);
    const kinds = await embed.locator(`${EVENT_ITEMS}`).evaluateAll((items: { className: string }[]) => items.map((i) => i.className));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((c) => c.includes('kind-diplomatic'))).toBe(true);
    // The app itself refuses the frame: the browser blocks its document.
    await expect.poll(() => blocked).toContain(`${app.url}/ net::ERR_BLOCKED_BY_RESPONSE`);
    expect(
      host.page
        .frames()
        .filter((f) => f.url().startsWith(app.url))
        .map((f) => new URL(f.url()).pathname),
    ).toEqual([`/embed/${TIMELINE}`]);
  });

  it('prints the list view as a list: every loaded event, no controls', async () => {
    const { page } = await open(`/?view=list&${WINDOW}`);
    await page.locator('.event-list .event-open').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.filter-bar')).toBe(false);
    expect(await shown('.view-switch')).toBe(false);
    expect(await shown('.share-menu')).toBe(false);
    expect(await shown('.event-list')).toBe(true);
    // Nothing scrolls inside the page: the whole list is on paper.
    const clipped = await page.locator('.view').evaluate((el) => getComputedStyle(el).overflowY);
    expect(clipped).toBe('visible');
    const rows = await page.locator('.event-row').count();
    expect(rows).toBeGreaterThan(5);
    const lastRowVisible = await page
      .locator('.event-row')
      .last()
      .evaluate((el) => el.getBoundingClientRect().height > 0);
    expect(lastRowVisible).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});
