// Where sources disagree on who backs whom, the stances view shows both
// accounts side by side, each with its own source and date, and marks the
// rows in the tables. The disagreement here is made up for the test (a
// fictional country), written straight into the test's own database.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, type TestApp } from './support/testApp.ts';

async function addDisagreement(app: TestApp): Promise<void> {
  const { db } = app.database;
  const maduro = await db.actor.findUniqueOrThrow({ where: { slug: 'nicolas-maduro' }, select: { id: true } });
  const ruritania = await db.actor.create({ data: { slug: 'ruritania', name: 'Ruritania', kind: 'COUNTRY' } });
  const accounts = [
    { kind: 'SUPPORTS' as const, publisher: 'Strelsau Daily', publishedOn: '2019-03-04', passage: 'Ruritania supports Maduro’s government.' },
    { kind: 'OPPOSES' as const, publisher: 'Zenda Courier', publishedOn: '2019-05-06', passage: 'Ruritania opposes Maduro.' },
  ];
  for (const [index, account] of accounts.entries()) {
    const source = await db.source.create({
      data: {
        title: `Report ${index + 1}`,
        publisher: account.publisher,
        contentHash: String(index + 1).repeat(64),
        publishedOn: new Date(account.publishedOn),
      },
    });
    await db.stance.create({
      data: {
        actorId: ruritania.id,
        targetId: maduro.id,
        kind: account.kind,
        status: 'PUBLISHED',
        citations: { create: { sourceId: source.id, passage: account.passage, status: 'PUBLISHED' } },
      },
    });
  }
}

describeInBrowser('contested stances', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    await addDisagreement(app);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows both accounts side by side with their sources and dates, and marks the table rows', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/?view=stances`);
    const pair = page.getByRole('article', { name: 'Ruritania towards Nicolás Maduro: sources disagree' });
    await pair.waitFor();
    const accounts = pair.locator('.contested-account');
    expect(await accounts.count()).toBe(2);
    expect(await accounts.nth(0).textContent()).toMatch(/Supports.*Strelsau Daily · 4 March 2019/);
    expect(await accounts.nth(1).textContent()).toMatch(/Opposes.*Zenda Courier · 6 May 2019/);
    // Side by side: the two cards share a row on a desktop screen.
    const [first, second] = await Promise.all([accounts.nth(0).boundingBox(), accounts.nth(1).boundingBox()]);
    expect(first!.y).toBe(second!.y);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
    const markedRows = page.locator('.stance-table tbody tr', { hasText: 'Ruritania' }).locator('.stance-contested');
    expect(await markedRows.count()).toBe(2);
    // The sample data's own stances are not contested.
    expect(await page.locator('.contested-pair').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
