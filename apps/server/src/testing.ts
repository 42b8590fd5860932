// What other workspaces' tests may use of the server (the web app's tests run
// it behind the built app), as the package export @chronicle/server/testing:
// they import this, never the server's files by relative path.
export { startServer, type RunningServer } from './app.ts';
export { createApiToken } from './auth/api-tokens.ts';
export { buildSchema } from './graphql/server.ts';
export { DEFAULT_FETCH_POLICY, type FetchPolicy } from './ingest/url/safe-fetch.ts';
export type { WorkerSettings } from './jobs/run-workers.ts';
