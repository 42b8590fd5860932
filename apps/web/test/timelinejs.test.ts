// chronicle's TimelineJS export loaded into Knight Lab's real TimelineJS (from
// npm, served locally) in Chromium: every published event has its slide, and
// each slide shows its date as precisely as chronicle knows it: "June 2019"
// for a month, never "June 1, 2019".
import { parseCalendarDay } from '@chronicle/calendar';
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describeInBrowser, openBrowser, type TestBrowser, type WatchedPage } from '@chronicle/testing/browser';
import { startTestApp, TIMELINE, XSS, type TestApp } from './support/testApp.ts';
import { startTimelineJsHost, type TimelineJsHost } from './support/timelineJsHost.ts';

const PublishedEvents = graphql(`
  query TimelineJsTestEvents($t: String!, $first: Int) {
    events(filter: { timeline: $t }, first: $first) { totalCount nodes { id title date { start end precision isRange display } } }
  }
`);
type TestEvent = ResultOf<typeof PublishedEvents>['events']['nodes'][number];

const US_DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const US_MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How TimelineJS (English) writes a day, a month or a year. */
function tlDate(day: string, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  const date = parseCalendarDay(day);
  if (date === null) throw new Error(`not a calendar day: ${day}`);
  if (precision === 'YEAR') return String(date.getUTCFullYear());
  return (precision === 'MONTH' ? US_MONTH : US_DAY).format(date);
}

/** The date a slide must show: only the parts chronicle knows; a week in chronicle's own words. */
function expectedDate(event: TestEvent): string {
  const { precision, start, end, isRange, display } = event.date;
  if (precision === 'WEEK') return display;
  if (!isRange) return tlDate(start, precision);
  const lastPeriod = precision === 'DAY' ? end : precision === 'MONTH' ? `${end.slice(0, 7)}-01` : `${end.slice(0, 4)}-01-01`;
  return `${tlDate(start, precision)} — ${tlDate(lastPeriod, precision)}`;
}

describeInBrowser('the TimelineJS export in the real TimelineJS', () => {
  let app: TestApp;
  let host: TimelineJsHost;
  let browser: TestBrowser;
  let events: TestEvent[];
  let watched: WatchedPage;

  beforeAll(async () => {
    app = await startTestApp();
    const response = await fetch(`${app.url}/timelines/${TIMELINE}/export.timelinejs.json`);
    expect(response.status).toBe(200);
    host = await startTimelineJsHost(await response.json());
    events = (await app.graphql(PublishedEvents, { t: TIMELINE, first: 200 })).events.nodes;
    browser = await openBrowser();
    watched = await browser.newPage();
    await watched.page.goto(host.url);
    await watched.page.waitForFunction(() => (window as { timelineLoaded?: boolean }).timelineLoaded === true);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await app?.close();
  });

  it('has a slide for every published event, each dated as precisely as chronicle knows it', async () => {
    const { page } = watched;
    const slides = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.tl-slide')].map((slide) => [
          slide.id,
          {
            date: slide.querySelector('.tl-headline-date')?.textContent?.trim() ?? '',
            headline: slide.querySelector('.tl-headline')?.textContent?.trim() ?? '',
          },
        ]),
      ),
    );
    expect(events.length).toBeGreaterThanOrEqual(60);
    for (const event of events) {
      expect(slides[event.id], event.title).toEqual({ date: expectedDate(event), headline: event.title });
    }
    const precisions = new Set(events.map((e) => e.date.precision));
    expect(precisions).toEqual(new Set(['DAY', 'WEEK', 'MONTH']));
    // The sample's month events, by name: no day was made up for them.
    const june = events.filter((e) => e.date.precision === 'MONTH' && e.date.start === '2019-06-01');
    expect(june.length).toBeGreaterThanOrEqual(1);
    for (const event of june) expect(slides[event.id]?.date).toBe('June 2019');
  });

  it("opens a month event's slide with its month shown, and runs nothing from the data", async () => {
    const { page, errors, externalRequests } = watched;
    const june = events.find((e) => e.date.precision === 'MONTH' && e.date.start === '2019-06-01')!;
    await page.evaluate((id) => (window as unknown as { timeline: { goToId(id: string): void } }).timeline.goToId(id), june.id);
    const slide = page.locator(`[id="${june.id}"]`);
    await expect.poll(() => slide.locator('.tl-headline-date').isVisible()).toBe(true);
    expect(await slide.locator('.tl-headline-date').textContent()).toBe('June 2019');
    // The hostile event's title arrives as text.
    const hostile = events.find((e) => e.title === XSS.title)!;
    expect(await page.locator(`[id="${hostile.id}"] .tl-headline`).textContent()).toBe(XSS.title);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    // Sources' addresses are links for the reader: loading the export reaches nothing beyond this machine.
    expect(externalRequests).toEqual([]);
  });
});
