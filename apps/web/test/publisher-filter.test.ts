// The crisis as some outlets told it: the Sources control lists the
// timeline's publishers and their countries; ticking them narrows the events
// to what those outlets cite, in the URL, so the link opens the same view.
import { graphql } from '@chronicle/schema/test-client';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from '@chronicle/testing/browser';
import { TIMELINE, useAppInBrowser } from './support/testApp.ts';
import { EVENT_ITEMS, waitForTimeline } from './support/timelinePage.ts';

const ARRIVAL = 'Two Russian military planes land near Caracas with about 100 personnel';
const WINDOW = 'from=2019-03-10&to=2019-04-10';

const CitedBy = graphql(`
  query WebTestCitedBy($t: String!, $publishers: [String!], $countries: [String!]) {
    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }
  }
`);

async function listedTitles(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('.event-list .event-row-title').length === n, count);
  return (await page.locator('.event-list .event-row-title').allTextContents()).sort();
}

describeInBrowser('filtering by publisher and publisher country', () => {
  const session = useAppInBrowser();

  it('narrows the list to what one outlet cites, then to a country’s press, and keeps both in the link', async () => {
    const all = await session.app.graphql(CitedBy, { t: TIMELINE });
    const fortRuss = await session.app.graphql(CitedBy, { t: TIMELINE, publishers: ['Fort Russ'] });
    const american = await session.app.graphql(CitedBy, { t: TIMELINE, countries: ['US'] });
    const both = await session.app.graphql(CitedBy, { t: TIMELINE, publishers: ['Fort Russ'], countries: ['US'] });
    expect(fortRuss.events.totalCount).toBeGreaterThan(0);
    expect(fortRuss.events.totalCount).toBeLessThan(all.events.totalCount);
    expect(american.events.totalCount).toBeGreaterThan(0);

    const { page, errors } = await session.browser.newPage();
    await page.goto(`${session.app.url}/?view=list`);
    const sources = page.locator('details.publisher-filter');
    await sources.locator('summary').click();
    // Publishers most-cited first, each with its country where known.
    await sources.getByLabel('Fort Russ').waitFor();
    await sources.getByLabel('Fort Russ').check();
    await page.waitForURL(/[?&]publisher=Fort\+Russ(&|$)/);
    expect(await listedTitles(page, fortRuss.events.totalCount)).toEqual(fortRuss.events.nodes.map((e) => e.title).sort());
    expect(await sources.locator('summary').textContent()).toContain('1 chosen');

    await sources.getByRole('group', { name: 'Publisher country' }).getByLabel('United States').check();
    await page.waitForURL(/[?&]countries=US(&|$)/);
    expect(await listedTitles(page, both.events.totalCount)).toEqual(both.events.nodes.map((e) => e.title).sort());

    // The link opens the same view, the boxes ticked.
    const again = await session.browser.newPage();
    await again.page.goto(page.url());
    expect(await listedTitles(again.page, both.events.totalCount)).toEqual(both.events.nodes.map((e) => e.title).sort());
    await again.page.locator('details.publisher-filter summary').click();
    expect(await again.page.locator('details.publisher-filter').getByLabel('Fort Russ').isChecked()).toBe(true);

    // Untick the outlet: the country's press alone.
    await sources.getByLabel('Fort Russ').uncheck();
    await page.waitForURL((url) => !url.searchParams.has('publisher'));
    expect(await listedTitles(page, american.events.totalCount)).toEqual(american.events.nodes.map((e) => e.title).sort());

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('countries'));
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('draws lanes by source: each chosen outlet’s events on its own lane, an event both cite on both', async () => {
    const inWindow = (publishers: string[]) =>
      session.app.graphql(CitedBy, { t: TIMELINE, publishers }).then(({ events }) => new Set(events.nodes.map((e) => e.title)));
    const fortRuss = await inWindow(['Fort Russ']);
    const hill = await inWindow(['The Hill']);
    const { page, errors } = await session.browser.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${session.app.url}/?${WINDOW}&publisher=Fort+Russ&publisher=The+Hill`);
    await waitForTimeline(page);
    await page.locator('.segmented label', { hasText: 'By source' }).click();
    await page.waitForURL(/lanes=source/);
    await page.locator('.vis-labelset .vis-label', { hasText: 'The Hill' }).waitFor();
    const lanes = await page.evaluate((items) => {
      const labels = [...document.querySelectorAll('.vis-labelset .vis-label')].map((l) => l.querySelector('.tl-lane-name')?.textContent ?? '');
      const groups = [...document.querySelectorAll('.vis-foreground > .vis-group')];
      return labels.map((label, i) => ({
        label,
        titles: [...(groups[i]?.querySelectorAll(`${items.replace('.timeline-canvas ', '')} .tl-title`) ?? [])].map((t) => t.textContent ?? ''),
      }));
    }, EVENT_ITEMS);
    expect(lanes.map((l) => l.label)).toEqual(['Fort Russ', 'The Hill']);
    const [fortRussLane, hillLane] = lanes;
    expect(fortRussLane!.titles).toContain(ARRIVAL);
    expect(hillLane!.titles).toContain(ARRIVAL);
    expect(fortRussLane!.titles.every((t) => fortRuss.has(t))).toBe(true);
    expect(hillLane!.titles.every((t) => hill.has(t))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
