// The only place the web app's tests read the environment.

/** CHRONICLE_SCREENSHOT=1: the timeline and accounts tests refresh the README's screenshots in docs/. */
export const takeScreenshots = process.env.CHRONICLE_SCREENSHOT === '1';

/**
 * The environment for `vite build` run from a test: vitest sets NODE_ENV to
 * "test", which would make Vite bundle React's development build.
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production' };
}
