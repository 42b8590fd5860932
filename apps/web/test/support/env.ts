// The only place the web app's tests read the environment.
export const isCI = process.env.CI === '1' || process.env.CI === 'true';
