// What the app says when there is nothing to show or something went wrong,
// and how the URL keeps the view: history entries for filters, none for
// panning; "load more" in the list.
import { expect, it } from 'vitest';
import { describeInBrowser } from '@chronicle/testing/browser';
import { useAppInBrowser } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';

// Looks like an event's ID, names none.
const UNKNOWN_EVENT = Buffer.from('Event:00000000-0000-8000-8000-000000000000').toString('base64');

describeInBrowser('states and the URL', () => {
  const session = useAppInBrowser();

  it('says when no event matches, and clearing the filters brings the events back', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/?q=${encodeURIComponent('zzyzx quokka')}`);
    const empty = page.locator('.state', { hasText: 'No events match' });
    await empty.waitFor();
    expect(await page.locator(EVENT_ITEMS).count()).toBe(0);
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator(EVENT_ITEMS).first().waitFor();
    expect(page.url()).not.toContain('q=');
    expect(await page.locator('.state', { hasText: 'No events match' }).count()).toBe(0);

    // The list view says the same.
    await page.goto(`${session.app.url}/?view=list&q=${encodeURIComponent('zzyzx quokka')}`);
    await page.locator('.state', { hasText: 'No events match' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the event in the link does not exist, for unknown and malformed IDs', async () => {
    const { page, errors } = await session.browser.newPage();
    for (const id of [UNKNOWN_EVENT, 'not-an-id']) {
      await page.goto(`${session.app.url}/?event=${encodeURIComponent(id)}`);
      await page.locator('aside.detail h2', { hasText: 'Event not found' }).waitFor();
    }
    // The timeline beside it still works.
    await waitForTimeline(page);
    expect(await page.locator(EVENT_ITEMS).count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the API cannot be reached, and Retry recovers once it is back', async () => {
    const { page } = await session.browser.newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${session.app.url}/`);
    const alert = page.getByRole('alert').filter({ hasText: 'Cannot reach the API' });
    await alert.waitFor();
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForTimeline(page);
    expect(await page.locator(EVENT_ITEMS).count()).toBeGreaterThan(10);
    await page.close();
  });

  it('filters are history entries (Back undoes them), panning is not', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/?from=2019-01-01&to=2019-03-31`);
    await waitForTimeline(page);
    const before = await page.locator(EVENT_ITEMS).count();

    await page.locator('.kind-filter').getByRole('button', { name: 'Sanction', exact: true }).click();
    await page.waitForURL(/kinds=SANCTION/);
    await waitForTimeline(page);
    await expect.poll(() => page.locator(EVENT_ITEMS).count()).toBeLessThan(before);
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
    await expect.poll(() => page.locator(EVENT_ITEMS).count()).toBeGreaterThanOrEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the list loads more events a page at a time', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/?view=list`);
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

  it('who backs whom groups stances by whom they are about, with since when and every source', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/?view=stances`);
    const maduro = page.locator('.stance-group', { has: page.locator('h3', { hasText: 'Nicolás Maduro' }) });
    const supporters = maduro.locator('table', { has: page.locator('caption', { hasText: 'Supported by' }) });
    const russia = supporters.locator('tr', { has: page.locator('th', { hasText: /^Russia$/ }) });
    await russia.waitFor();
    const source = russia.locator('a');
    expect(await source.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await russia.locator('.stance-sources li').allTextContents()).toEqual(['Fort Russ (opens in a new tab) · 25 June 2019']);

    const guaido = page.locator('.stance-group', { has: page.locator('h3', { hasText: 'Juan Guaidó' }) });
    // A stance stated by two sources lists both, the earliest first, each with its publisher, date and link.
    const usSupports = guaido
      .locator('table', { has: page.locator('caption', { hasText: 'Supported by' }) })
      .locator('tr', { has: page.locator('th', { hasText: /^United States$/ }) });
    expect(await usSupports.locator('.stance-sources li').allTextContents()).toEqual([
      'Proto Thema (English edition) (opens in a new tab) · 23 January 2019',
      'Fort Russ (opens in a new tab) · 25 June 2019',
    ]);
    const links = await usSupports.locator('.stance-sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([expect.stringMatching(/^http:\/\/en\.protothema\.gr\//), expect.stringMatching(/^https:\/\/fort-russ\.com\//)]);
    const recognisers = guaido.locator('table', { has: page.locator('caption', { hasText: 'Recognised by' }) });
    const us = recognisers.locator('tr', { has: page.locator('th', { hasText: /^United States$/ }) });
    expect(await us.locator('td').first().textContent()).toBe('23 January 2019');

    // A name leads to that actor's events on the timeline.
    await us.getByRole('button', { name: 'United States' }).click();
    await page.waitForURL((url) => url.searchParams.has('actors') && !url.searchParams.has('view'));
    await waitForTimeline(page);
    expect(await page.locator('.chips .chip-label').textContent()).toBe('United States');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds actors by alias on the server and filters by several of them', async () => {
    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/`);
    await waitForTimeline(page);
    const input = page.getByRole('combobox', { name: 'Actors' });
    await input.fill('deputy foreign minister');
    await page.getByRole('option', { name: /Sergei Ryabkov/ }).waitFor();
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForURL(/actors=/);
    await input.fill('Zakharova');
    await page.getByRole('option', { name: /Maria Zakharova/ }).click();
    await page.waitForURL((url) => url.searchParams.getAll('actors').length === 2);
    expect(await page.locator('.chips .chip-label').allTextContents()).toEqual(['Sergei Ryabkov', 'Maria Zakharova']);
    await waitForTimeline(page);
    const titles = await page.locator(`${EVENT_ITEMS} .tl-title`).allTextContents();
    expect(titles.some((t) => t.startsWith('Ryabkov:'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Zakharova'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
