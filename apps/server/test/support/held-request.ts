// A POST that the test can hold open on the server's side. It is sent with
// `Expect: 100-continue`: Node answers "100 Continue" only once it has parsed
// the headers and started the request, so when `accepted` resolves the
// request is in flight on the server, not waiting in a socket. The body goes
// out when the test calls `send()`. Timing-free, unlike "sleep a little, then
// signal", which loses the race on a loaded machine.
import net from 'node:net';

export interface HeldRequest {
  /** Resolves when the server has begun the request. */
  accepted: Promise<void>;
  /** Sends the body and resolves with the complete response. */
  send(): Promise<{ status: number; body: string }>;
}

export function holdPost(url: string, body: string): HeldRequest {
  const { hostname, port, pathname } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  const payload = Buffer.from(body, 'utf8');
  let received = Buffer.alloc(0);
  let onData: () => void = () => {};
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    onData();
  });
  const closed = new Promise<void>((resolve, reject) => {
    socket.on('end', resolve);
    socket.on('error', reject);
  });

  socket.write(
    [
      `POST ${pathname} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Content-Type: application/json',
      `Content-Length: ${payload.length}`,
      'Expect: 100-continue',
      'Connection: close',
      '',
      '',
    ].join('\r\n'),
  );

  const accepted = new Promise<void>((resolve, reject) => {
    onData = () => {
      const text = received.toString('latin1');
      if (!text.includes('\r\n\r\n')) return;
      if (text.startsWith('HTTP/1.1 100')) {
        received = received.subarray(text.indexOf('\r\n\r\n') + 4);
        onData = () => {};
        resolve();
      } else reject(new Error(`expected 100 Continue, got: ${text.split('\r\n')[0]}`));
    };
    closed.then(() => reject(new Error('connection closed before 100 Continue')), reject);
  });

  return {
    accepted,
    async send() {
      socket.write(payload);
      await closed;
      return parseResponse(received);
    },
  };
}

function parseResponse(raw: Buffer): { status: number; body: string } {
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd < 0) throw new Error(`incomplete response: ${raw.toString('latin1').slice(0, 200)}`);
  const head = raw.subarray(0, headEnd).toString('latin1');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const rest = raw.subarray(headEnd + 4);
  const body = /\r\ntransfer-encoding:\s*chunked/i.test(head) ? dechunk(rest) : rest;
  return { status, body: body.toString('utf8') };
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) throw new Error('chunked response ended early');
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
