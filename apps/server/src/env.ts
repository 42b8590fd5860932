// The only place in the server that reads process.env (the database's own
// variables, DATABASE_URL and CHRONICLE_*, are read by @chronicle/db).
function port(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`PORT must be 0-65535, got "${raw}"`);
  return value;
}

import { DEFAULT_EMBED_ANCESTORS, parseFrameAncestors } from './http/frame-ancestors.ts';

export interface ServerEnv {
  port: number;
  host: string;
  production: boolean;
  /** Load the sample data set when the database has no timeline yet. */
  seedWhenEmpty: boolean;
  /** Where the person ran the command: npm runs workspace scripts elsewhere, so file arguments resolve against this. */
  invokedFrom: string;
  /** CSP frame-ancestors of the /embed pages: who may put a timeline in an iframe. */
  embedFrameAncestors: string;
}

export function readServerEnv(): ServerEnv {
  return {
    port: port(process.env.PORT, 4000),
    host: process.env.HOST || '127.0.0.1',
    production: process.env.NODE_ENV === 'production',
    seedWhenEmpty: process.env.CHRONICLE_SEED !== 'never',
    invokedFrom: process.env.INIT_CWD || process.cwd(),
    embedFrameAncestors: parseFrameAncestors(process.env.CHRONICLE_EMBED_ANCESTORS ?? DEFAULT_EMBED_ANCESTORS),
  };
}
