// Embedding over HTTP: only /embed may be framed, by whom the deployment
// says; oEmbed describes this server's timelines and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrameAncestors } from '../src/http/frame-ancestors.ts';
import { startServer, type RunningServer } from '../src/app.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const TIMELINE = 'venezuela-crisis-2019';
const frameAncestors = (response: Response) => /frame-ancestors ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

describe('embedding', () => {
  let api: TestApi;
  let strict: RunningServer;
  beforeAll(async () => {
    api = await startTestApi();
    strict = await startServer({
      databaseUrl: api.database.url,
      port: 0,
      embedFrameAncestors: parseFrameAncestors('https://news.example https://*.paper.example'),
    });
  });
  afterAll(async () => {
    await strict?.close();
    await api?.close();
  });

  it('lets any site frame /embed by default, and no other page', async () => {
    const embed = await fetch(`${api.url}/embed/${TIMELINE}`);
    expect(embed.status).toBe(200);
    expect(frameAncestors(embed)).toBe('http: https:');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/', '/ingest', '/graphiql', `/timelines/${TIMELINE}/export.csv`]) {
      const page = await fetch(`${api.url}${path}`);
      expect(frameAncestors(page), path).toBe("'none'");
      expect(page.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('frames /embed only where a deployment allows it', async () => {
    expect(frameAncestors(await fetch(`${strict.url}/embed/${TIMELINE}`))).toBe('https://news.example https://*.paper.example');
    expect(frameAncestors(await fetch(`${strict.url}/`))).toBe("'none'");
  });

  it('refuses a setting that would break or widen the header', () => {
    expect(parseFrameAncestors("  'self'   https://a.example ")).toBe("'self' https://a.example");
    expect(parseFrameAncestors("'none'")).toBe("'none'");
    expect(() => parseFrameAncestors('https://a.example; script-src *')).toThrow(/not a frame-ancestors source/);
    expect(() => parseFrameAncestors("'none' https://a.example")).toThrow(/cannot be combined/);
    expect(() => parseFrameAncestors('   ')).toThrow(/empty/);
  });

  it('oEmbed gives the iframe of a timeline page or embed address on this server', async () => {
    const page = `${api.url}/?timeline=${TIMELINE}&from=2019-01-01&to=2019-03-31&kinds=SANCTION&event=ignored`;
    const response = await fetch(`${api.url}/oembed?url=${encodeURIComponent(page)}&maxwidth=600`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'chronicle',
      title: 'Venezuelan presidential crisis 2019',
      width: 600,
      height: 480,
    });
    expect(body.html).toBe(
      `<iframe src="${api.url}/embed/${TIMELINE}?from=2019-01-01&amp;to=2019-03-31&amp;kinds=SANCTION" title="Venezuelan presidential crisis 2019 (chronicle)" ` +
        'width="600" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    const bare = (await (await fetch(`${api.url}/oembed?url=${encodeURIComponent(`${api.url}/`)}`)).json()) as Record<string, unknown>;
    expect(bare.html).toContain(`/embed/${TIMELINE}"`);
    const embed = await fetch(`${api.url}/oembed?url=${encodeURIComponent(`${api.url}/embed/${TIMELINE}`)}`);
    expect(embed.status).toBe(200);
  });

  it('oEmbed refuses other sites, unknown timelines and formats it does not serve', async () => {
    expect((await fetch(`${api.url}/oembed?url=${encodeURIComponent('https://elsewhere.example/embed/x')}`)).status).toBe(404);
    expect((await fetch(`${api.url}/oembed?url=${encodeURIComponent(`${api.url}/embed/no-such-timeline`)}`)).status).toBe(404);
    expect((await fetch(`${api.url}/oembed?url=${encodeURIComponent(`${api.url}/ingest`)}`)).status).toBe(404);
    expect((await fetch(`${api.url}/oembed?url=${encodeURIComponent(`${api.url}/`)}&format=xml`)).status).toBe(501);
    expect((await fetch(`${api.url}/oembed`)).status).toBe(400);
  });
});
