import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { parseGlobalId } from '../global-id.ts';
import { badInput } from '../errors.ts';
import { canSeeActor, canSeeEvidence, canSeeReviewed, canSeeSource } from '../visibility.ts';

export const Query: Pick<QueryResolvers<Context>, 'node' | 'viewer'> = {
  node: async (_, { id }, context) => {
    const parsed = parseGlobalId(id);
    if (!parsed) throw badInput('"id" is not a valid ID.', 'id');
    const { loaders, db } = context;
    switch (parsed.type) {
      case 'Event': {
        const event = await loaders.event.load(parsed.id);
        return event && canSeeReviewed(context, event) ? { ...event, __typename: 'Event' as const } : null;
      }
      case 'Actor': {
        const actor = await loaders.actor.load(parsed.id);
        return actor && (await canSeeActor(context, actor)) ? { ...actor, __typename: 'Actor' as const } : null;
      }
      case 'Source': {
        const source = (await canSeeSource(context, parsed.id)) ? await loaders.source.load(parsed.id) : null;
        return source && { ...source, __typename: 'Source' as const };
      }
      case 'Quote': {
        const quote = await db.quote.findUnique({ where: { id: parsed.id }, include: { event: { select: { status: true } } } });
        if (!quote || !canSeeEvidence(context, quote)) return null;
        const { event: _, ...row } = quote;
        return { ...row, __typename: 'Quote' as const };
      }
      case 'Stance': {
        const stance = await db.stance.findUnique({ where: { id: parsed.id } });
        return stance && canSeeReviewed(context, stance) ? { ...stance, __typename: 'Stance' as const } : null;
      }
      case 'Timeline': {
        const timeline = await db.timeline.findUnique({ where: { id: parsed.id } });
        return timeline && { ...timeline, __typename: 'Timeline' as const };
      }
      case 'Citation':
      case 'StanceCitation':
      // Jobs and feeds have IDs of the same shape but are not Nodes: they are listed, not fetched.
      case 'IngestionJob':
      case 'Feed':
        return null;
    }
  },
  viewer: (_, __, { viewer }) => ({ isEditor: viewer.editor !== null, tokenName: viewer.editor?.tokenName ?? null }),
};
