// The timeline page in Chromium: the sample events on the axis, their honest
// dates, opening one, filtering by an actor from the URL, the list view
// agreeing with the timeline, and the keyboard.
import { mkdir } from 'node:fs/promises';
import { graphql } from '@chronicle/schema/test-client';
import type { ResultOf } from '@graphql-typed-document-node/core';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowser, type TestBrowser, type WatchedPage } from '@chronicle/testing/browser';
import { takeScreenshots } from './support/env.ts';
import { startTestApp, TIMELINE, type TestApp } from './support/testApp.ts';
import { EVENT_ITEMS, listTitles, recordOperations, timelineTitles, titleSights, waitForTimeline } from './support/timelinePage.ts';
import { webRoot } from './support/webBuild.ts';

const SCREENSHOT = path.resolve(webRoot, '../../docs/screenshot-timeline.png');
// Forty days: narrow enough that nothing is folded into clusters.
const EARLY_2019 = 'from=2019-01-01&to=2019-02-09';

const ActorsByName = graphql(`query WebTestActors($s: String!) { actors(search: $s) { nodes { id name } } }`);
// `first` as a variable: a literal one multiplies the query's cost.
const TimelineEventsWithActors = graphql(`
  query WebTestTimelineEvents($t: String!, $first: Int) {
    events(filter: { timeline: $t }, first: $first) { nodes { id title date { start end } actors { actor { id } } } }
  }
`);

describeInBrowser('the timeline page', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let guaidoId: string;
  let all: ResultOf<typeof TimelineEventsWithActors>['events']['nodes'];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await openBrowser();
    const actors = await app.graphql(ActorsByName, { s: 'Guaidó' });
    guaidoId = actors.actors.nodes.find((a) => a.name === 'Juan Guaidó')!.id;
    const events = await app.graphql(TimelineEventsWithActors, { t: TIMELINE, first: 200 });
    all = events.events.nodes;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(query = ''): Promise<WatchedPage> {
    const watched = await browser.newPage();
    await watched.page.goto(`${app.url}/${query}`);
    await waitForTimeline(watched.page);
    return watched;
  }

  it('opens on the crisis timeline with its events, spans shown as bars with their honest date', async () => {
    const { page, errors } = await open();
    expect(await page.locator('h1').textContent()).toBe('Venezuelan presidential crisis 2019');
    const titles = await timelineTitles(page);
    expect(titles.length).toBeGreaterThanOrEqual(25);
    expect(titles.filter((t) => t.includes('Maduro')).length).toBeGreaterThanOrEqual(3);

    // "June 2019" events are bars over the month, hatched, labelled with the month.
    const june = page.locator('.vis-item.vis-range.tl-span-imprecise', { hasText: 'June 2019' });
    expect(await june.count()).toBeGreaterThanOrEqual(1);
    // The bar covers the month on the axis, from the June tick to the July one.
    const box = (await june.first().boundingBox())!;
    const tick = async (month: string) => (await page.locator('.vis-time-axis .vis-text.vis-minor', { hasText: month }).first().boundingBox())!.x;
    const [jun, jul] = [await tick('Jun'), await tick('Jul')];
    expect(box.width).toBeGreaterThan(60);
    expect(Math.abs(box.x - jun)).toBeLessThan(6);
    expect(Math.abs(box.x + box.width - jul)).toBeLessThan(6);
    // No label turns a month into its first day.
    const labels = await page.locator(EVENT_ITEMS).allTextContents();
    expect(labels.some((l) => /\b1 June 2019\b/.test(l))).toBe(false);
    expect(errors).toEqual([]);

    // The README's picture is taken on request, so a test run leaves the working tree as it was.
    if (takeScreenshots) {
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }
    await page.close();
  });

  it('at the default zoom, the titles of events known only to the month or week can be read whole', async () => {
    const { page, errors } = await open();
    const periods = await titleSights(page, '.tl-span-imprecise');
    // The Russian foreign ministry's June statements, and every other period event in view.
    const zakharova = periods.filter((p) => p.title.startsWith('Zakharova'));
    expect(zakharova.map((p) => p.title).sort()).toEqual([
      "Zakharova asks Washington to stop trying to split Venezuela's army",
      'Zakharova condemns new US sanctions against Cuba',
    ]);
    expect(periods.length).toBeGreaterThanOrEqual(4);
    for (const sight of periods) {
      expect(sight, sight.title).toMatchObject({ drawn: true, whole: true, inView: true, uncovered: true });
      expect(sight.fontSize).toBeGreaterThanOrEqual(12);
    }
    // Spans of a few days show their title too, and no item is drawn over it.
    const few = await titleSights(page, '.tl-span-precise');
    expect(few.length).toBeGreaterThanOrEqual(4);
    for (const sight of few.filter((s) => s.inView)) expect(sight, sight.title).toMatchObject({ drawn: true, uncovered: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking the 23 January 2019 Guaidó event opens its details with sources, and Back closes them', async () => {
    const { page, errors } = await open('?from=2019-01-20&to=2019-01-26');
    await page.locator(EVENT_ITEMS, { hasText: 'Guaidó proclaims himself interim president' }).click();

    const detail = page.locator('aside.detail');
    await detail.locator('h2', { hasText: 'Guaidó proclaims himself interim president' }).waitFor();
    expect(await detail.locator('.detail-date').textContent()).toBe('23 January 2019');
    expect(page.url()).toContain('event=');

    const link = detail.locator('.source-list a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^https?:\/\/[^/]+\.[a-z]+\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await detail.locator('.actor-chip', { hasText: 'Juan Guaidó' }).count()).toBe(1);
    // The selected item is marked on the timeline.
    expect(await page.locator('.vis-item.vis-selected', { hasText: 'Guaidó proclaims' }).count()).toBe(1);

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('aside.detail'));
    expect(page.url()).not.toContain('event=');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an actor filter in the URL narrows the timeline to that actor’s events', async () => {
    const everyone = await open(`?${EARLY_2019}`);
    const unfiltered = await timelineTitles(everyone.page);
    await everyone.page.close();

    const { page, errors } = await open(`?${EARLY_2019}&actors=${encodeURIComponent(guaidoId)}`);
    const filtered = await timelineTitles(page);
    const involving = all
      .filter((e) => e.date.end >= '2019-01-01' && e.date.start <= '2019-02-09')
      .filter((e) => e.actors.some((a) => a.actor.id === guaidoId))
      .map((e) => e.title)
      .sort();
    expect(involving.length).toBeGreaterThan(3);
    expect(filtered).toEqual(involving);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    // The filter is shown by name, removable.
    expect(await page.locator('.chips .chip-label').textContent()).toBe('Juan Guaidó');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the list view shows the same events as the timeline for the same filter', async () => {
    const filter = `${EARLY_2019}&kinds=DIPLOMATIC,POLITICAL`;
    const timeline = await open(`?${filter}`);
    const onTimeline = await timelineTitles(timeline.page);
    await timeline.page.close();

    const list = await browser.newPage();
    await list.page.goto(`${app.url}/?view=list&${filter}`);
    await list.page.locator('.event-list li').first().waitFor();
    const inList = await listTitles(list.page);
    expect(onTimeline.length).toBeGreaterThan(5);
    expect(inList).toEqual(onTimeline);
    // A real list: ordered, one heading per event, in time order.
    expect(await list.page.locator('ol.event-list > li h3 button').count()).toBe(inList.length);
    const starts = await list.page.locator('.event-list time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    expect(starts).toEqual([...starts].sort());
    expect(list.errors).toEqual([]);
    await list.page.close();
  });

  it('switches lanes: one per kind holds only that kind, back to none keeps every event', async () => {
    // Two months: wide enough that crowded days fold into clusters.
    const { page, errors } = await open('?from=2019-01-01&to=2019-03-01');
    const before = await page.locator(EVENT_ITEMS).count();
    expect(before).toBeGreaterThan(5);

    await page.locator('.segmented label', { hasText: 'By kind' }).click();
    await page.waitForURL(/lanes=kind/);
    await page.waitForFunction((items) => document.querySelectorAll(items).length > 5, EVENT_ITEMS);
    const lanes = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('.vis-labelset .vis-label')].map((l) => l.textContent?.trim() ?? '');
      const groups = [...document.querySelectorAll('.vis-foreground > .vis-group')];
      return labels.map((label, i) => ({
        label,
        kinds: [...(groups[i]?.querySelectorAll('.vis-item.tl-event.vis-box, .vis-item.tl-event.vis-range') ?? [])].map(
          (item) => [...item.classList].find((c) => c.startsWith('kind-')) ?? '',
        ),
      }));
    });
    expect(lanes.map((l) => l.label)).toContain('■Political');
    for (const lane of lanes) {
      const kind = `kind-${lane.label.replace(/^\W+/, '').toLowerCase()}`;
      expect(lane.kinds.every((k) => k === kind)).toBe(true);
    }

    await page.locator('.segmented label', { hasText: 'None' }).click();
    await page.waitForURL((url) => !url.searchParams.has('lanes'));
    await expect.poll(() => page.locator(EVENT_ITEMS).count()).toBe(before);
    expect(await page.locator('.vis-labelset .vis-label').count()).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads only the window in view (plus a margin), never the whole timeline', async () => {
    const watched = await browser.newPage();
    const operations = recordOperations(watched.page);
    await watched.page.goto(`${app.url}/?from=2019-03-01&to=2019-03-31`);
    await waitForTimeline(watched.page);
    const loads = operations.filter((o) => o.operationName === 'TimelineEvents');
    expect(loads.length).toBeGreaterThan(0);
    for (const { variables } of loads) {
      const filter = variables['filter'] as { from: string; to: string };
      expect(filter.from >= '2019-01-15' && filter.from <= '2019-03-01').toBe(true);
      expect(filter.to >= '2019-03-31' && filter.to <= '2019-05-15').toBe(true);
      expect(variables['first']).toBeLessThanOrEqual(200);
    }
    const titles = await timelineTitles(watched.page);
    expect(titles).toContain('Guaidó flies back to Caracas despite travel ban');
    expect(titles).not.toContain('Maduro sworn in for a second term');
    await watched.page.close();
  });

  it('zoomed out past two years, shows how many events happened when instead of the events', async () => {
    const watched = await browser.newPage();
    const operations = recordOperations(watched.page);
    await watched.page.goto(`${app.url}/?from=2016-01-01&to=2022-12-31`);
    await watched.page.locator('.vis-item.tl-density-bucket').first().waitFor();
    await waitForTimeline(watched.page);
    expect(await watched.page.locator(EVENT_ITEMS).count()).toBe(0);
    const counts = await watched.page.locator('.tl-density-count').allTextContents();
    // Every event counts in each bucket its span meets: at least one per event.
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(all.length);
    expect(operations.some((o) => o.operationName === 'TimelineDensity')).toBe(true);
    expect(operations.some((o) => o.operationName === 'TimelineEvents')).toBe(false);
    expect(await watched.page.locator('.view-status').textContent()).toContain('Zoom in');
    expect(watched.errors).toEqual([]);
    await watched.page.close();
  });

  it('is usable with the keyboard: Tab reaches the events, arrows move in time order, Enter opens one', async () => {
    const { page, errors } = await open(`?${EARLY_2019}`);
    // The last control before the timeline, then Tab into it.
    await page.locator('.segmented input[value="actor"]').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { id: el?.dataset['eventId'], start: el?.dataset['start'] };
    });
    expect(first.id).toBeTruthy();

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset['eventId'] !== id, first.id);
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.dataset['eventId'], start: el.dataset['start'] ?? '', title: el.querySelector('.tl-title')?.textContent };
    });
    expect(next.start >= first.start!).toBe(true);

    await page.keyboard.press('Enter');
    await page.locator('aside.detail h2', { hasText: next.title! }).waitFor();
    // Focus moves into the panel.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
