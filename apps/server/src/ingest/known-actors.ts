// The actors extraction matches against: everything in the database, with
// proposed actors too, so a name proposed by one article is recognised in the next.
import type { Database } from '@chronicle/db';
import type { KnownActor } from '@chronicle/extract';

export async function loadKnownActors(db: Database): Promise<KnownActor[]> {
  const actors = await db.actor.findMany({ orderBy: { name: 'asc' } });
  const countryNames = new Map(actors.filter((a) => a.kind === 'COUNTRY' && a.country).map((a) => [a.country!, a.name]));
  return actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    description: a.description,
    country: a.country ? (countryNames.get(a.country) ?? a.country) : null,
  }));
}
