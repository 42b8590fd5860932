// What the app says when there is nothing to show or something went wrong,
// and how the URL keeps the view: history entries for filters, none for
// panning; "load more" in the list.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowser, type TestBrowser } from './support/browser.ts';
import { startTestApp, type TestApp } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';

// Looks like an event's ID, names none.
const UNKNOWN_EVENT = Buffer.from('Event:00000000-0000-8000-8000-000000000000').toString('base64');

describeInBrowser('states and the URL', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('says when no event matches, and clearing the filters brings the events back', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?q=${encodeURIComponent('zzyzx quokka')}`);
    const empty = page.locator('.state', { hasText: 'No events match' });
    await empty.waitFor();
    expect(await page.locator(EVENT_ITEMS).count()).toBe(0);
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator(EVENT_ITEMS).first().waitFor();
    expect(page.url()).not.toContain('q=');
    expect(await page.locator('.state', { hasText: 'No events match' }).count()).toBe(0);

    // The list view says the same.
    await page.goto(`${app.url}/?view=list&q=${encodeURIComponent('zzyzx quokka')}`);
    await page.locator('.state', { hasText: 'No events match' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the event in the link does not exist, for unknown and malformed IDs', async () => {
    const { page, errors } = await browser.newPage();
    for (const id of [UNKNOWN_EVENT, 'not-an-id']) {
      await page.goto(`${app.url}/?event=${encodeURIComponent(id)}`);
      await page.locator('aside.detail h2', { hasText: 'Event not found' }).waitFor();
    }
    // The timeline beside it still works.
    await waitForTimeline(page);
    expect(await page.locator(EVENT_ITEMS).count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the API cannot be reached, and Retry recovers once it is back', async () => {
    const { page } = await browser.newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${app.url}/`);
    const alert = page.getByRole('alert').filter({ hasText: 'Cannot reach the API' });
    await alert.waitFor();
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForTimeline(page);
    expect(await page.locator(EVENT_ITEMS).count()).toBeGreaterThan(10);
    await page.close();
  });

  it('filters are history entries (Back undoes them), panning is not', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?from=2019-01-01&to=2019-03-31`);
    await waitForTimeline(page);
    const before = await page.locator(EVENT_ITEMS).count();

    await page.locator('.kind-filter').getByRole('button', { name: 'Sanction', exact: true }).click();
    await page.waitForURL(/kinds=SANCTION/);
    await waitForTimeline(page);
    await page.waitForFunction((n) => document.querySelectorAll('.vis-item.tl-event.vis-box, .vis-item.tl-event.vis-range').length < n, before);
    const kinds = await page.locator(EVENT_ITEMS).evaluateAll((nodes) => nodes.map((n) => n.classList.contains('kind-sanction')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(Boolean)).toBe(true);

    // Dragging the timeline moves the window in the URL without a new entry.
    const entries = await page.evaluate(() => history.length);
    const canvas = (await page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height - 20);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width / 2 - 300, canvas.y + canvas.height - 20, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.get('from') !== '2019-01-01');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(page.url()).toContain('kinds=SANCTION');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('kinds'));
    await waitForTimeline(page);
    await page.waitForFunction((n) => document.querySelectorAll('.vis-item.tl-event.vis-box, .vis-item.tl-event.vis-range').length >= n, before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the list loads more events a page at a time', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?view=list`);
    await page.locator('.event-list li').first().waitFor();
    expect(await page.locator('.event-list li').count()).toBe(50);
    const more = page.getByRole('button', { name: /Load more \(showing 50 of 60\)/ });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.event-list li').length === 60);
    expect(await more.count()).toBe(0);
    // Focus continues at the first new event.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.event-list li')[50])).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
