// What both ways of counting publishers share: the shape of a row, how many
// rows at most, and which country a publisher is given.
import { Prisma } from '../generated/prisma/client.ts';

export interface PublisherCount {
  name: string;
  country: string | null;
  eventCount: number;
}

export const MAX_PUBLISHERS = 200;

/**
 * Ranked publishers (`ranked`, a query giving `name` and `event_count`, ordered
 * and limited) with each one's country: the one most of its sources give,
 * ties to the first in order, as mode() over its sources would pick. Over the
 * publisher's sources rather than the citations counted, so it is read with
 * an index for the few publishers listed and never walks the citations.
 */
export function withCountriesSql(ranked: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT r.name, r.event_count, country.code AS country
    FROM (${ranked}) r
    LEFT JOIN LATERAL (
      SELECT s.publisher_country AS code FROM source s
      WHERE s.publisher = r.name AND s.publisher_country IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1
    ) country ON true
    ORDER BY r.event_count DESC, r.name`;
}

export async function withCountries(db: Pick<Prisma.TransactionClient, '$queryRaw'>, ranked: Prisma.Sql): Promise<PublisherCount[]> {
  const rows = await db.$queryRaw<{ name: string; country: string | null; event_count: bigint | number }[]>(withCountriesSql(ranked));
  return rows.map((r) => ({ name: r.name, country: r.country?.trim() || null, eventCount: Number(r.event_count) }));
}
