import type { Actor as ActorRow } from '@chronicle/db';
import { Prisma } from '@chronicle/db';
import { foldForMatch } from '@chronicle/extract';
import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { parseGlobalId } from '../global-id.ts';
import { decodeCursor, encodeCursor, pageSize, uuidFromCursor } from '../pagination.ts';
import { canSeeActor, visibleActorSql } from '../visibility.ts';

const MAX_SEARCH_LENGTH = 100;

export const Query: Pick<QueryResolvers<Context>, 'actor' | 'actors'> = {
  actor: async (_, { id }, context) => {
    const parsed = parseGlobalId(id);
    if (!parsed || parsed.type !== 'Actor') throw badInput('"id" is not a valid Actor ID.', 'id');
    const actor = await context.loaders.actor.load(parsed.id);
    return actor && (await canSeeActor(context, actor)) ? actor : null;
  },

  actors: async (_, args, context) => {
    const first = pageSize(args.first);
    const search = args.search?.trim() ?? '';
    if (search.length > MAX_SEARCH_LENGTH) throw badInput(`"search" is limited to ${MAX_SEARCH_LENGTH} characters.`, 'search');
    const conditions: Prisma.Sql[] = [visibleActorSql(context, Prisma.raw('a'))];
    if (search) {
      // A substring of the folded name or of a folded alias. chronicle_fold (in
      // the migration actor_search_trigrams) folds as the extractor does, and a
      // trigram index on chronicle_actor_names serves the LIKE. Control
      // characters go: the index joins names with one.
      const folded = foldForMatch(search).replace(/\p{Cc}/gu, '');
      const pattern = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(Prisma.sql`chronicle_actor_names(a.name, a.aliases) LIKE ${pattern}`);
    }
    if (args.kind) conditions.push(Prisma.sql`a.kind::text = ${args.kind}`);
    if (args.status) conditions.push(Prisma.sql`a.status::text = ${args.status}`);
    const where = Prisma.join(conditions, ' AND ');
    let after = Prisma.empty;
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      after = Prisma.sql`AND (lower(a.name), a.id) > (${name}, ${uuidFromCursor(id)}::uuid)`;
    }
    const rows = await context.db.$queryRaw<{ id: string; sort_name: string }[]>`
      SELECT a.id, lower(a.name) AS sort_name FROM actor a
      WHERE ${where} ${after}
      ORDER BY lower(a.name), a.id LIMIT ${first + 1}`;
    const page = rows.slice(0, first);
    const actors = await context.loaders.actor.loadMany(page.map((r) => r.id));
    const kept = page.flatMap((row, i) => {
      const actor = actors[i];
      return actor && !(actor instanceof Error) ? [{ actor, row }] : [];
    });
    return {
      nodes: kept.map((k): ActorRow => k.actor),
      cursors: kept.map((k) => encodeCursor([k.row.sort_name, k.actor.id])),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      totalCount: async () => {
        const [row] = await context.db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM actor a WHERE ${where}`;
        return Number(row?.count ?? 0);
      },
    };
  },
};
