import { parseCalendarDay, Prisma, publisherCounts, toCalendarDay } from '@chronicle/db';
import type { SourceParent } from '@chronicle/schema/mappers';
import type { QueryResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { badInput, clientError } from '../errors.ts';
import { parseGlobalId } from '../global-id.ts';
import { decodeCursor, encodeCursor, pageSize, uuidFromCursor } from '../pagination.ts';
import { canSeeSource, visibleSourceSql, visibleStatuses } from '../visibility.ts';

const MAX_SEARCH_LENGTH = 100;
// Sources without a publication day sort last.
const NO_DATE = '0001-01-01';

export const Query: Pick<QueryResolvers<Context>, 'source' | 'sources' | 'publishers'> = {
  publishers: async (_, { timeline }, context) => {
    let timelineId: string | null = null;
    if (timeline) {
      const row = await context.db.timeline.findUnique({ where: { slug: timeline }, select: { id: true } });
      if (!row) throw clientError('NOT_FOUND', `There is no timeline "${timeline}".`);
      timelineId = row.id;
    }
    return publisherCounts(context.db, timelineId, visibleStatuses(context.viewer));
  },

  source: async (_, { id }, context) => {
    const parsed = parseGlobalId(id);
    if (!parsed || parsed.type !== 'Source') throw badInput('"id" is not a valid Source ID.', 'id');
    return (await canSeeSource(context, parsed.id)) ? context.loaders.source.load(parsed.id) : null;
  },

  sources: async (_, args, context) => {
    const first = pageSize(args.first);
    const search = args.search?.trim() ?? '';
    if (search.length > MAX_SEARCH_LENGTH) throw badInput(`"search" is limited to ${MAX_SEARCH_LENGTH} characters.`, 'search');
    // % and _ in a search are themselves, not wildcards (a backslash is ILIKE's default escape).
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const matches = search ? Prisma.sql`(s.title ILIKE ${pattern} OR s.publisher ILIKE ${pattern})` : Prisma.sql`true`;
    const where = Prisma.sql`${matches} AND ${visibleSourceSql(context, Prisma.raw('s'))}`;
    let after = Prisma.empty;
    if (args.after) {
      const [day, id] = decodeCursor(args.after, 2);
      if (!parseCalendarDay(day ?? '')) throw badInput('"after" is not a cursor this API gave out.', 'after');
      after = Prisma.sql`AND (coalesce(s.published_on, ${NO_DATE}::date), s.id) < (${day}::date, ${uuidFromCursor(id)}::uuid)`;
    }
    const rows = await context.db.$queryRaw<{ id: string; day: Date }[]>`
      SELECT s.id, coalesce(s.published_on, ${NO_DATE}::date) AS day FROM source s
      WHERE ${where} ${after}
      ORDER BY coalesce(s.published_on, ${NO_DATE}::date) DESC, s.id DESC LIMIT ${first + 1}`;
    const page = rows.slice(0, first);
    const sources = await context.loaders.source.loadMany(page.map((r) => r.id));
    const kept = page.flatMap((row, i) => {
      const source = sources[i];
      return source && !(source instanceof Error) ? [{ source, row }] : [];
    });
    return {
      nodes: kept.map((k): SourceParent => k.source),
      cursors: kept.map((k) => encodeCursor([toCalendarDay(k.row.day), k.source.id])),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      totalCount: async () => {
        const [row] = await context.db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM source s WHERE ${where}`;
        return Number(row?.count ?? 0);
      },
    };
  },
};
