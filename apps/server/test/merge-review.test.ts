// Merging and rejecting must not let evidence past review: what readers
// never saw arrives on the kept event or stance as a draft, and rejecting one
// passage of an article keeps the quotes its other passages still carry.
import type { Database } from '@chronicle/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeActors } from '../src/review/actors.ts';
import { rejectCitation } from '../src/review/citation-review.ts';
import { mergeEvents } from '../src/review/merge-events.ts';
import { publishEvent, rejectEvent } from '../src/review/review-status.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

let hashes = 0;
const newSource = (db: Database, title: string) =>
  db.source.create({ data: { title, publisher: title, contentHash: String(++hashes).padStart(64, '0'), text: `${title} full text.` } });

const day = (iso: string) => ({ precision: 'DAY' as const, startsOn: new Date(iso), endsOn: new Date(iso) });

describe('review survives merges and partial rejections', () => {
  let api: TestApi;
  let db: Database;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    db = api.database.db;
  });
  afterAll(() => api.close());

  it('a rejected event merged into a published one brings its evidence as drafts', async () => {
    const shown = await newSource(db, 'Shown Wire');
    const hidden = await newSource(db, 'Hidden Wire');
    const keep = await db.event.create({
      data: {
        title: 'Kept',
        kind: 'OTHER',
        status: 'PUBLISHED',
        ...day('2019-02-01'),
        citations: { create: { sourceId: shown.id, passage: 'shown', status: 'PUBLISHED' } },
      },
    });
    const merge = await db.event.create({
      data: {
        title: 'Merged',
        kind: 'OTHER',
        status: 'DRAFT',
        ...day('2019-02-01'),
        citations: { create: { sourceId: hidden.id, passage: 'hidden', status: 'DRAFT' } },
        quotes: { create: { sourceId: hidden.id, text: 'hidden words', status: 'DRAFT' } },
      },
    });
    // Published, then rejected: its citation and quote stay PUBLISHED under a REJECTED event.
    await publishEvent(db, merge.id);
    await rejectEvent(db, merge.id);

    const kept = await mergeEvents(db, keep.id, merge.id);
    expect(kept.needsReview).toBe(true);
    const citations = await db.citation.findMany({ where: { eventId: keep.id }, select: { passage: true, status: true }, orderBy: { passage: 'asc' } });
    expect(citations).toEqual([
      { passage: 'hidden', status: 'DRAFT' },
      { passage: 'shown', status: 'PUBLISHED' },
    ]);
    expect(await db.quote.findMany({ where: { eventId: keep.id }, select: { status: true } })).toEqual([{ status: 'DRAFT' }]);

    const { body } = await api.request(`{ sources(search: "Hidden Wire") { totalCount } }`);
    expect(body.data).toEqual({ sources: { totalCount: 0 } });
  });

  it('merging actors moves a rejected stance’s evidence as drafts, and keeps a public stance public', async () => {
    const [a, b, target] = await Promise.all(
      ['Alpha', 'Beta', 'Target'].map((name) => db.actor.create({ data: { slug: name.toLowerCase(), name, kind: 'COUNTRY' } })),
    );
    const published = await newSource(db, 'Stance Shown');
    const rejected = await newSource(db, 'Stance Hidden');
    await db.stance.create({
      data: {
        actorId: a!.id,
        targetId: target!.id,
        kind: 'SUPPORTS',
        status: 'PUBLISHED',
        citations: { create: { sourceId: published.id, status: 'PUBLISHED' } },
      },
    });
    await db.stance.create({
      data: {
        actorId: b!.id,
        targetId: target!.id,
        kind: 'SUPPORTS',
        status: 'REJECTED',
        citations: { create: { sourceId: rejected.id, status: 'PUBLISHED' } },
      },
    });
    // And the other way round: a published stance merged onto a draft one.
    await db.stance.create({ data: { actorId: a!.id, targetId: target!.id, kind: 'OPPOSES', status: 'DRAFT' } });
    await db.stance.create({
      data: {
        actorId: b!.id,
        targetId: target!.id,
        kind: 'OPPOSES',
        status: 'PUBLISHED',
        citations: { create: { sourceId: published.id, passage: 'opposes', status: 'PUBLISHED' } },
      },
    });

    await mergeActors(db, a!.id, b!.id);
    const stances = await db.stance.findMany({
      where: { actorId: a!.id },
      select: { kind: true, status: true, citations: { select: { sourceId: true, status: true }, orderBy: { status: 'asc' } } },
      orderBy: { kind: 'asc' },
    });
    expect(stances).toEqual([
      {
        kind: 'SUPPORTS',
        status: 'PUBLISHED',
        citations: expect.arrayContaining([
          { sourceId: published.id, status: 'PUBLISHED' },
          { sourceId: rejected.id, status: 'DRAFT' },
        ]),
      },
      { kind: 'OPPOSES', status: 'PUBLISHED', citations: [{ sourceId: published.id, status: 'PUBLISHED' }] },
    ]);
    const { body } = await api.request(`{ sources(search: "Stance Hidden") { totalCount } }`);
    expect(body.data).toEqual({ sources: { totalCount: 0 } });
  });

  it('rejecting one of two draft passages of an article leaves its quotes to the other', async () => {
    const wire = await newSource(db, 'Two Passages');
    const other = await newSource(db, 'Earlier Wire');
    const event = await db.event.create({
      data: {
        title: 'Twice cited',
        kind: 'STATEMENT',
        status: 'PUBLISHED',
        ...day('2019-03-01'),
        citations: {
          create: [
            { sourceId: other.id, passage: 'earlier', status: 'PUBLISHED' },
            { sourceId: wire.id, passage: 'first', passageStart: 0, status: 'DRAFT' },
            { sourceId: wire.id, passage: 'second', passageStart: 10, status: 'DRAFT' },
          ],
        },
        quotes: { create: { sourceId: wire.id, text: 'said twice', status: 'DRAFT' } },
      },
    });
    const first = await db.citation.findFirstOrThrow({ where: { eventId: event.id, passage: 'first' } });
    await rejectCitation(db, first.id);
    expect(await db.quote.findMany({ where: { eventId: event.id }, select: { status: true } })).toEqual([{ status: 'DRAFT' }]);
  });
});
