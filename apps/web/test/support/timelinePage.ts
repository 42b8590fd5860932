// What a person sees on the timeline page, read from the DOM.
import type { Page } from 'playwright-core';

/** Event items drawn on the timeline (clustered ones are not drawn). */
export const EVENT_ITEMS = '.timeline-canvas .vis-item.tl-event:not(.vis-line):not(.vis-dot)';

/** Waits until the timeline has loaded what it asked for and drawn it (or said there is nothing). */
export async function waitForTimeline(page: Page): Promise<void> {
  await page.waitForSelector('.timeline-canvas[aria-busy="false"]');
  await page.locator('.timeline-vis .vis-timeline').waitFor({ state: 'visible' });
  await page.waitForFunction((items) => document.querySelector(`${items}, .vis-item.tl-density-bucket, .timeline-view .state`) !== null, EVENT_ITEMS);
}

export async function timelineTitles(page: Page): Promise<string[]> {
  const titles = await page.locator(`${EVENT_ITEMS} .tl-title`).allTextContents();
  return [...new Set(titles)].sort();
}

/** How a person sees one item's title: whole or cut short, and whether anything hides part of it. */
export interface TitleSight {
  title: string;
  /** The title is drawn at all (not hidden for want of room). */
  drawn: boolean;
  /** The label holds its whole text: not clamped, no ellipsis. */
  whole: boolean;
  /** Every line of the title lies inside the visible part of the timeline. */
  inView: boolean;
  /** The middle of every shown line of the title is the title itself, not another item drawn over it. */
  uncovered: boolean;
  fontSize: number;
}

/** The sight of the titles of the event items matching `selector` (an extra class list such as `.tl-span-imprecise`). */
export async function titleSights(page: Page, selector = ''): Promise<TitleSight[]> {
  return page.evaluate(
    ({ items, selector }) => {
      const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>(`${items}${selector} .tl-item-content`)].map((label) => {
        const title = label.querySelector<HTMLElement>('.tl-title')!;
        const range = document.createRange();
        range.selectNodeContents(title);
        // Lines cut off by the label's clamp are judged by `whole`, not here.
        const shown = label.getBoundingClientRect();
        const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.bottom <= shown.bottom + 1);
        return {
          title: title.textContent ?? '',
          drawn: lines.length > 0,
          whole: label.scrollWidth <= label.clientWidth + 1 && label.scrollHeight <= label.clientHeight + 1,
          inView: lines.every((r) => r.left >= panel.left && r.right <= panel.right && r.top >= panel.top && r.bottom <= panel.bottom),
          uncovered: lines.every((r) => title.contains(document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2))),
          fontSize: parseFloat(getComputedStyle(title).fontSize),
        };
      });
    },
    { items: EVENT_ITEMS, selector },
  );
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
