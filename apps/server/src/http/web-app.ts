// Serves the built web app (apps/web/dist): its files, index.html for the
// app's own routes (/graphiql, /ingest, …) so links into the app work, and a
// 404 for every other address, so a mistyped link or a missing file is not
// answered 200 with the timeline.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import type { Logger } from '../observability/logger.ts';

export const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

// The app builds DOM with textContent and never evaluates strings; the CSP is
// a second fence. GraphiQL's editor runs its language services in workers.
const CONTENT_SECURITY_POLICY_BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
];

const policy = (frameAncestors: string) => [...CONTENT_SECURITY_POLICY_BASE, `frame-ancestors ${frameAncestors}`].join('; ');

/**
 * Only the compact /embed pages may be framed, by `embedFrameAncestors`
 * (see frame-ancestors.ts); everything else refuses every frame.
 */
export function securityHeaders(options: { embedFrameAncestors: string }): express.RequestHandler {
  const closed = policy("'none'");
  const embed = policy(options.embedFrameAncestors);
  return (req, res, next) => {
    const embeddable = req.path.startsWith('/embed/');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // An embedded timeline's links back say where the reader came from; elsewhere nothing leaks.
    res.setHeader('Referrer-Policy', embeddable ? 'strict-origin-when-cross-origin' : 'no-referrer');
    res.setHeader('Content-Security-Policy', embeddable ? embed : closed);
    if (!embeddable) res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}

/** Extra <head> markup for a page (JSON-LD, oEmbed discovery), or null for none. */
export type PageHead = (req: express.Request) => Promise<string | null>;

export function webApp(distDir: string, pageHead?: PageHead, logger?: Logger): Router | null {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const router = express.Router();
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(CLIENT_ROUTE, async (req, res, next) => {
    try {
      const head = pageHead
        ? await pageHead(req).catch((error: unknown) => {
            // The page works without it: search engines simply miss one visit.
            logger?.error({ err: error, path: req.path }, 'page head failed');
            return null;
          })
        : null;
      if (!head) return res.sendFile(indexHtml);
      const html = await readFile(indexHtml, 'utf8');
      res.type('html').send(html.replace('</head>', `${head}\n  </head>`));
    } catch (error) {
      next(error);
    }
  });
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.status(404).type('html').send(NOT_FOUND_PAGE);
  });
  return router;
}

// The pages apps/web/src/App.tsx renders: the explorer at /, the review
// screens, the playground and the embeddable timeline (a trailing slash is
// the same page). Keep in step with App.tsx when it gains a page
// (web-routes.test.ts reads App.tsx and fails when they drift).
const CLIENT_ROUTE = /^\/(?:ingest|actors|graphiql|embed\/[^/]+)?\/?$/;

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not found · chronicle</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Not found</h1><p>There is no page at this address. <a href="/">Go to the timeline</a>.</p></body></html>
`;
