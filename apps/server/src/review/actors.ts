// Actors proposed by ingestion: confirmed as new, or merged into one we know.
import type { ActorKind, Database, ReviewStatus } from '@chronicle/db';
import { InvalidInput, NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';

export async function confirmActor(
  db: Database,
  id: string,
  changes: { name?: string | null; kind?: ActorKind | null; aliases?: string[] | null; description?: string | null },
) {
  const actor = await db.actor.findUnique({ where: { id } });
  if (!actor) throw new NotFound('There is no such actor.');
  const name = changes.name?.trim();
  if (changes.name != null && !name) throw new InvalidInput('An actor needs a name.', 'input.name');
  return db.actor.update({
    where: { id },
    data: {
      status: 'CONFIRMED',
      ...(name ? { name } : {}),
      ...(changes.kind ? { kind: changes.kind } : {}),
      ...(changes.aliases ? { aliases: [...new Set(changes.aliases.map((a) => a.trim()).filter(Boolean))] } : {}),
      ...(changes.description != null ? { description: changes.description.trim() } : {}),
    },
  });
}

export async function mergeActors(db: Database, keepId: string, mergeId: string) {
  if (keepId === mergeId) throw new InvalidInput('An actor cannot be merged into itself.', 'merge');
  return writeWithChanges(db, async (tx, changes) => {
    const [keep, merge] = await Promise.all([tx.actor.findUnique({ where: { id: keepId } }), tx.actor.findUnique({ where: { id: mergeId } })]);
    if (!keep || !merge) throw new NotFound('There is no such actor.');

    const links = await tx.eventActor.findMany({ where: { actorId: mergeId }, include: { event: { select: { status: true } } } });
    for (const link of links) changes.event(link.eventId, 'UPDATED', link.event.status === 'PUBLISHED');
    await tx.eventActor.createMany({ data: links.map(({ event: _event, ...l }) => ({ ...l, actorId: keepId })), skipDuplicates: true });
    await tx.quote.updateMany({ where: { speakerId: mergeId }, data: { speakerId: keepId } });
    const stances = await tx.stance.findMany({ where: { OR: [{ actorId: mergeId }, { targetId: mergeId }] }, include: { citations: true } });
    for (const { id, citations, ...stance } of stances) {
      const moved = {
        ...stance,
        actorId: stance.actorId === mergeId ? keepId : stance.actorId,
        targetId: stance.targetId === mergeId ? keepId : stance.targetId,
      };
      if (moved.actorId !== moved.targetId) {
        const kept = await tx.stance.upsert({
          where: { actorId_targetId_kind: { actorId: moved.actorId, targetId: moved.targetId, kind: moved.kind } },
          create: moved,
          update: {},
          select: { id: true, status: true },
        });
        // A stance readers saw stays public when it lands on a draft; an
        // editor's rejection of the kept stance stands.
        changes.stance(kept.id, 'UPDATED', kept.status === 'PUBLISHED');
        if (stance.status === 'PUBLISHED' && kept.status === 'DRAFT') await tx.stance.update({ where: { id: kept.id }, data: { status: 'PUBLISHED' } });
        // Evidence of a stance readers never saw arrives as a draft.
        const arriving = (status: ReviewStatus): ReviewStatus => (stance.status === 'PUBLISHED' || status === 'REJECTED' ? status : 'DRAFT');
        // Deleting the merged stance would take its evidence with it: the kept stance cites those sources now.
        await tx.stanceCitation.createMany({
          data: citations.map((c) => ({
            stanceId: kept.id,
            sourceId: c.sourceId,
            passage: c.passage,
            passageStart: c.passageStart,
            passageEnd: c.passageEnd,
            status: arriving(c.status),
            createdAt: c.createdAt,
          })),
          skipDuplicates: true,
        });
      }
      changes.stance(id, 'DELETED', stance.status === 'PUBLISHED');
      await tx.stance.delete({ where: { id } });
    }
    await tx.actor.delete({ where: { id: mergeId } });
    // The merged actor's names are how articles refer to the kept one.
    const aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((a) => a !== keep.name);
    return tx.actor.update({ where: { id: keepId }, data: { aliases } });
  });
}
