import type { Database } from '@chronicle/db';
import type { ChangeBus } from '../live/change-bus.ts';
import { editorForToken, type Editor } from '../auth/api-tokens.ts';
import type { FetchPolicy } from '../ingest/url/safe-fetch.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Metrics } from '../observability/metrics.ts';
import { clientError } from './errors.ts';
import { unavailableGraphQLError } from './database-outage.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { createActorStancesLoaders } from './stances/actor-stances-loader.ts';
import { createStanceCitationsLoader } from './stances/stance-citations-loader.ts';
import { visibleStatuses, type Viewer } from './viewer.ts';

export interface Context {
  db: Database;
  viewer: Viewer;
  loaders: RequestLoaders;
  /** Counts what resolvers do (ingestions); absent outside the HTTP server. */
  metrics?: Metrics;
  /** What ingestUrl may fetch (CHRONICLE_FETCH_ALLOW_HOSTS); the defaults when absent. */
  fetchPolicy?: FetchPolicy;
  /** Where subscriptions hear of changes; absent over HTTP, which does not serve them. */
  changes?: Pick<ChangeBus, 'listen'>;
  /** Where enqueueIngestion and retryIngestionJob send jobs (opened on first use); absent outside the HTTP server. */
  jobQueue?: () => Promise<JobQueue>;
}

export type RequestLoaders = Loaders & { citationsOfStance: ReturnType<typeof createStanceCitationsLoader> } & ReturnType<typeof createActorStancesLoaders>;

/** Stance and evidence loaders filter by review status, so they are made for this request's viewer. */
export function createRequestLoaders(db: Database, viewer: Viewer): RequestLoaders {
  const statuses = visibleStatuses(viewer);
  return {
    ...createLoaders(db, statuses),
    citationsOfStance: createStanceCitationsLoader(db, statuses),
    ...createActorStancesLoaders(db, statuses),
  };
}

/**
 * No Authorization header: an anonymous reader. A bearer token that is
 * unknown or revoked is refused outright (401) rather than quietly treated as
 * anonymous, so a script with a stale token learns at once.
 */
export async function createContext(
  db: Database,
  authorization: string | undefined,
  metrics?: Metrics,
  fetchPolicy?: FetchPolicy,
  jobQueue?: () => Promise<JobQueue>,
): Promise<Context> {
  let editor: Editor | null = null;
  if (authorization !== undefined && authorization !== '') {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw clientError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
    editor = await editorForToken(db, match[1]).catch((error: unknown) => {
      throw isDatabaseUnavailable(error) ? unavailableGraphQLError() : error;
    });
    if (!editor) throw clientError('UNAUTHENTICATED', 'This API token is unknown or has been revoked.');
  }
  const viewer = { editor };
  return {
    db,
    viewer,
    loaders: createRequestLoaders(db, viewer),
    ...(metrics ? { metrics } : {}),
    ...(fetchPolicy ? { fetchPolicy } : {}),
    ...(jobQueue ? { jobQueue } : {}),
  };
}

export function requireEditor(context: Context): Editor {
  if (!context.viewer.editor) {
    throw clientError('UNAUTHENTICATED', 'This operation needs an editor\'s API token: send "Authorization: Bearer <token>".');
  }
  return context.viewer.editor;
}
