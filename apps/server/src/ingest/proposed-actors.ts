// New actors an article proposes, written so that articles ingested at the
// same moment end with one actor per name. Extraction runs before the
// transaction, so two articles can both believe "Peru" is new; each then takes
// a lock on the name's slug and reuses the actor the other one wrote.
import { insertProposedActors, lockKeys, slugAt, slugHolders, type Actor, type Database, type NewActor } from '@chronicle/db';
import type { Extraction } from '@chronicle/extract';
import { slugify } from '@chronicle/extract/names';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];
type ProposedActor = Extraction['proposedActors'][number];

const DESCRIPTION = 'Proposed by ingestion; confirm or merge.';

/** The actor slug a name asks for: extraction's slug of it, or "actor" when nothing of it is left. */
function actorSlug(name: string): string {
  return slugify(name) || 'actor';
}

/**
 * Who holds each slug the article's names may take: the actor table as read
 * (one statement for the usual case) and the actors this article will write.
 */
function slugBook(tx: Transaction, held: Map<string, Actor | null>) {
  const planned = new Map<string, NewActor>();
  return {
    async at(base: string, n: number): Promise<Actor | NewActor | null> {
      const slug = slugAt(base, n);
      const mine = planned.get(slug);
      if (mine) return mine;
      // Past the walk already read: only when this article's own actors took the first free slug.
      if (!held.has(slug)) for (const [s, actor] of await slugHolders(tx, [{ base, n }])) held.set(s, actor);
      return held.get(slug) ?? null;
    },
    plan(actor: NewActor): NewActor {
      planned.set(actor.slug, actor);
      return actor;
    },
    planned: () => [...planned.values()],
  };
}
type SlugBook = ReturnType<typeof slugBook>;

/** An actor whose name folds to the same slug: "base" itself, or "base-2"… taken by such a name earlier. */
async function sameNamedActor(book: SlugBook, base: string) {
  for (let n = 1; ; n += 1) {
    const held = await book.at(base, n);
    if (!held) return null;
    if (actorSlug(held.name) === base) return held;
  }
}

/** "base", or the first "base-n" free (an actor renamed since may hold "base"). */
async function freeSlug(book: SlugBook, base: string): Promise<string> {
  for (let n = 1; ; n += 1) if (!(await book.at(base, n))) return slugAt(base, n);
}

/**
 * The actor for each proposal (by its extraction key), and the actors this
 * article proposes: new ones, and ones another article proposed that still
 * await an editor.
 */
export async function writeProposedActors(tx: Transaction, proposals: readonly ProposedActor[]) {
  const bySlug = [...proposals].map((p) => ({ p, base: actorSlug(p.name) })).sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
  const bases = [...new Set(bySlug.map(({ base }) => base))];
  // Locks in one order, so two articles naming the same actors queue instead of deadlocking.
  await lockKeys(
    tx,
    bases.map((base) => `actor-slug:${base}`),
  );
  const book = slugBook(
    tx,
    await slugHolders(
      tx,
      bases.map((base) => ({ base, n: 1 })),
    ),
  );
  const picks: { key: string; actor: Actor | NewActor }[] = [];
  for (const { p, base } of bySlug) {
    const actor = (await sameNamedActor(book, base)) ?? book.plan({ slug: await freeSlug(book, base), name: p.name, kind: p.kind, description: DESCRIPTION });
    picks.push({ key: p.key, actor });
  }
  const planned = book.planned();
  const written = await insertProposedActors(tx, planned);
  const rowOf = new Map(planned.map((actor, i) => [actor, written[i]!]));

  const idByKey = new Map<string, string>();
  const proposed = new Map<string, Actor>();
  for (const { key, actor: pick } of picks) {
    const actor = 'id' in pick ? pick : rowOf.get(pick)!;
    idByKey.set(key, actor.id);
    if (actor.status === 'PROPOSED' && !proposed.has(actor.id)) proposed.set(actor.id, actor);
  }
  return { idByKey, proposed: [...proposed.values()] };
}
