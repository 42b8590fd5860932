// timeline_span_count under concurrent writes: a link written in one
// transaction while its event's status changes in another. Each trigger reads
// the other table as its statement sees it, so without a lock between them
// each one misses the other's uncommitted row and the count drifts (or goes
// below 0). Both orders, for a link added and a link removed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCalendarDay, spanOf } from '@chronicle/calendar';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { interleaver, type Interleaver } from './support/interleave.ts';

describe('per-timeline span counts under concurrent writes', () => {
  let t: TestDatabase;
  let race: Interleaver;
  let timelineId = '';
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

  /** A draft event of its own for each case, on the timeline or not. */
  async function draftEvent(linked: boolean) {
    const event = await t.db.event.create({
      data: {
        title: 'raced event',
        kind: 'POLITICAL',
        status: 'DRAFT',
        ...spanOf(parseCalendarDay('2019-06-30')!, 'DAY'),
        ...(linked ? { timelines: { create: [{ timelineId }] } } : {}),
      },
    });
    return event.id;
  }
  // Each case from nothing, so that one's drift does not show up as another's.
  beforeEach(async () => {
    await t.db.$executeRaw`TRUNCATE event CASCADE`;
  });

  async function expectInStep() {
    const held = await t.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT concat_ws(' ', timeline_id, status, kind, starts_on, ends_on) AS key, events AS n FROM timeline_span_count WHERE events > 0 ORDER BY 1`;
    const truth = await t.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT concat_ws(' ', te.timeline_id, e.status, e.kind, e.starts_on, e.ends_on) AS key, count(*)::int AS n
      FROM timeline_event te JOIN event e ON e.id = te.event_id GROUP BY 1 ORDER BY 1`;
    expect(held).toEqual(truth);
  }

  const link = () => `INSERT INTO timeline_event (timeline_id, event_id) VALUES ('${timelineId}', '${eventId}')`;
  const unlink = () => `DELETE FROM timeline_event WHERE timeline_id = '${timelineId}' AND event_id = '${eventId}'`;
  const publish = () => `UPDATE event SET status = 'PUBLISHED' WHERE id = '${eventId}'`;

  it('count a link added while its event is published', async () => {
    eventId = await draftEvent(false);
    await race.run(link(), publish());
    await expectInStep();
  });

  it('count a link added to an event being published', async () => {
    eventId = await draftEvent(false);
    await race.run(publish(), link());
    await expectInStep();
  });

  it('uncount a link removed while its event is published', async () => {
    eventId = await draftEvent(true);
    await race.run(unlink(), publish());
    await expectInStep();
  });

  it('uncount a link removed from an event being published', async () => {
    eventId = await draftEvent(true);
    await race.run(publish(), unlink());
    await expectInStep();
  });

  it('count a link moved to an event being published', async () => {
    const from = await draftEvent(true);
    eventId = await draftEvent(false);
    await race.run(publish(), `UPDATE timeline_event SET event_id = '${eventId}' WHERE event_id = '${from}'`);
    await expectInStep();
  });
});
