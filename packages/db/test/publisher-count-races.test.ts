// The publisher counts under concurrent writes: a link or a citation written
// in one transaction while its event is published in another, and a link and
// a citation of one event written in two. Each trigger reads the other
// tables as its statement sees them, so without a lock between them each one
// misses the other's uncommitted rows and the counts drift (or go below 0).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCalendarDay, spanOf } from '@chronicle/calendar';
import { contentHashOfText } from '../src/content-hash.ts';
import type { ReviewStatus } from '../src/generated/prisma/enums.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { interleaver, type Interleaver } from './support/interleave.ts';

describe('publisher counts under concurrent writes', () => {
  let t: TestDatabase;
  let race: Interleaver;
  let timelineId = '';
  let sourceId = '';
  let eventId = '';
  beforeAll(async () => {
    t = await createTestDatabase();
    race = await interleaver(t.url);
    timelineId = (await t.db.timeline.create({ data: { slug: 'raced', title: 'Raced' } })).id;
  });
  afterAll(async () => {
    await race.close();
    await t.drop();
  });

  // Each case from nothing, so that one's drift does not show up as another's.
  beforeEach(async () => {
    await t.db.$executeRaw`TRUNCATE event, source CASCADE`;
    sourceId = (await t.db.source.create({ data: { title: 'tass', publisher: 'TASS', contentHash: contentHashOfText('tass') } })).id;
  });

  /** An event of its own for each case, cited by TASS (a published citation) or not, on the timeline or not. */
  async function event(status: ReviewStatus, { cited, linked }: { cited: boolean; linked: boolean }) {
    const created = await t.db.event.create({
      data: {
        title: 'raced event',
        kind: 'POLITICAL',
        status,
        ...spanOf(parseCalendarDay('2019-06-30')!, 'DAY'),
        ...(linked ? { timelines: { create: [{ timelineId }] } } : {}),
        ...(cited ? { citations: { create: [{ sourceId, status: 'PUBLISHED' }] } } : {}),
      },
    });
    eventId = created.id;
  }

  /** The counts kept, over all events and per timeline (rows at 0 aside), against those counted from the citations. */
  async function expectInStep() {
    const held = await t.db.$queryRaw<{ key: string }[]>`
      SELECT concat_ws(' ', 'all', publisher, events_by_any_citation, events_by_published_citations) AS key FROM publisher_event_count
      WHERE events_by_any_citation > 0
      UNION ALL
      SELECT concat_ws(' ', timeline_id, publisher, events_by_any_citation, events_by_published_citations) FROM timeline_publisher_event_count
      WHERE events_by_any_citation > 0
      ORDER BY 1`;
    const truth = await t.db.$queryRaw<{ key: string }[]>`
      WITH cited AS (
        SELECT c.event_id, s.publisher, bool_or(c.status = 'PUBLISHED') AS published
        FROM citation c JOIN source s ON s.id = c.source_id JOIN event e ON e.id = c.event_id
        WHERE s.publisher IS NOT NULL AND e.status = 'PUBLISHED' GROUP BY 1, 2
      )
      SELECT concat_ws(' ', 'all', publisher, count(*), count(*) FILTER (WHERE published)) AS key FROM cited GROUP BY publisher
      UNION ALL
      SELECT concat_ws(' ', te.timeline_id, publisher, count(*), count(*) FILTER (WHERE published))
      FROM cited JOIN timeline_event te ON te.event_id = cited.event_id GROUP BY te.timeline_id, publisher
      ORDER BY 1`;
    expect(held).toEqual(truth);
  }

  const link = () => `INSERT INTO timeline_event (timeline_id, event_id) VALUES ('${timelineId}', '${eventId}')`;
  const unlink = () => `DELETE FROM timeline_event WHERE timeline_id = '${timelineId}' AND event_id = '${eventId}'`;
  const cite = () => `INSERT INTO citation (id, event_id, source_id, status) VALUES (gen_random_uuid(), '${eventId}', '${sourceId}', 'PUBLISHED')`;
  const uncite = () => `DELETE FROM citation WHERE event_id = '${eventId}'`;
  const setStatus = (status: ReviewStatus) => `UPDATE event SET status = '${status}' WHERE id = '${eventId}'`;
  const renameSource = (publisher: string) => `UPDATE source SET publisher = '${publisher}' WHERE id = '${sourceId}'`;

  it('count a link added while its event is published', async () => {
    await event('DRAFT', { cited: true, linked: false });
    await race.run(link(), setStatus('PUBLISHED'));
    await expectInStep();
  });

  it('count a link added to an event being published', async () => {
    await event('DRAFT', { cited: true, linked: false });
    await race.run(setStatus('PUBLISHED'), link());
    await expectInStep();
  });

  it('uncount a link removed while its event is published', async () => {
    await event('DRAFT', { cited: true, linked: true });
    await race.run(unlink(), setStatus('PUBLISHED'));
    await expectInStep();
  });

  it('uncount a link removed from an event being published', async () => {
    await event('DRAFT', { cited: true, linked: true });
    await race.run(setStatus('PUBLISHED'), unlink());
    await expectInStep();
  });

  it('count a citation added while its event is published', async () => {
    await event('DRAFT', { cited: false, linked: true });
    await race.run(cite(), setStatus('PUBLISHED'));
    await expectInStep();
  });

  it('count a citation added to an event being published', async () => {
    await event('DRAFT', { cited: false, linked: true });
    await race.run(setStatus('PUBLISHED'), cite());
    await expectInStep();
  });

  it('uncount a citation removed while its event is unpublished', async () => {
    await event('PUBLISHED', { cited: true, linked: true });
    await race.run(uncite(), setStatus('DRAFT'));
    await expectInStep();
  });

  it('count a citation added to a published event while it is linked', async () => {
    await event('PUBLISHED', { cited: false, linked: false });
    await race.run(cite(), link());
    await expectInStep();
  });

  it('count a link added to a published event while it is cited', async () => {
    await event('PUBLISHED', { cited: false, linked: false });
    await race.run(link(), cite());
    await expectInStep();
  });

  it('count a citation added while its source changes publisher', async () => {
    await event('PUBLISHED', { cited: false, linked: true });
    await race.run(cite(), renameSource('ITAR-TASS'));
    await expectInStep();
  });

  it('count a citation added to a source changing publisher', async () => {
    await event('PUBLISHED', { cited: false, linked: true });
    await race.run(renameSource('ITAR-TASS'), cite());
    await expectInStep();
  });

  it('move the citations of a source that changes publisher while their event is published', async () => {
    await event('DRAFT', { cited: true, linked: true });
    await race.run(renameSource('ITAR-TASS'), setStatus('PUBLISHED'));
    await expectInStep();
  });

  it('move the citations of a source that changes publisher to an event being published', async () => {
    await event('DRAFT', { cited: true, linked: true });
    await race.run(setStatus('PUBLISHED'), renameSource('ITAR-TASS'));
    await expectInStep();
  });
});
