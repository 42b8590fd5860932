// The only place in @chronicle/testing that reads the environment.
export const isCI = process.env.CI === '1' || process.env.CI === 'true';
