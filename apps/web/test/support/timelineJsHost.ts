// Knight Lab's TimelineJS, the real one from npm, on a loopback HTTP server of
// its own, showing one TimelineJS JSON document. TimelineJS loads its locale
// and fonts from `script_path`: given an absolute local address it never
// leaves this machine.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The package has no "exports": its files are reachable from its package.json.
const dist = path.join(path.dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/css/timeline.css"></head>
<body style="margin:0"><div id="timeline" style="width:1200px;height:700px"></div>
<script src="/js/timeline.js"></script><script src="/init.js"></script></body></html>`;

const INIT = `fetch('/data.json').then((r) => r.json()).then((data) => {
  // font: null keeps TimelineJS's default web fonts (served by Google) off the page.
  window.timeline = new TL.Timeline('timeline', data, { script_path: location.origin + '/js/', language: 'en', font: null });
  window.timeline.on('loaded', () => { window.timelineLoaded = true; });
});`;

export interface TimelineJsHost {
  url: string;
  close(): Promise<void>;
}

export async function startTimelineJsHost(data: unknown): Promise<TimelineJsHost> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'content-type': type }).end(body);
    if (url.pathname === '/') return send('text/html; charset=utf-8', PAGE);
    if (url.pathname === '/init.js') return send('text/javascript', INIT);
    if (url.pathname === '/data.json') return send('application/json', JSON.stringify(data));
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + path.sep)) return res.writeHead(404).end();
    readFile(file).then(
      (body) => send(TYPES[path.extname(file)] ?? 'application/octet-stream', body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
