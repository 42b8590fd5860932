// The only place the web app's tests read the environment.
/**
 * The environment for `vite build` run from a test: vitest sets NODE_ENV to
 * "test", which would make Vite bundle React's development build.
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production' };
}
