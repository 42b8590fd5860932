import dns from 'node:dns';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, redirect, startPageServer, type PageServer } from '@chronicle/testing';
import { isNonPublicAddress } from './address-policy.ts';
import { FetchRefusal } from './fetch-refusal.ts';
import { DEFAULT_FETCH_POLICY, decodeBody, safeFetch, type FetchPolicy } from './safe-fetch.ts';

const HTML = { accept: ['text/html', 'text/plain'], acceptDescription: 'HTML and plain-text pages' };

/** A resolver for names the tests invent; "news.example" stands for a public name whose DNS points at 127.0.0.1. */
const lookupTo = (address: string) =>
  ((hostname: string, options: dns.LookupOptions, callback: (e: Error | null, a: dns.LookupAddress[] | string, f?: number) => void) => {
    if (hostname !== 'news.example') return dns.lookup(hostname, options, callback as never);
    if (options.all) return callback(null, [{ address, family: 4 }]);
    callback(null, address, 4);
  }) as unknown as typeof dns.lookup;

async function refusal(promise: Promise<unknown>): Promise<FetchRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe('fetching a page safely', () => {
  let server: PageServer;
  const policy: FetchPolicy = { ...DEFAULT_FETCH_POLICY, allowHosts: ['localhost'] };

  beforeAll(async () => {
    server = await startPageServer();
    server.route('/article', page('<html><body><p>Hello</p></body></html>'));
    server.route('/hop1', redirect('/hop2', 301));
    server.route('/hop2', redirect('/hop3', 307));
    server.route('/hop3', redirect('/article', 308));
    server.route('/loop', redirect('/loop'));
    server.route('/to-loopback', (_req, res) => redirect(`http://127.0.0.1:${server.port}/article`)(_req, res));
    server.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
    server.route('/to-file', redirect('file:///etc/passwd'));
    server.route('/report.pdf', page('%PDF-1.7 …', 'application/pdf'));
    server.route('/no-type', (_req, res) => res.end('<p>What am I?</p>'));
    server.route('/huge-declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(DEFAULT_FETCH_POLICY.maxBytes + 1) });
      res.end();
    });
    server.route('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent <= DEFAULT_FETCH_POLICY.maxBytes + chunk.length) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    // 40 MB of zeros compress to ~40 KB: the cap counts what comes out of the decompressor.
    const bomb = zlib.gzipSync(Buffer.alloc(40 * 1024 * 1024));
    server.route('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    server.route('/gzip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync('<p>Caracas, señor</p>'));
    });
    server.route('/latin1', page(Buffer.from('<p>Bogot\xe1, se\xf1or</p>', 'latin1') as unknown as string, 'text/html; charset=windows-1252'));
    server.route('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first bytes, then nothing');
    });
    server.route('/gone', (_req, res) => {
      res.writeHead(410, { 'content-type': 'text/html' });
      res.end('gone');
    });
  });
  afterAll(() => server.close());

  it('fetches an allowed host, following a chain of redirects to the page', async () => {
    const response = await safeFetch(`${server.origin}/hop1`, policy, HTML);
    expect(response.url).toBe(`${server.origin}/article`);
    expect(decodeBody(response)).toContain('Hello');
  });

  it('decodes gzip and the charset the server names', async () => {
    expect(decodeBody(await safeFetch(`${server.origin}/gzip`, policy, HTML))).toContain('Caracas, señor');
    expect(decodeBody(await safeFetch(`${server.origin}/latin1`, policy, HTML))).toContain('Bogotá, señor');
  });

  it('refuses schemes other than http(s), also when a redirect leads there', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'javascript:alert(1)', 'gopher://x/']) {
      expect((await refusal(safeFetch(url, policy, HTML))).message).toMatch(/only http:\/\/ and https:\/\/ addresses are/);
    }
    expect((await refusal(safeFetch(`${server.origin}/to-file`, policy, HTML))).reason).toBe('scheme');
  });

  it('refuses private, loopback and link-local addresses written as addresses', async () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://10.1.2.3/',
      'http://192.168.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://0.0.0.0/',
      'http://2130706433/',
    ]) {
      const error = await refusal(safeFetch(url, policy, HTML));
      expect(error.reason, url).toBe('address');
      expect(error.message).toMatch(/private, loopback or link-local address; .*CHRONICLE_FETCH_ALLOW_HOSTS/);
    }
  });

  it('re-checks every redirect: an allowed page redirecting to 127.0.0.1 or the metadata service is refused', async () => {
    const toLoopback = await refusal(safeFetch(`${server.origin}/to-loopback`, policy, HTML));
    expect(toLoopback.reason).toBe('address');
    expect(toLoopback.message).toContain('127.0.0.1');
    expect((await refusal(safeFetch(`${server.origin}/to-metadata`, policy, HTML))).message).toContain('169.254.169.254');
  });

  it('checks names after DNS resolution: a public name pointing at 127.0.0.1 is refused, and allowed only when listed', async () => {
    const url = `http://news.example:${server.port}/article`;
    const before = server.hits.get('/article') ?? 0;
    const refused = await refusal(safeFetch(url, { ...policy, lookup: lookupTo('127.0.0.1') }, HTML));
    expect(refused.message).toBe(
      'news.example (127.0.0.1) is a private, loopback or link-local address; chronicle fetches public web pages only. An administrator can allow an intranet host with CHRONICLE_FETCH_ALLOW_HOSTS.',
    );
    // Refused before connecting: the server never saw the request.
    expect(server.hits.get('/article') ?? 0).toBe(before);
    // Listed, the same name connects to the address its lookup gave.
    const allowed = await safeFetch(url, { ...policy, allowHosts: ['*.example'], lookup: lookupTo('127.0.0.1') }, HTML);
    expect(decodeBody(allowed)).toContain('Hello');
  });

  it('refuses a redirect loop after the limit', async () => {
    const error = await refusal(safeFetch(`${server.origin}/loop`, policy, HTML));
    expect(error.message).toMatch(/redirects more than 5 times/);
    const shortLimit = await refusal(safeFetch(`${server.origin}/hop1`, { ...policy, maxRedirects: 2 }, HTML));
    expect(shortLimit.reason).toBe('redirects');
  });

  it('refuses content types other than HTML and text, such as a PDF', async () => {
    const pdf = await refusal(safeFetch(`${server.origin}/report.pdf`, policy, HTML));
    expect(pdf.message).toMatch(/answered with "application\/pdf"; chronicle reads HTML and plain-text pages only/);
    expect((await refusal(safeFetch(`${server.origin}/no-type`, policy, HTML))).reason).toBe('content-type');
  });

  it('refuses pages over the size cap, declared, streamed, or decompressed', async () => {
    for (const path of ['/huge-declared', '/huge-chunked', '/bomb']) {
      const error = await refusal(safeFetch(`${server.origin}${path}`, policy, HTML));
      expect(error.reason, path).toBe('too-large');
      expect(error.message).toMatch(/larger than 5 MB/);
    }
  });

  it('gives up on a server that stops sending', async () => {
    const started = Date.now();
    const error = await refusal(safeFetch(`${server.origin}/slow`, { ...policy, timeoutMs: 300 }, HTML));
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/did not send the page within 0.3 seconds/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says what went wrong with error statuses and unknown names', async () => {
    expect((await refusal(safeFetch(`${server.origin}/missing`, policy, HTML))).message).toMatch(/answered HTTP 404 \(not found\)/);
    expect((await refusal(safeFetch(`${server.origin}/gone`, policy, HTML))).message).toMatch(/answered HTTP 410/);
    expect((await refusal(safeFetch('http://no-such-host.invalid/', policy, HTML))).message).toMatch(/no web server named no-such-host.invalid/);
  });
});

describe('which addresses are public', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.0.0.1', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12::1', true],
    ['::ffff:10.0.0.1', true],
    ['224.0.0.1', true],
    ['not an address', true],
    ['93.184.216.34', false],
    ['172.32.0.1', false],
    ['8.8.8.8', false],
    ['2606:4700::1111', false],
    ['::ffff:8.8.8.8', false],
  ])('%s is non-public: %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });
});
