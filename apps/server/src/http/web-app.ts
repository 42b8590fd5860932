// Serves the built web app (apps/web/dist): its files, and index.html for the
// app's own routes (/graphiql, /ingest, …) so links into the app work.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

export const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

// The app builds DOM with textContent and never evaluates strings; the CSP is
// a second fence. GraphiQL's editor runs its language services in workers.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): express.RequestHandler {
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    next();
  };
}

export function webApp(distDir: string): Router | null {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const router = express.Router();
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql$|healthz$|readyz$).*/, (_req, res) => res.sendFile(indexHtml));
  return router;
}
