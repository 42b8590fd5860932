// From the GraphQL EventFilter to the database's, checking what the viewer may see.
import type { EventFilter as DbEventFilter, ReviewStatus } from '@chronicle/db';
import type { EventFilter } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { badInput, clientError } from '../errors.ts';
import { idOf } from '../global-id.ts';
import { visibleStatuses } from '../viewer.ts';
import { isEditor } from '../visibility.ts';

const MAX_ACTORS_IN_FILTER = 50;
const MAX_SEARCH_LENGTH = 200;
const MAX_PUBLISHERS_IN_FILTER = 50;

export async function toDbEventFilter(context: Context, filter: EventFilter | null | undefined): Promise<DbEventFilter> {
  const statuses: ReviewStatus[] = filter?.statuses?.length ? [...new Set(filter.statuses)] : ['PUBLISHED'];
  if (statuses.some((s) => s !== 'PUBLISHED') && !isEditor(context)) {
    throw clientError('FORBIDDEN', "Only editors can see draft or rejected events; send an editor's API token.");
  }
  if (filter?.from && filter.to && filter.from > filter.to) {
    throw badInput('"from" must not be after "to".', 'filter.to');
  }
  if ((filter?.actors?.length ?? 0) > MAX_ACTORS_IN_FILTER) {
    throw badInput(`At most ${MAX_ACTORS_IN_FILTER} actors can be filtered on at once.`, 'filter.actors');
  }
  if ((filter?.publishers?.length ?? 0) + (filter?.publisherCountries?.length ?? 0) > MAX_PUBLISHERS_IN_FILTER) {
    throw badInput(`At most ${MAX_PUBLISHERS_IN_FILTER} publishers and countries can be filtered on at once.`, 'filter.publishers');
  }
  if (filter?.publisherCountries?.some((c) => !/^[A-Za-z]{2}$/.test(c.trim()))) {
    throw badInput('"publisherCountries" are ISO 3166-1 alpha-2 codes such as RU or US.', 'filter.publisherCountries');
  }
  if ((filter?.search?.length ?? 0) > MAX_SEARCH_LENGTH) {
    throw badInput(`"search" is limited to ${MAX_SEARCH_LENGTH} characters.`, 'filter.search');
  }
  let timelineId: string | null = null;
  if (filter?.timeline) {
    const timeline = await context.db.timeline.findUnique({ where: { slug: filter.timeline }, select: { id: true } });
    if (!timeline) throw clientError('NOT_FOUND', `There is no timeline "${filter.timeline}".`);
    timelineId = timeline.id;
  }
  return {
    statuses,
    timelineId,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    actorIds: filter?.actors?.map((id) => idOf('Actor', id, 'filter.actors')) ?? null,
    kinds: filter?.kinds ?? null,
    search: filter?.search ?? null,
    publishers: filter?.publishers ?? null,
    publisherCountries: filter?.publisherCountries?.map((c) => c.trim().toUpperCase()) ?? null,
    // An editor's search finds events by any quote on file, a reader's by published quotes only.
    quoteStatuses: visibleStatuses(context.viewer),
  };
}
