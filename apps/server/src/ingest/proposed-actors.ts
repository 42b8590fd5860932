// New actors an article proposes, written so that articles ingested at the
// same moment end with one actor per name. Extraction runs before the
// transaction, so two articles can both believe "Peru" is new; each then takes
// a lock on the name's slug and reuses the actor the other one wrote.
import { lockKey, type Actor, type Database } from '@chronicle/db';
import type { Extraction } from '@chronicle/extract';
import { slugify } from '@chronicle/extract/names';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];
type ProposedActor = Extraction['proposedActors'][number];

/** The actor slug a name asks for: extraction's slug of it, or "actor" when nothing of it is left. */
function actorSlug(name: string): string {
  return slugify(name) || 'actor';
}

/**
 * The actor for each proposal (by its extraction key), and the actors this
 * article proposes: new ones, and ones another article proposed that still
 * await an editor.
 */
export async function writeProposedActors(tx: Transaction, proposals: readonly ProposedActor[]) {
  const idByKey = new Map<string, string>();
  const proposed = new Map<string, Actor>();
  // Locks in one order, so two articles naming the same actors queue instead of deadlocking.
  const bySlug = [...proposals].map((p) => ({ p, base: actorSlug(p.name) })).sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
  for (const { p, base } of bySlug) {
    await lockKey(tx, `actor-slug:${base}`);
    const actor = (await sameNamedActor(tx, base)) ?? (await tx.actor.create({
      data: { slug: await freeSlug(tx, base), name: p.name, kind: p.kind, status: 'PROPOSED', description: 'Proposed by ingestion; confirm or merge.' },
    }));
    idByKey.set(p.key, actor.id);
    if (actor.status === 'PROPOSED' && !proposed.has(actor.id)) proposed.set(actor.id, actor);
  }
  return { idByKey, proposed: [...proposed.values()] };
}

/** An actor whose name folds to the same slug: "base" itself, or "base-2"… taken by such a name earlier. */
async function sameNamedActor(tx: Transaction, base: string) {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const held = await tx.actor.findUnique({ where: { slug } });
    if (!held) return null;
    if (actorSlug(held.name) === base) return held;
  }
}

/** "base", or the first "base-n" free (an actor renamed since may hold "base"). */
async function freeSlug(tx: Transaction, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.actor.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
