// eventChanged and stanceChanged: a notice from the bus becomes, for each
// subscriber, the row as that subscriber may read it. Readers hear of rows
// they could read before or after the change, so a draft reaches editors only
// and a rejected event still leaves the readers' screens.
import type { Event, ReviewStatus, Stance } from '@chronicle/db';
import type { SubscriptionResolvers } from '@chronicle/schema/resolvers';
import type { ChangeNotice } from '../../live/change-notice.ts';
import { noticeStream } from '../../live/notice-stream.ts';
import { createRequestLoaders, type Context } from '../context.ts';
import { clientError } from '../errors.ts';
import { idOf, toGlobalId } from '../global-id.ts';
import { visibleStatuses } from '../viewer.ts';
import { isEditor } from '../visibility.ts';

function changesOf(context: Context) {
  if (!context.changes) throw clientError('BAD_USER_INPUT', 'Subscriptions run over WebSocket (graphql-ws) at /graphql, not over HTTP.');
  return context.changes;
}

const mayHear = (context: Context, notice: ChangeNotice) => isEditor(context) || notice.wasPublic || notice.isPublic;
const inScope = (notice: ChangeNotice, id: string | null) => id === null || notice.scope === null || notice.scope.includes(id);

// Every subscriber of one visibility reads the same row: one query per notice
// and visibility, not one per subscriber.
const loaded = new WeakMap<ChangeNotice, Map<string, Promise<Event | Stance | null>>>();
function loadOnce<T extends Event | Stance>(notice: ChangeNotice, statuses: readonly ReviewStatus[], load: () => Promise<T | null>): Promise<T | null> {
  const key = statuses.join();
  let perVisibility = loaded.get(notice);
  if (!perVisibility) loaded.set(notice, (perVisibility = new Map<string, Promise<Event | Stance | null>>()));
  let row = perVisibility.get(key);
  if (!row) perVisibility.set(key, (row = load()));
  return row as Promise<T | null>;
}

/**
 * A subscription's context lives as long as the subscription: each change is
 * resolved with fresh loaders, or it would be answered from the first one's cache.
 */
function freshLoaders(context: Context): void {
  context.loaders = createRequestLoaders(context.db, context.viewer);
}

export const Subscription: SubscriptionResolvers<Context> = {
  eventChanged: {
    subscribe: async (_, { timeline }, context) => {
      const changes = changesOf(context);
      let timelineId: string | null = null;
      if (timeline != null) {
        const found = await context.db.timeline.findUnique({ where: { slug: timeline }, select: { id: true } });
        if (!found) throw clientError('NOT_FOUND', `There is no timeline "${timeline}".`);
        timelineId = found.id;
      }
      return noticeStream(changes, (n) => n.type === 'event' && mayHear(context, n) && inScope(n, timelineId));
    },
    // The parent is what the stream yields: a notice.
    resolve: async (parent: unknown, _args: unknown, context: Context) => {
      const notice = parent as ChangeNotice;
      freshLoaders(context);
      const statuses = visibleStatuses(context.viewer);
      const event =
        notice.change === 'DELETED'
          ? null
          : await loadOnce<Event>(notice, statuses, () => context.db.event.findFirst({ where: { id: notice.id, status: { in: [...statuses] } } }));
      return {
        change: notice.change,
        id: toGlobalId('Event', notice.id),
        event,
        mergedFrom: notice.mergedFrom ? toGlobalId('Event', notice.mergedFrom) : null,
      };
    },
  },
  stanceChanged: {
    subscribe: (_, { actor }, context) => {
      const changes = changesOf(context);
      const actorId = actor != null ? idOf('Actor', actor, 'actor') : null;
      return noticeStream(changes, (n) => n.type === 'stance' && mayHear(context, n) && inScope(n, actorId));
    },
    // The parent is what the stream yields: a notice.
    resolve: async (parent: unknown, _args: unknown, context: Context) => {
      const notice = parent as ChangeNotice;
      freshLoaders(context);
      const statuses = visibleStatuses(context.viewer);
      const stance =
        notice.change === 'DELETED'
          ? null
          : await loadOnce<Stance>(notice, statuses, () => context.db.stance.findFirst({ where: { id: notice.id, status: { in: [...statuses] } } }));
      return { change: notice.change, id: toGlobalId('Stance', notice.id), stance };
    },
  },
};
