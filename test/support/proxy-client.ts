/**
 * Test clients for the web proxy: plain HTTP through it (absolute URIs, optional keep-alive
 * agent), HTTPS through a CONNECT tunnel, and raw bytes for malformed-request tests.
 */
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';

/** One answer, body read whole (tests only: small pages). */
export interface ProxyAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Whether the request went out on a socket an earlier request had used (keep-alive). */
  reusedSocket: boolean;
}

async function read(res: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends `method url` to the proxy as an absolute-URI request. */
export async function viaProxy(proxyPort: number, url: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string; agent?: http.Agent; localAddress?: string } = {}): Promise<ProxyAnswer> {
  const req = http.request({ host: '127.0.0.1', port: proxyPort, method: options.method ?? 'GET', path: url, headers: { host: new URL(url).host, ...options.headers }, agent: options.agent ?? false, ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }) });
  req.end(options.body);
  const [res] = (await once(req, 'response')) as [http.IncomingMessage];
  return { status: res.statusCode ?? 0, headers: res.headers, body: await read(res), reusedSocket: req.reusedSocket };
}

/** Opens a CONNECT tunnel; resolves with the status line's code and, when 200, the socket. */
export async function connectTunnel(proxyPort: number, authority: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; socket: net.Socket | undefined; body: string; headers: http.IncomingHttpHeaders }> {
  const req = http.request({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: authority, headers: { host: authority, ...headers }, agent: false });
  req.end();
  return new Promise((resolve, reject) => {
    req.once('connect', (res: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      if (res.statusCode === 200) {
        if (head.length > 0) socket.unshift(head);
        return resolve({ status: 200, socket, body: '', headers: res.headers });
      }
      // Non-2xx CONNECT answers come here too; their bodies follow on the socket (part may be in `head`).
      const chunks: Buffer[] = [head];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('close', () => resolve({ status: res.statusCode ?? 0, socket: undefined, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.once('response', (res: http.IncomingMessage) => {
      read(res).then((body) => resolve({ status: res.statusCode ?? 0, socket: undefined, body, headers: res.headers }), reject);
    });
    req.once('error', reject);
  });
}

/** An HTTPS request through a CONNECT tunnel, trusting `ca` (the origin's, or the school CA when inspected). */
export async function httpsViaProxy(proxyPort: number, host: string, port: number, path: string, ca: string | string[], headers: http.OutgoingHttpHeaders = {}): Promise<ProxyAnswer & { peerIssuer: string }> {
  const tunnel = await connectTunnel(proxyPort, `${host}:${port}`, headers);
  if (tunnel.socket === undefined) throw new Error(`CONNECT refused with ${tunnel.status}: ${tunnel.body}`);
  const secure = tls.connect({ socket: tunnel.socket, servername: host, ca });
  await once(secure, 'secureConnect');
  const issuer = secure.getPeerCertificate().issuer.CN ?? '';
  // Plain http.request over the already-secured socket: no second lookup, no second handshake.
  const req = http.request({ host, port, path, method: 'GET', headers: { host: port === 443 ? host : `${host}:${port}` }, createConnection: () => secure });
  req.end();
  const [res] = (await once(req, 'response')) as [http.IncomingMessage];
  const body = await read(res);
  secure.destroy();
  return { status: res.statusCode ?? 0, headers: res.headers, body, reusedSocket: false, peerIssuer: String(issuer) };
}

/** Writes raw bytes to the proxy and returns everything it sends back before closing (or `waitMs`). */
export async function rawExchange(proxyPort: number, bytes: string | Buffer, waitMs = 3000): Promise<string> {
  const socket = net.connect(proxyPort, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(bytes);
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  await Promise.race([once(socket, 'close'), new Promise((r) => setTimeout(r, waitMs))]);
  socket.destroy();
  return Buffer.concat(chunks).toString('utf8');
}

/** A raw exchange's answer: the status code of the first response line (0 when none came) and the text. */
export interface RawAnswer {
  status: number;
  text: string;
  /** Whether the proxy closed the connection before `waitMs`. */
  closed: boolean;
}

/**
 * Writes raw bytes (optionally in timed pieces, for slow clients) and resolves once the proxy
 * closes the connection, a whole response head has arrived and `untilHead` is set, or `waitMs` passes.
 */
export async function rawRequest(proxyPort: number, pieces: string | Buffer | readonly (string | Buffer)[], options: { waitMs?: number; untilHead?: boolean; gapMs?: number; idleMs?: number } = {}): Promise<RawAnswer> {
  const socket = net.connect(proxyPort, '127.0.0.1');
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  const chunks: Buffer[] = [];
  let closed = false;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, options.waitMs ?? 3000);
    let idle: NodeJS.Timeout | undefined;
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // With idleMs: done once the proxy has said something and then nothing more for that long.
      if (options.idleMs !== undefined) {
        clearTimeout(idle);
        idle = setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, options.idleMs);
      }
      if (options.untilHead === true && Buffer.concat(chunks).includes('\r\n\r\n')) {
        clearTimeout(timer);
        resolve();
      }
    });
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      clearTimeout(idle);
      resolve();
    });
  });
  const list = typeof pieces === 'string' || Buffer.isBuffer(pieces) ? [pieces] : pieces;
  void (async () => {
    for (const [i, p] of list.entries()) {
      if (i > 0 && options.gapMs !== undefined) await new Promise((r) => setTimeout(r, options.gapMs));
      if (socket.destroyed) return;
      socket.write(p);
    }
  })();
  await done;
  socket.destroy();
  const text = Buffer.concat(chunks).toString('latin1');
  const m = /^HTTP\/1\.[01] (\d{3})/u.exec(text);
  return { status: m?.[1] === undefined ? 0 : Number(m[1]), text, closed };
}
