// A histogram counted the slow, obvious way: every matching event against
// every bucket. The tests of the per-span counts compare the real one with it.
import type { Database } from '../../src/client.ts';
import type { EventFilter } from '../../src/queries/event-filter.ts';
import { bucketBounds } from '../../src/queries/event-histogram.ts';

export async function bruteForceHistogram(db: Database, filter: EventFilter & { from: Date; to: Date }, buckets: number) {
  const events = await db.event.findMany({
    where: {
      status: { in: [...filter.statuses] },
      ...(filter.timelineId ? { timelines: { some: { timelineId: filter.timelineId } } } : {}),
      ...(filter.kinds ? { kind: { in: [...filter.kinds] } } : {}),
      ...(filter.actorIds ? { actors: { some: { actorId: { in: [...filter.actorIds] } } } } : {}),
    },
  });
  return bucketBounds(filter.from, filter.to, buckets).map((b) => ({
    ...b,
    count: events.filter((e) => e.startsOn <= b.to && e.endsOn >= b.from).length,
  }));
}
