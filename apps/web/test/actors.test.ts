// The actor review page in Chromium: proposed actors come with the passages
// that named them; one is confirmed under a better name, kind and aliases,
// another is merged into the actor on file after the page says what the merge
// does, and two drafts of one happening are merged into one event.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '@chronicle/server/testing';
import { describeInBrowser, openBrowser, type TestBrowser } from '@chronicle/testing/browser';
import { startTestApp, XSS, type TestApp } from './support/testApp.ts';

const SHCHETININ_PASSAGE = 'Alexander Shchetinin, head of the Latin America department of the Russian foreign ministry, said Moscow would not leave.';
const PADRINO_PASSAGE = 'Padrino told troops in Fuerte Tiuna that the armed forces would never accept a president imposed from abroad.';
const KEEP_TITLE = 'Padrino tells troops the army will not accept an imposed president';
const DUPLICATE_TITLE = 'Defence minister rejects imposed president in Fuerte Tiuna speech';

describeInBrowser('reviewing actors at /actors', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let token: string;
  let ids: { shchetinin: string; padrino: string; padrinoOnFile: string; keep: string; duplicate: string };

  beforeAll(async () => {
    app = await startTestApp();
    const { db } = app.database;
    const source = await db.source.create({
      data: { title: 'Padrino at Fuerte Tiuna', publisher: 'Telesur', contentHash: 'a'.repeat(64), publishedOn: new Date('2019-02-24') },
    });
    const draft = (title: string, passage: string) =>
      db.event.create({
        data: {
          title,
          kind: 'STATEMENT',
          status: 'DRAFT',
          precision: 'DAY',
          startsOn: new Date('2019-02-24'),
          endsOn: new Date('2019-02-24'),
          citations: { create: { sourceId: source.id, passage } },
        },
      });
    const keep = await draft(KEEP_TITLE, PADRINO_PASSAGE);
    const duplicate = await draft(DUPLICATE_TITLE, XSS.passage);
    const other = await draft('Russian diplomat says Moscow stays in Venezuela', SHCHETININ_PASSAGE);
    const shchetinin = await db.actor.create({ data: { slug: 'shchetinin-proposed', name: 'Shchetinin', kind: 'ORGANIZATION', status: 'PROPOSED' } });
    const padrino = await db.actor.create({ data: { slug: 'padrino-proposed', name: 'Padrino', kind: 'PERSON', status: 'PROPOSED' } });
    await db.eventActor.createMany({
      data: [
        { eventId: other.id, actorId: shchetinin.id, role: 'SPEAKER' },
        { eventId: keep.id, actorId: padrino.id, role: 'SPEAKER' },
        { eventId: duplicate.id, actorId: padrino.id, role: 'SPEAKER' },
      ],
    });
    const padrinoOnFile = await db.actor.findUniqueOrThrow({ where: { slug: 'vladimir-padrino-lopez' } });
    ids = { shchetinin: shchetinin.id, padrino: padrino.id, padrinoOnFile: padrinoOnFile.id, keep: keep.id, duplicate: duplicate.id };
    token = (await createApiToken(db, 'actor review editor')).token;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('confirms one proposed actor renamed, merges another into the actor on file, each merge said before it is done', async () => {
    const { db } = app.database;
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/actors`);
    await page.getByLabel('Editor token').fill(token);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.getByRole('heading', { name: '2 proposed actors' }).waitFor();

    const shchetinin = page.locator('.actor-review-card', { has: page.locator('h3', { hasText: /^Shchetinin$/ }) });
    expect(await shchetinin.locator('.review-passage').allTextContents()).toEqual([SHCHETININ_PASSAGE]);
    // The words ingestion read as this actor are marked in the passage.
    expect(await shchetinin.locator('.review-passage mark.naming-word').allTextContents()).toEqual(['Shchetinin']);
    expect(await shchetinin.locator('.review-meta').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Telesur, 2019-02-24 · Russian diplomat says Moscow stays in Venezuela/)]),
    );
    // Untrusted passages are text, never markup.
    const padrino = page.locator('.actor-review-card', { has: page.locator('h3', { hasText: /^Padrino$/ }) });
    expect(await padrino.locator('.review-passage').allTextContents()).toEqual(expect.arrayContaining([PADRINO_PASSAGE, XSS.passage]));

    await shchetinin.getByLabel('Name').fill('Alexander Shchetinin');
    await shchetinin.getByLabel('Kind').selectOption({ label: 'Person' });
    await shchetinin.getByLabel('Aliases (comma-separated)').fill('Shchetinin, head of the Latin America department');
    await shchetinin.getByRole('button', { name: 'Confirm as a new actor' }).click();
    await page.getByRole('status').filter({ hasText: 'Alexander Shchetinin confirmed.' }).waitFor();
    await page.getByRole('heading', { name: '1 proposed actor' }).waitFor();
    const confirmed = await db.actor.findUniqueOrThrow({ where: { id: ids.shchetinin } });
    expect(confirmed).toMatchObject({
      status: 'CONFIRMED',
      name: 'Alexander Shchetinin',
      kind: 'PERSON',
      aliases: ['Shchetinin', 'head of the Latin America department'],
    });

    // Merge: the target is found by alias; the page says what happens, and nothing does until confirmed.
    await padrino.getByLabel('Or merge into an actor on file').fill('Padrino');
    await padrino.getByRole('button', { name: /^Vladimir Padrino López/ }).click();
    const dialog = padrino.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain(
      '“Padrino” will be deleted and become an alias of Vladimir Padrino López. Its 2 events, quotes and stances move to Vladimir Padrino López.',
    );
    expect(await dialog.textContent()).toContain('This cannot be undone.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await padrino.getByRole('alertdialog').count()).toBe(0);
    expect(await db.actor.count({ where: { id: ids.padrino } })).toBe(1);

    await padrino.getByLabel('Or merge into an actor on file').fill('Padrino López');
    await padrino.getByRole('button', { name: /^Vladimir Padrino López/ }).click();
    await padrino.getByRole('button', { name: 'Merge into Vladimir Padrino López' }).click();
    await page.getByRole('status').filter({ hasText: 'Padrino merged into Vladimir Padrino López.' }).waitFor();
    await page.getByRole('heading', { name: '0 proposed actors' }).waitFor();
    expect(await db.actor.count({ where: { id: ids.padrino } })).toBe(0);
    const links = await db.eventActor.findMany({ where: { eventId: { in: [ids.keep, ids.duplicate] } } });
    expect(links.map((l) => l.actorId)).toEqual([ids.padrinoOnFile, ids.padrinoOnFile]);

    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('merges a duplicate event into the one kept, after saying what moves and what is deleted', async () => {
    const { db } = app.database;
    const { page, errors } = await browser.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.getByLabel('Editor token').fill(token);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.goto(`${app.url}/actors`);
    const section = page.getByRole('region', { name: 'Merge duplicate events' });
    await section.getByLabel('Event to keep').fill('Padrino troops');
    await section.getByRole('button', { name: new RegExp(`^${KEEP_TITLE}`) }).click();
    await section.getByLabel('Duplicate to merge into it').fill('Fuerte Tiuna speech');
    await section.getByRole('button', { name: new RegExp(`^${DUPLICATE_TITLE}`) }).click();
    await section.getByRole('button', { name: 'Merge…' }).click();
    const dialog = section.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain(`“${DUPLICATE_TITLE}” will be deleted. Its 1 citation, quotes, actors and timelines move to “${KEEP_TITLE}”.`);
    expect(await db.event.count({ where: { id: ids.duplicate } })).toBe(1);
    await dialog.getByRole('button', { name: 'Merge the events' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `“${DUPLICATE_TITLE}” merged into “${KEEP_TITLE}”.` })
      .waitFor();
    expect(await db.event.count({ where: { id: ids.duplicate } })).toBe(0);
    expect((await db.citation.findMany({ where: { eventId: ids.keep } })).map((c) => c.passage).sort()).toEqual([PADRINO_PASSAGE, XSS.passage].sort());
    expect(errors).toEqual([]);
    await page.close();
  });
});
