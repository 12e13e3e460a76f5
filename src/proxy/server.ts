/**
 * The web proxy (F1, F2, F6, M1): an HTTP/1.1 forward proxy for absolute-URI requests and
 * CONNECT, deciding every request with the filter engine's in-memory snapshot, answering
 * blocks with the explaining block page (HTTP, inspected HTTPS) or a 403 (CONNECT), optionally
 * inspecting TLS for chosen groups with the school CA, enforcing safe search and capturing
 * searches where the URL is visible. Bodies are streamed both ways, never buffered; events go
 * to a batched writer, so the database being down never stalls a request.
 *
 * ORDER of one request, and why:
 * 1. Malformed, oversized and slow requests are refused by Node's parser before any of this
 *    (400/431/408 from `clientError`), so nothing below sees a half-read head.
 * 2. Identity before decision: address → device/subnet → groups; proxy credentials, when sent
 *    (or required by the subnet), replace that with the person's own groups.
 * 3. The block page's own form posts are answered before deciding: they are sent to blocked
 *    hosts by design, and carry a signed token that binds them to the block and the address.
 * 4. Decide on the full URL where it is visible, else on the host; illegal lists first (the
 *    engine's precedence).
 * 5. Only an allowed request resolves its host, and a private or local address is refused
 *    after resolution (a public name may point inward).
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import net, { type AddressInfo, type Socket } from 'node:net';
import tls from 'node:tls';
import { CATEGORY_INFO, type ClientIdentity, type Decision } from '../filtering/index.ts';
import { loadAuthority, type LoadedAuthority, mintLeaf } from './certificates.ts';
import { createBlockResponses } from './block-responses.ts';
import { BLOCK_ACTION_PATH } from './core/block-page.ts';
import { safeSearchEdit } from './core/safe-search.ts';
import { searchTermsOf } from './core/search-terms.ts';
import { createDestinationResolver, createPrivateRanges, type DestinationResolver } from './destination.ts';
import { backwardHeaders, clientAddress, forwardHeaderList, forwardHeaders, logPath, parseAuthority, parseHttpUrl, VIA } from './http-message.ts';
import { createProxyIdentity } from './identity.ts';
import { createInspectionPolicy } from './inspection.ts';
import type { ProxyDeps, ProxyService, ProxyStats } from './service-types.ts';

export type { ProxyDeps, ProxyService, ProxySettings, ProxyStats } from './service-types.ts';

/** A decrypted tunnel: the CONNECT it came from. */
interface Tunnel {
  readonly host: string;
  readonly port: number;
  readonly address: string;
  readonly identity: ClientIdentity;
}

const TUNNEL_IDLE_MS = 5 * 60_000;

/** Starts the proxy on its port; resolves once it listens. */
export async function startProxyService(deps: ProxyDeps): Promise<ProxyService> {
  const { settings, engine, clock, logger } = deps;
  const stats: ProxyStats = { requests: 0, blocked: 0, tunnels: 0, inspected: 0, authFailures: 0, upstreamErrors: 0, clientErrors: 0 };
  const destinations: DestinationResolver = createDestinationResolver({ upstreams: deps.dnsUpstreams, allowPrivate: settings.allowPrivate, timeoutMs: settings.upstreamTimeoutMs, now: clock.now });
  const lookup = destinations.lookup as unknown as net.LookupFunction;
  // Node never calls `lookup` for an IP literal, so literals are vetted here (names are vetted by the resolver).
  const privateRanges = settings.allowPrivate ? undefined : createPrivateRanges();
  const privateLiteral = (host: string): boolean => {
    if (privateRanges === undefined) return false;
    const family = net.isIP(host);
    return family !== 0 && privateRanges.check(host, family === 4 ? 'ipv4' : 'ipv6');
  };
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: settings.maxSocketsPerHost, maxFreeSockets: 64, scheduling: 'lifo', timeout: settings.upstreamTimeoutMs });
  const httpsAgent = new https.Agent({
    keepAlive: true,
    maxSockets: settings.maxSocketsPerHost,
    maxFreeSockets: 64,
    scheduling: 'lifo',
    timeout: settings.upstreamTimeoutMs,
    ...(deps.upstreamCa === undefined || deps.upstreamCa.length === 0 ? {} : { ca: [...tls.rootCertificates, ...deps.upstreamCa] }),
  });
  const inspection = createInspectionPolicy(settings.inspection);
  const authority: LoadedAuthority | undefined = deps.authority === undefined ? undefined : await loadAuthority(deps.authority);
  const leafContexts = new Map<string, Promise<tls.SecureContext>>();
  const tunnels = new WeakMap<Socket, Tunnel>();
  const identities = createProxyIdentity({
    engine,
    clock,
    schoolId: settings.schoolId,
    defaultGroup: settings.defaultGroup,
    credentials: deps.credentials,
    onAuthFailure: () => stats.authFailures++,
  });
  const instance = randomBytes(3).toString('hex');
  /** What this proxy adds to Via on forwarded requests, and how it recognises its own requests coming back. */
  const loopMark = `haven-${instance}`;
  const viaOut = `${VIA} (${loopMark})`;

  const blocks = createBlockResponses({
    clock,
    logger,
    tokens: deps.tokens,
    blockActions: deps.blockActions,
    identities,
    groupName: (id) => engine.current().groups.get(id)?.name,
    instance,
  });

  function challenge(res: ServerResponse): void {
    const body = 'Sign in to use the school network: your browser will ask for your school email and password.\n';
    res.writeHead(407, { 'proxy-authenticate': 'Basic realm="Haven school network", charset="UTF-8"', 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), via: VIA });
    res.end(body);
  }

  function record(address: string, client: ClientIdentity, method: string, host: string, path: string | null, d: Decision | undefined, bytes: number | null): void {
    // One object literal of a fixed shape (no spreads): this runs for every request.
    deps.events.record({ at: clock.now(), address, client, method, host, path, verdict: d?.verdict ?? 'allow', category: d?.category, list: d?.list, rule: d?.rule, bytes });
  }

  function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', via: VIA, ...headers });
    res.end(text);
  }

  /** Forwards an allowed request to its origin and streams the answer back. */
  function forward(req: IncomingMessage, res: ServerResponse, target: { secure: boolean; host: string; port: number; path: string }, headers: string[], done: (bytes: number | null) => void): void {
    if (privateLiteral(target.host)) {
      stats.upstreamErrors++;
      done(null);
      return sendText(res, 403, `refused: ${target.host} is a private or local address; the proxy does not reach into local networks\n`, { 'x-haven-verdict': 'refused' });
    }
    const options: https.RequestOptions = {
      host: target.host,
      port: target.port,
      method: req.method ?? 'GET',
      path: target.path,
      headers,
      agent: target.secure ? httpsAgent : httpAgent,
      lookup,
      timeout: settings.upstreamTimeoutMs,
      ...(target.secure && net.isIP(target.host) === 0 ? { servername: target.host } : {}),
    };
    const upstream = (target.secure ? https : http).request(options);
    let bytes = 0;
    upstream.on('response', (up) => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, backwardHeaders(up));
      // A hand-made pipe: three listeners instead of pipe()'s seven, and the byte count in the same one.
      let draining = false;
      up.on('data', (c: Buffer) => {
        bytes += c.length;
        if (!res.write(c)) {
          up.pause();
          if (!draining) {
            draining = true;
            res.on('drain', () => up.resume());
          }
        }
      });
      up.on('end', () => {
        res.end();
        done(bytes);
      });
      up.on('error', () => res.destroy());
    });
    upstream.on('timeout', () => upstream.destroy(Object.assign(new Error('upstream timed out'), { code: 'ETIMEDOUT' })));
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      stats.upstreamErrors++;
      done(null);
      if (res.headersSent) return void res.destroy();
      if (err.code === 'proxy.private_destination') return sendText(res, 403, `${err.message}\n`, { 'x-haven-verdict': 'refused' });
      if (err.code === 'ETIMEDOUT') return sendText(res, 504, `the site ${target.host} did not answer in time\n`);
      if (err.code === 'proxy.name_unresolved' || err.code === 'ENOTFOUND') return sendText(res, 502, `the site ${target.host} could not be found\n`);
      if (typeof err.code === 'string' && (err.code.startsWith('ERR_TLS') || err.code.includes('CERT') || err.code === 'DEPTH_ZERO_SELF_SIGNED_CERT')) return sendText(res, 502, `the site ${target.host} presented a certificate that cannot be trusted (${err.code})\n`);
      sendText(res, 502, `the site ${target.host} could not be reached (${err.code ?? 'error'})\n`);
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3).
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) upstream.end();
    else req.pipe(upstream);
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    const tunnel = tunnels.get(req.socket);
    const address = tunnel?.address ?? clientAddress(req.socket);
    const rawUrl = req.url ?? '/';
    let secure: boolean;
    let host: string;
    let port: number;
    let path: string;
    if (tunnel !== undefined) {
      // Inside an inspected tunnel the Host header names the site (a differing one is decided on its own).
      const hostHeader = req.headers.host ?? `${tunnel.host}:${tunnel.port}`;
      const parsed = parseAuthority(hostHeader.includes(':') && !hostHeader.endsWith(']') ? hostHeader : `${hostHeader}:${tunnel.port}`);
      if (parsed === undefined || !rawUrl.startsWith('/')) return sendText(res, 400, 'bad request: the Host header or path is not valid\n');
      secure = true;
      ({ host, port } = parsed);
      path = rawUrl;
    } else if (rawUrl.startsWith('http://')) {
      const parsed = parseHttpUrl(rawUrl);
      if (parsed === undefined) return sendText(res, 400, 'bad request: the URL is not valid\n');
      secure = false;
      ({ host, port, path } = parsed);
    } else {
      return sendText(res, 400, 'this is the Haven web proxy: set it as your proxy (or use the PAC file) instead of opening it directly\n');
    }
    if (req.headers.via?.includes(loopMark) === true) return sendText(res, 508, 'loop detected: the request came back to this proxy\n');
    // Without credentials the identity is known at once: no await (and no microtask hop) on the common path.
    const identity = tunnel?.identity ?? (req.headers['proxy-authorization'] === undefined ? identities.byAddress(address) : await identities.identify(req.headers['proxy-authorization'], address));
    if (identity === undefined) return challenge(res);
    const url = `${secure ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}${(secure ? port === 443 : port === 80) ? '' : `:${port}`}${path}`;
    if (req.method === 'POST' && path === BLOCK_ACTION_PATH) return blocks.handleBlockAction(req, res, address);

    const decision = engine.decideFor(identity, host, clock.now(), url);
    if (decision.verdict === 'block') {
      stats.blocked++;
      record(address, identity, req.method ?? 'GET', decision.host, logPath(path), decision, null);
      return blocks.sendBlockPage(res, address, identity, decision, url);
    }
    let sendPath = path;
    const edit = safeSearchEdit(url, decision.safeSearch);
    if (edit.url !== undefined) {
      const u = new URL(edit.url);
      sendPath = `${u.pathname}${u.search}`;
    }
    if (deps.searches !== undefined && (req.method === 'GET' || req.method === 'HEAD') && (path.includes('?') || path.includes('Special:Search/'))) {
      const terms = searchTermsOf(url);
      if (terms !== undefined) {
        deps.searches.search({ at: clock.now(), schoolId: identity.schoolId, source: 'proxy', engine: terms.engine, query: terms.query, host, personId: identity.personId ?? null, deviceId: identity.deviceId ?? null, clientAddress: address, groups: identity.groups });
      }
    }
    const headers = forwardHeaderList(req, req.headers.host !== undefined && tunnel !== undefined ? req.headers.host : port === (secure ? 443 : 80) ? host : `${host}:${port}`, edit.headers, viaOut);
    forward(req, res, { secure, host, port, path: sendPath }, headers, (bytes) => record(address, identity, req.method ?? 'GET', decision.host, logPath(path), decision, bytes));
  }

  /** A leaf context for a host, minted once and cached (bounded). */
  function leafContext(host: string): Promise<tls.SecureContext> {
    const hit = leafContexts.get(host);
    if (hit !== undefined) return hit;
    if (authority === undefined) return Promise.reject(new Error('no school CA'));
    if (leafContexts.size >= 10_000) leafContexts.delete(leafContexts.keys().next().value ?? '');
    const made = mintLeaf(authority, host, clock.now()).then((leaf) => tls.createSecureContext({ cert: `${leaf.certPem}${authority.ca.certPem}`, key: leaf.keyPem, minVersion: 'TLSv1.2' }));
    made.catch(() => leafContexts.delete(host));
    leafContexts.set(host, made);
    return made;
  }

  function refuseConnect(socket: Socket, status: number, reason: string, extra = ''): void {
    const body = `${reason}\n`;
    const phrase = http.STATUS_CODES[status] ?? 'Error';
    if (socket.writable) socket.end(`HTTP/1.1 ${status} ${phrase}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nVia: ${VIA}\r\n${extra}Connection: close\r\n\r\n${body}`);
    else socket.destroy();
  }

  async function handleConnect(req: IncomingMessage, socket: Socket, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const address = clientAddress(socket);
    const target = parseAuthority(req.url ?? '');
    if (target === undefined) return refuseConnect(socket, 400, 'bad request: CONNECT needs host:port');
    if (!settings.connectPorts.includes(target.port)) return refuseConnect(socket, 403, `refused: the proxy opens tunnels to port${settings.connectPorts.length === 1 ? '' : 's'} ${settings.connectPorts.join(', ')} only`);
    const identity = await identities.identify(req.headers['proxy-authorization'], address);
    if (identity === undefined) return refuseConnect(socket, 407, 'sign in to use the school network', 'Proxy-Authenticate: Basic realm="Haven school network", charset="UTF-8"\r\n');
    const decision = engine.decideFor(identity, target.host, clock.now());
    // Inspected clients get the block page over TLS, decided on the URL inside the tunnel.
    const inspect = authority !== undefined && inspection.shouldInspect(identity, target.host, decision, engine.current());
    if (decision.verdict === 'block' && !inspect) {
      stats.blocked++;
      record(address, identity, 'CONNECT', decision.host, null, decision, null);
      const why = decision.category === undefined ? decision.reason : `${CATEGORY_INFO[decision.category].label} (${decision.category})`;
      return refuseConnect(socket, 403, `Blocked by the school's filter: ${target.host} — ${why}`, `X-Haven-Verdict: block\r\n${decision.category === undefined ? '' : `X-Haven-Category: ${decision.category}\r\n`}`);
    }
    stats.tunnels++;
    if (inspect) {
      let context: tls.SecureContext;
      try {
        context = await leafContext(target.host);
      } catch (err) {
        logger.warn({ err, host: target.host }, 'could not mint a certificate; tunnelling without inspection');
        return tunnelThrough(socket, head, address, identity, target, decision);
      }
      stats.inspected++;
      socket.write(`HTTP/1.1 200 Connection Established\r\nVia: ${VIA}\r\n\r\n`);
      if (head.length > 0) socket.unshift(head);
      const secured = new tls.TLSSocket(socket, { isServer: true, secureContext: context, ALPNProtocols: ['http/1.1'] });
      secured.on('error', () => secured.destroy());
      tunnels.set(secured, { host: target.host, port: target.port, address, identity });
      server.emit('connection', secured);
      return;
    }
    tunnelThrough(socket, head, address, identity, target, decision);
  }

  function tunnelThrough(socket: Socket, head: Buffer, address: string, identity: ClientIdentity, target: { host: string; port: number }, decision: Decision): void {
    destinations.resolve(target.host).then(
      (dest) => {
        const upstream = net.connect({ host: dest.address, port: target.port, family: dest.family });
        track(upstream);
        let bytes = 0;
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          record(address, identity, 'CONNECT', decision.host, null, decision, bytes);
          socket.destroy();
          upstream.destroy();
        };
        upstream.setTimeout(settings.upstreamTimeoutMs, () => {
          if (!upstream.connecting) return;
          stats.upstreamErrors++;
          refuseConnect(socket, 504, `the site ${target.host} did not answer in time`);
          finish();
        });
        upstream.once('connect', () => {
          upstream.setTimeout(TUNNEL_IDLE_MS, finish);
          socket.setTimeout(TUNNEL_IDLE_MS, finish);
          socket.write(`HTTP/1.1 200 Connection Established\r\nVia: ${VIA}\r\n\r\n`);
          if (head.length > 0) upstream.write(head);
          upstream.on('data', (c: Buffer) => (bytes += c.length));
          socket.on('data', (c: Buffer) => (bytes += c.length));
          upstream.pipe(socket);
          socket.pipe(upstream);
        });
        upstream.on('error', (err: NodeJS.ErrnoException) => {
          if (!finished && upstream.connecting) {
            stats.upstreamErrors++;
            refuseConnect(socket, 502, `the site ${target.host} could not be reached (${err.code ?? 'error'})`);
          }
          finish();
        });
        upstream.on('close', finish);
        socket.on('close', finish);
      },
      (err: NodeJS.ErrnoException) => {
        stats.upstreamErrors++;
        record(address, identity, 'CONNECT', decision.host, null, decision, null);
        refuseConnect(socket, err.code === 'proxy.private_destination' ? 403 : 502, err.message);
      },
    );
  }

  /** WebSocket and other upgrades over plain HTTP or an inspected tunnel: decided like requests, then spliced. */
  async function handleUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const tunnel = tunnels.get(socket);
    const address = tunnel?.address ?? clientAddress(socket);
    let host: string;
    let port: number;
    let path: string;
    if (tunnel !== undefined) {
      host = tunnel.host;
      port = tunnel.port;
      path = req.url ?? '/';
    } else {
      let u: URL;
      try {
        u = new URL(req.url ?? '');
      } catch {
        return refuseConnect(socket, 400, 'bad request: the URL is not valid');
      }
      if (u.protocol !== 'http:') return refuseConnect(socket, 400, 'bad request: absolute http:// URL expected');
      host = u.hostname;
      port = u.port === '' ? 80 : Number(u.port);
      path = `${u.pathname}${u.search}`;
    }
    const identity = tunnel?.identity ?? (await identities.identify(req.headers['proxy-authorization'], address));
    if (identity === undefined) return refuseConnect(socket, 407, 'sign in to use the school network', 'Proxy-Authenticate: Basic realm="Haven school network", charset="UTF-8"\r\n');
    const decision = engine.decideFor(identity, host, clock.now(), `${tunnel === undefined ? 'http' : 'https'}://${host}${path}`);
    if (decision.verdict === 'block') {
      stats.blocked++;
      record(address, identity, req.method ?? 'GET', decision.host, logPath(path), decision, null);
      return refuseConnect(socket, 403, `Blocked by the school's filter: ${host}`);
    }
    let dest;
    try {
      dest = await destinations.resolve(host);
    } catch (err) {
      return refuseConnect(socket, (err as NodeJS.ErrnoException).code === 'proxy.private_destination' ? 403 : 502, (err as Error).message);
    }
    const upstream: Socket = tunnel === undefined ? net.connect({ host: dest.address, port, family: dest.family }) : tls.connect({ host: dest.address, port, servername: host, ...(deps.upstreamCa === undefined ? {} : { ca: [...tls.rootCertificates, ...deps.upstreamCa] }) });
    track(upstream);
    upstream.on('error', () => socket.destroy());
    upstream.once(tunnel === undefined ? 'connect' : 'secureConnect', () => {
      const headers = forwardHeaders(req, host, undefined);
      const lines = [`${req.method ?? 'GET'} ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: Upgrade', `Upgrade: ${req.headers.upgrade ?? ''}`];
      for (const [k, v] of Object.entries(headers)) if (k !== 'host' && v !== undefined) for (const one of Array.isArray(v) ? v : [String(v)]) lines.push(`${k}: ${one}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
      record(address, identity, req.method ?? 'GET', decision.host, logPath(path), decision, null);
    });
    socket.on('close', () => upstream.destroy());
  }

  /** Every client and upstream socket, so close() ends tunnels too (they are detached from the HTTP server). */
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = http.createServer({ maxHeaderSize: settings.maxHeaderBytes, requestTimeout: 300_000, headersTimeout: settings.headersTimeoutMs, keepAliveTimeout: settings.idleMs, connectionsCheckingInterval: 1000 });
  server.maxConnections = settings.maxConnections;
  server.on('connection', track);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handleRequest(req, res).catch((err: unknown) => {
      logger.error({ err }, 'proxy request failed');
      sendText(res, 500, 'the proxy failed on this request\n');
    });
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    handleConnect(req, socket, head).catch((err: unknown) => {
      logger.error({ err }, 'proxy CONNECT failed');
      socket.destroy();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    handleUpgrade(req, socket, head).catch((err: unknown) => {
      logger.error({ err }, 'proxy upgrade failed');
      socket.destroy();
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    stats.clientErrors++;
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = `${http.STATUS_CODES[status] ?? 'Bad Request'}\n`;
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? 'Bad Request'}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: settings.host, port: settings.port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  logger.info({ host: bound.address, port: bound.port, inspection: authority !== undefined && inspection.enabled }, 'web proxy listening');
  return {
    host: bound.address,
    port: bound.port,
    status: () => ({ host: bound.address, port: bound.port, connections: sockets.size, inspection: authority !== undefined && inspection.enabled, stats: { ...stats } }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

