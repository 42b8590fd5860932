// Fetches a page an editor named, without letting the link reach anything the
// server can see but the public cannot. Every hop of a redirect is checked
// again, and names are checked after DNS resolution, inside the connection's
// own lookup: the address checked is the address connected to, so a name that
// resolves to a public address for the check and to 127.0.0.1 for the
// connection (DNS rebinding) gets nowhere.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isAllowedHost, isNonPublicAddress } from './address-policy.ts';
import { FetchRefusal } from './fetch-refusal.ts';

export interface FetchPolicy {
  /** Hosts fetched whatever they resolve to (CHRONICLE_FETCH_ALLOW_HOSTS): tests and intranets. */
  allowHosts: readonly string[];
  maxRedirects: number;
  /** Largest body read, after decompression. */
  maxBytes: number;
  /** For the whole fetch, redirects and body included: a server that trickles bytes is cut off too. */
  timeoutMs: number;
  /** DNS resolution; defaults to the system's. Tests stand in a public name with it. */
  lookup?: typeof dns.lookup;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  allowHosts: [],
  maxRedirects: 5,
  // A long article page with inline scripts and styles is well under 2 MB.
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
};

export interface FetchedResponse {
  /** The address answered, after redirects. */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Lower-case MIME type without parameters. */
  mimeType: string;
  body: Buffer;
}

export interface FetchRequest {
  /** MIME types accepted (lower case); any other answer is refused. */
  accept: readonly string[];
  /** What to tell the editor a refused content type should have been. */
  acceptDescription: string;
  headers?: Record<string, string>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'chronicle (+https://github.com/chronicle; article ingestion)';

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefusal(`"${raw.slice(0, 100)}" is not a web address. Give the full link, starting with https://.`, 'invalid-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusal(`"${url.protocol}" links are not fetched; only http:// and https:// addresses are.`, 'scheme');
  }
  if (url.username || url.password) {
    throw new FetchRefusal('Links with a user name or password in them are not fetched. Remove the "user:password@" part.', 'invalid-url');
  }
  return url;
}

function addressRefusal(hostname: string, address: string): FetchRefusal {
  const named = hostname === address ? address : `${hostname} (${address})`;
  return new FetchRefusal(
    `${named} is a private, loopback or link-local address; chronicle fetches public web pages only. ` +
      'An administrator can allow an intranet host with CHRONICLE_FETCH_ALLOW_HOSTS.',
    'address',
  );
}

/** A lookup that refuses a name when any address it resolves to is not public. */
function checkedLookup(baseLookup: typeof dns.lookup): net.LookupFunction {
  return (hostname, options, callback) => {
    baseLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses;
      const refusedAddress = list.find((a) => isNonPublicAddress(a.address));
      if (refusedAddress) return callback(addressRefusal(hostname, refusedAddress.address), '', 0);
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function decoded(response: http.IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(zlib.createGunzip());
    case 'deflate':
      return response.pipe(zlib.createInflate());
    case 'br':
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

function mimeTypeOf(headers: http.IncomingHttpHeaders): string {
  return (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function unreachable(url: URL, error: NodeJS.ErrnoException): FetchRefusal {
  const host = url.host;
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchRefusal(`There is no web server named ${url.hostname} (the name does not resolve). Check the link for typos.`, 'unreachable');
    case 'ECONNREFUSED':
      return new FetchRefusal(`${host} refused the connection. Check the link, or try again later.`, 'unreachable');
    case 'ECONNRESET':
      return new FetchRefusal(`${host} closed the connection before answering. Try again later.`, 'unreachable');
    default:
      if (error.code?.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(error.message)) {
        return new FetchRefusal(`${host}'s HTTPS certificate could not be verified (${error.message}).`, 'unreachable');
      }
      return new FetchRefusal(`${host} could not be reached (${error.code ?? error.message}).`, 'unreachable');
  }
}

/** One request, no redirects followed. */
function requestOnce(url: URL, policy: FetchPolicy, request: FetchRequest, signal: AbortSignal): Promise<FetchedResponse> {
  return new Promise((resolve, reject) => {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const allowed = isAllowedHost(hostname, policy.allowHosts);
    // A literal address never goes through lookup: check it here.
    if (!allowed && net.isIP(hostname) && isNonPublicAddress(hostname)) return reject(addressRefusal(hostname, hostname));
    const lookup = policy.lookup ?? dns.lookup;
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      agent: false,
      lookup: allowed ? lookup : checkedLookup(lookup),
      signal,
      headers: {
        'user-agent': USER_AGENT,
        accept: `${request.accept.join(', ')};q=1, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
        ...request.headers,
      },
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof FetchRefusal) return reject(error);
      if (signal.aborted) return reject(signal.reason instanceof FetchRefusal ? signal.reason : error);
      reject(unreachable(url, error));
    });
    req.on('response', (response) => {
      const base = { url: url.toString(), status: response.statusCode ?? 0, headers: response.headers, mimeType: mimeTypeOf(response.headers) };
      // Redirects and "not modified" carry no body worth reading.
      if (REDIRECTS.has(base.status) || base.status === 304 || base.status >= 400) {
        response.resume();
        return resolve({ ...base, body: Buffer.alloc(0) });
      }
      if (!request.accept.includes(base.mimeType)) {
        response.destroy();
        const said = base.mimeType ? `"${base.mimeType}"` : 'no content type';
        return reject(
          new FetchRefusal(`${url.toString().slice(0, 200)} answered with ${said}; chronicle reads ${request.acceptDescription} only.`, 'content-type'),
        );
      }
      const tooLarge = () =>
        new FetchRefusal(
          `The page at ${url.host} is larger than ${Math.round(policy.maxBytes / 1024 / 1024)} MB; chronicle does not read pages that large. Paste the article's text instead.`,
          'too-large',
        );
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        response.destroy();
        return reject(tooLarge());
      }
      const body = decoded(response);
      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxBytes) {
          response.destroy();
          body.destroy();
          return reject(tooLarge());
        }
        chunks.push(chunk);
      });
      body.on('error', (error: NodeJS.ErrnoException) => {
        if (signal.aborted && signal.reason instanceof FetchRefusal) return reject(signal.reason);
        reject(new FetchRefusal(`The page at ${url.host} could not be read (${error.code ?? error.message}).`, 'unreachable'));
      });
      body.on('end', () => resolve({ ...base, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

/**
 * GETs an http(s) address under the policy, following redirects. Answers
 * 2xx (and 304, for conditional requests); anything else is a FetchRefusal.
 */
export async function safeFetch(rawUrl: string, policy: FetchPolicy, request: FetchRequest): Promise<FetchedResponse> {
  let url = parseHttpUrl(rawUrl);
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new FetchRefusal(
          `${url.host} did not send the page within ${policy.timeoutMs / 1000} seconds. Try again later, or paste the article's text.`,
          'timeout',
        ),
      ),
    policy.timeoutMs,
  );
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await requestOnce(url, policy, request, controller.signal);
      if (REDIRECTS.has(response.status)) {
        const location = response.headers.location;
        if (!location) throw new FetchRefusal(`${url.host} answered with a redirect (${response.status}) that leads nowhere.`, 'status');
        if (hop >= policy.maxRedirects) {
          throw new FetchRefusal(
            `${rawUrl.slice(0, 200)} redirects more than ${policy.maxRedirects} times; give the address it finally leads to.`,
            'redirects',
          );
        }
        url = parseHttpUrl(new URL(location, url).toString());
        continue;
      }
      if (response.status >= 400 || response.status < 200 || (response.status >= 300 && response.status !== 304)) {
        throw new FetchRefusal(
          `${url.toString().slice(0, 200)} answered HTTP ${response.status}${response.status === 404 ? ' (not found); check the link' : ''}.`,
          'status',
        );
      }
      return response;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text: the charset the server names, else the page's <meta charset>, else UTF-8. */
export function decodeBody(response: FetchedResponse): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(response.headers['content-type'] ?? '')?.[1];
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(response.body.subarray(0, 2048).toString('latin1'))?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(response.body);
    } catch {
      // An unknown charset label: try the next source.
    }
  }
  return response.body.toString('utf8');
}
