// What a person sees on the timeline page, read from the DOM.
import type { Page } from 'playwright-core';

/** Event items drawn on the timeline (clustered ones are not drawn). */
export const EVENT_ITEMS = '.timeline-canvas .vis-item.tl-event:not(.vis-line):not(.vis-dot)';

/** Waits until the timeline has loaded what it asked for and drawn it (or said there is nothing). */
export async function waitForTimeline(page: Page): Promise<void> {
  await page.waitForSelector('.timeline-canvas[aria-busy="false"]');
  await page.locator('.timeline-vis .vis-timeline').waitFor({ state: 'visible' });
  await page.waitForFunction(
    (items) => document.querySelector(`${items}, .vis-item.tl-density-bucket, .timeline-view .state`) !== null,
    EVENT_ITEMS,
  );
}

export async function timelineTitles(page: Page): Promise<string[]> {
  const titles = await page.locator(`${EVENT_ITEMS} .tl-title`).allTextContents();
  return [...new Set(titles)].sort();
}

export async function listTitles(page: Page): Promise<string[]> {
  return (await page.locator('.event-list .event-open').allTextContents()).sort();
}

export interface SentOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

/** Every GraphQL operation the page sends, in order. */
export function recordOperations(page: Page): SentOperation[] {
  const sent: SentOperation[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null;
    sent.push({ operationName: body?.operationName ?? '', variables: body?.variables ?? {} });
  });
  return sent;
}
