// The web app's own pages answer 200 with the app; any other address is 404
// (issue 9, defect 8), so a mistyped link or a missing asset says so.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/app.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const TIMELINE = 'venezuela-crisis-2019';

describe('web app routes', () => {
  let api: TestApi;
  let server: RunningServer;
  let dist = '';
  beforeAll(async () => {
    api = await startTestApi();
    // A stand-in for apps/web/dist, so the test does not depend on a build.
    dist = await mkdtemp(path.join(os.tmpdir(), 'chronicle-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><html><head><title>chronicle app</title></head><body><div id="root"></div></body></html>');
    await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    server = await startServer({ databaseUrl: api.database.url, port: 0, webDist: dist });
  });
  afterAll(async () => {
    await server?.close();
    await api?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/', '/?view=list', '/ingest', '/ingest/', '/graphiql', `/embed/${TIMELINE}`, `/embed/${TIMELINE}/`, '/assets/app.js'])(
    '%s is served (200)',
    async (address) => {
      const response = await fetch(`${server.url}${address}`);
      expect(response.status).toBe(200);
      if (!address.startsWith('/assets')) expect(await response.text()).toContain('chronicle app');
    },
  );

  it("every page App.tsx routes to is served: the server's list has not drifted from the app's", async () => {
    const app = await readFile(new URL('../../web/src/App.tsx', import.meta.url), 'utf8');
    const pages = [...app.matchAll(/path === '(\/[^']*)'/g)].map((m) => m[1]!);
    expect(pages).toContain('/ingest');
    for (const page of pages) expect((await fetch(`${server.url}${page}`)).status, page).toBe(200);
  });

  it('server routes still answer: exports, oEmbed, health', async () => {
    expect((await fetch(`${server.url}/timelines/${TIMELINE}/export.csv`)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/oembed?url=${encodeURIComponent(`${server.url}/embed/${TIMELINE}`)}`)).status).toBe(200);
  });

  it.each(['/nope', '/ingestx', '/ingest/extra', '/embed/', `/embed/${TIMELINE}/more`, '/assets/missing.js', '/wp-login.php', '/timelines', '/.env'])(
    '%s is 404, not the app',
    async (address) => {
      const response = await fetch(`${server.url}${address}`);
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toContain('chronicle app');
      expect(text).toContain('Not found');
    },
  );
});
