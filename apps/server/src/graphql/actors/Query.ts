import { countActors, findActorPage, type ActorCursor } from '@chronicle/db';
import { foldForMatch } from '@chronicle/extract/names';
import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { parseGlobalId } from '../global-id.ts';
import { decodeCursor, loadedConnection, pageSize, searchArgument, uuidFromCursor } from '../pagination.ts';
import { canSeeActor, isEditor } from '../visibility.ts';

function actorCursorOf(after: string | null | undefined): ActorCursor | null {
  if (!after) return null;
  const [sortName, id] = decodeCursor(after, 2);
  return { sortName: sortName!, id: uuidFromCursor(id) };
}

export const Query: Pick<QueryResolvers<Context>, 'actor' | 'actors'> = {
  actor: async (_, { id }, context) => {
    const parsed = parseGlobalId(id);
    if (!parsed || parsed.type !== 'Actor') throw badInput('"id" is not a valid Actor ID.', 'id');
    const actor = await context.loaders.actor.load(parsed.id);
    return actor && (await canSeeActor(context, actor)) ? actor : null;
  },

  actors: async (_, args, context) => {
    // Names are matched folded, as the extractor folds them ("Guaidó" finds "guaido").
    const filter = { foldedSearch: foldForMatch(searchArgument(args.search)), kind: args.kind, status: args.status, publicOnly: !isEditor(context) };
    const page = await findActorPage(context.db, filter, { first: pageSize(args.first), after: actorCursorOf(args.after) });
    return loadedConnection({
      page,
      after: args.after,
      load: (ids) => context.loaders.actor.loadMany(ids),
      encode: (c) => [c.sortName, c.id],
      totalCount: () => countActors(context.db, filter),
    });
  },
};
