// Salience in Chromium: at the default view of the sample timeline, on a
// laptop and a small screen, the crisis's key events are drawn as items whose
// titles a person can read, never folded into a numbered cluster.
import { expect, it } from 'vitest';
import { describeInBrowser } from '@chronicle/testing/browser';
import { useAppInBrowser } from './support/testApp.ts';
import { titleSights, waitForTimeline } from './support/timelinePage.ts';

const MUST_READ = [
  // 10 January, 23 January, and the Russian statements of June.
  'Maduro sworn in for a second term',
  'Guaidó proclaims himself interim president',
  'Ryabkov: Russian military in Venezuela only to service earlier-supplied equipment',
  "Zakharova asks Washington to stop trying to split Venezuela's army",
  'Zakharova condemns new US sanctions against Cuba',
];

describeInBrowser('key events at the default view', () => {
  const session = useAppInBrowser();

  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    it(`at ${width}×${height}, the inauguration, the self-proclamation and the June Russian statements are drawn with readable titles`, async () => {
      const { page, errors } = await session.browser.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${session.app.url}/`);
      await waitForTimeline(page);
      // The whole crisis is in view, so crowded days do fold into clusters.
      expect(await page.locator('.timeline-canvas .vis-item.vis-cluster').count()).toBeGreaterThan(0);
      const sights = await titleSights(page);
      for (const title of MUST_READ) {
        const sight = sights.find((s) => s.title === title);
        expect(sight, `${title} is drawn as an item`).toBeDefined();
        expect(sight, title).toMatchObject({ drawn: true, whole: true, inView: true, uncovered: true });
        expect(sight!.fontSize).toBeGreaterThanOrEqual(12);
      }
      // Key events are marked as such for people who do not see the heavier frame.
      const label = await page.locator('.tl-key [data-event-id]', { hasText: 'Guaidó proclaims' }).getAttribute('aria-label');
      expect(label).toMatch(/^Key event\. /);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
