// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with
// the flags that keep it off the network, and a fresh profile per test file.
import type { BrowserContext, Page } from 'playwright-core';
import { describe } from 'vitest';
import { CHROMIUM, chromiumPresent, launchChromium } from './chromium.ts';
import { isCI } from './env.ts';

if (!chromiumPresent) {
  const why = `${CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install chromium).`;
  if (isCI) console.error(`${why} CI is set, so they fail instead of being skipped.`);
  else console.warn(`Skipping the browser tests. ${why}`);
}

/** A describe that is skipped (with the warning above) without Chromium, except on CI where it runs and fails. */
export const describeInBrowser = describe.skipIf(!chromiumPresent && !isCI);

export interface TestBrowser {
  context: BrowserContext;
  /** A new page that records page errors and any request that leaves this machine. */
  newPage(): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  errors: string[];
  externalRequests: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export async function openBrowser(): Promise<TestBrowser> {
  const { context, close } = await launchChromium();
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      // A page opened behind another one gets no animation frames, and
      // vis-timeline draws in animation frames.
      await page.bringToFront();
      const errors: string[] = [];
      const externalRequests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (!isLocal(request.url())) externalRequests.push(request.url());
      });
      return { page, errors, externalRequests };
    },
    close,
  };
}
