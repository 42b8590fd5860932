// Events on file that a proposed event may report: the same span and
// precision, not rejected, with at least one of its actors. Matching on
// their words happens in the domain (apps/server/src/ingest/event-matching.ts).
import { toCalendarDay, type EventSpan } from '@chronicle/calendar';
import type { Queryable } from './row-locks.ts';

export interface CandidateQuery {
  span: EventSpan;
  actorIds: readonly string[];
}

export interface EventCandidate {
  id: string;
  title: string;
  summary: string;
  actorIds: string[];
}

/** At most 50 candidates for each query, in the order given; one statement for all. */
export async function eventCandidates(tx: Queryable, queries: readonly CandidateQuery[]): Promise<EventCandidate[][]> {
  const found: EventCandidate[][] = queries.map(() => []);
  const wanted = queries
    .map(({ span, actorIds }, i) => ({
      i,
      starts_on: toCalendarDay(span.startsOn),
      ends_on: toCalendarDay(span.endsOn),
      precision: span.precision,
      actor_ids: actorIds,
    }))
    .filter((q) => q.actor_ids.length > 0);
  if (wanted.length === 0) return found;
  const rows = await tx.$queryRaw<(EventCandidate & { wanted: number })[]>`
    SELECT w.i AS wanted, e.id::text AS id, e.title, e.summary,
           (SELECT array_agg(ea.actor_id::text) FROM event_actor ea WHERE ea.event_id = e.id) AS "actorIds"
    FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS w(i int, starts_on date, ends_on date, precision text, actor_ids uuid[])
    CROSS JOIN LATERAL (
      SELECT e.id, e.title, e.summary FROM event e
      WHERE e.starts_on = w.starts_on AND e.ends_on = w.ends_on AND e.precision = w.precision::"DatePrecision" AND e.status <> 'REJECTED'
        AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id = ANY(w.actor_ids))
      ORDER BY e.id
      LIMIT 50
    ) e
    ORDER BY w.i, e.id`;
  for (const { wanted: i, ...candidate } of rows) found[i]!.push(candidate);
  return found;
}
