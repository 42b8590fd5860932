// The bench's synthetic data at the far end of a 10M run: the rows a 10M
// generation makes last, made here on their own (the whole run takes far too
// long for a test), with the dates, precisions and relations the small runs get.
// The row number times 7919 passes 2^31 above ~271,000 events; the generator's
// arithmetic must stay exact there.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@chronicle/db/testing';
import { makeActorsAndSources, makeEvents, SYNTHETIC } from '../bench/synthetic-data.ts';

const LAST_OF_TEN_MILLION = 10_000_000;
const FIRST = LAST_OF_TEN_MILLION - 99;

/** The day the generator gives row g, computed here independently in exact integer arithmetic. */
function dayOfRow(g: number): string {
  const offset = Number((BigInt(g) * 7919n) % 9131n);
  return new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10);
}

interface EventRow {
  title: string;
  starts_on: string;
  ends_on: string;
  precision: string;
  actors: string;
  citations: string;
}

describe('synthetic bench data at ten million events', () => {
  let t: TestDatabase;
  let client: pg.Client;
  let rows: EventRow[];

  beforeAll(async () => {
    t = await createTestDatabase();
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await makeActorsAndSources(client);
    await makeEvents(client, FIRST, LAST_OF_TEN_MILLION);
    ({ rows } = await client.query<EventRow>(`
      SELECT e.title, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(e.ends_on, 'YYYY-MM-DD') AS ends_on, e.precision,
             (SELECT count(*) FROM event_actor a WHERE a.event_id = e.id) AS actors,
             (SELECT count(*) FROM citation c WHERE c.event_id = e.id) AS citations
      FROM event e ORDER BY e.title`));
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await t?.drop();
  });

  it('makes every row of the range once', () => {
    expect(rows).toHaveLength(100);
    const numbers = rows.map((row) => Number(row.title.replace('Synthetic event ', ''))).sort((a, b) => a - b);
    expect(numbers[0]).toBe(FIRST);
    expect(numbers.at(-1)).toBe(LAST_OF_TEN_MILLION);
  });

  it('dates each row where exact arithmetic puts it, at its precision', () => {
    for (const row of rows) {
      const g = Number(row.title.replace('Synthetic event ', ''));
      const day = dayOfRow(g);
      const expected =
        g % 50 === 0
          ? { precision: 'YEAR', starts_on: `${day.slice(0, 4)}-01-01`, ends_on: `${day.slice(0, 4)}-12-31` }
          : g % 12 === 0
            ? { precision: 'MONTH', starts_on: `${day.slice(0, 7)}-01` }
            : { precision: 'DAY', starts_on: day, ends_on: day };
      expect({ g, ...row }).toMatchObject({ g, ...expected });
      expect(row.ends_on >= row.starts_on && row.starts_on >= '2000-01-01' && row.ends_on <= '2024-12-31').toBe(true);
    }
  });

  it('gives each row its actors and one citation', () => {
    for (const row of rows) {
      expect(Number(row.citations)).toBe(1);
      expect(Number(row.actors)).toBeGreaterThanOrEqual(1);
      expect(Number(row.actors)).toBeLessThanOrEqual(SYNTHETIC.actorsPerEvent);
    }
  });
});
