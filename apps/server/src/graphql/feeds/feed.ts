// A feed row as the Feed type shows it.
import type { Database, Feed } from '@chronicle/db';
import type { ResolversTypes } from '@chronicle/schema/resolvers';
import { toGlobalId } from '../global-id.ts';

export async function toFeeds(db: Database, feeds: Feed[]): Promise<ResolversTypes['Feed'][]> {
  const ids = [...new Set(feeds.flatMap((f) => (f.timelineId ? [f.timelineId] : [])))];
  const slugs = new Map((await db.timeline.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } })).map((t) => [t.id, t.slug]));
  return feeds.map((f) => ({
    id: toGlobalId('Feed', f.id),
    url: f.url,
    title: f.title,
    timelineSlug: f.timelineId ? (slugs.get(f.timelineId) ?? null) : null,
    lastPolledAt: f.lastPolledAt,
    lastError: f.lastError,
    createdAt: f.createdAt,
  }));
}
