/**
 * HTTP/1.1 message handling for the web proxy: parsing request targets (`CONNECT host:port`,
 * absolute `http://` URIs, with a fast path that agrees with WHATWG URL), the headers that go to
 * the origin and back (hop-by-hop dropped per RFC 9110 §7.6.1, Via added), and what the log keeps
 * of a path. No state: the server composes these.
 */
import type { IncomingMessage } from 'node:http';
import type http from 'node:http';
import net, { type Socket } from 'node:net';

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the proxy's own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
export const VIA = '1.1 haven';

/** `::ffff:10.0.0.1` → `10.0.0.1`: the identity map keys IPv4 clients by their IPv4 address. */
export function clientAddress(socket: Socket): string {
  const a = socket.remoteAddress ?? '';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}

/** `host:port` of a CONNECT, or undefined when it is not one. */
export function parseAuthority(authority: string): { host: string; port: number } | undefined {
  const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_.-]{1,253}):(\d{1,5})$/.exec(authority);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return undefined;
  const host = m[1].startsWith('[') ? m[1].slice(1, -1) : m[1];
  if (m[1].startsWith('[') ? net.isIPv6(host) === false : host.split('.').some((l) => l.length === 0 || l.length > 63)) return undefined;
  return { host: host.toLowerCase(), port };
}

/** Host names the fast path of {@link parseHttpUrl} takes as they are: lower-case LDH labels. */
const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;
/** A last label WHATWG URL would read as an IPv4 number (`127.1`, `0x7f.1`, `2130706433`). */
const NUMERIC_LABEL = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;
/** Paths WHATWG URL leaves exactly as they are (no percent-encoding, no dot segments, no fragment). */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*$/;

/**
 * `http://host[:port]/path` → its parts as WHATWG URL gives them (`hostname`, `port`, `pathname` +
 * `search`), or undefined when it is not a valid URL. Plain URLs (lower-case LDH host, decimal
 * port, a path URL would not rewrite) are split by hand: `new URL` is a measurable share of the
 * proxy's per-request CPU. Everything else goes through `new URL`, so the result is the same.
 */
export function parseHttpUrl(rawUrl: string): { host: string; port: number; path: string } | undefined {
  if (rawUrl.startsWith('http://')) {
    const slash = rawUrl.indexOf('/', 7);
    if (slash > 7) {
      const authority = rawUrl.slice(7, slash);
      const colon = authority.indexOf(':');
      const host = colon === -1 ? authority : authority.slice(0, colon);
      const portText = colon === -1 ? '' : authority.slice(colon + 1);
      const path = rawUrl.slice(slash);
      const port = portText === '' ? 80 : /^\d{1,5}$/.test(portText) ? Number(portText) : -1;
      if (
        (colon === -1 || portText !== '') &&
        port >= 0 &&
        port <= 65535 &&
        PLAIN_HOST.test(host) &&
        !NUMERIC_LABEL.test(host) &&
        !host.includes('xn--') &&
        PLAIN_PATH.test(path) &&
        !path.endsWith('?') &&
        !path.includes('/.') &&
        !/%2e/i.test(path)
      ) {
        return { host, port, path };
      }
    }
  }
  let u: URL;
  try {
    u = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:') return undefined;
  return { host: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname, port: u.port === '' ? 80 : Number(u.port), path: `${u.pathname}${u.search}` };
}

/** The names a Connection header lists (lower case), or undefined when there is none. */
function connectionNames(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.toLowerCase().split(',').map((s) => s.trim());
}

/** Request headers for the origin: hop-by-hop (and those the Connection header names) dropped, Via added. */
export function forwardHeaders(req: IncomingMessage, host: string, extra: Readonly<Record<string, string>> | undefined): http.OutgoingHttpHeaders {
  const named = connectionNames(req.headers.connection);
  const out: http.OutgoingHttpHeaders = {};
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    const lower = name.toLowerCase();
    if (lower === 'host' || HOP_BY_HOP.has(lower) || (named !== undefined && named.includes(lower))) continue;
    const value = raw[i + 1] ?? '';
    const prev = out[lower];
    out[lower] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [String(prev), value];
  }
  out.host = host;
  out.via = req.headers.via === undefined ? VIA : `${req.headers.via}, ${VIA}`;
  if (extra !== undefined) for (const [k, v] of Object.entries(extra)) out[k] = v;
  return out;
}

/**
 * {@link forwardHeaders} as the flat raw list `http.request` writes as it is (names keep their
 * case, duplicates stay separate lines): no per-header `setHeader` on the request path.
 */
export function forwardHeaderList(req: IncomingMessage, host: string, extra: Readonly<Record<string, string>> | undefined, via: string): string[] {
  const named = connectionNames(req.headers.connection);
  const replaced = extra === undefined ? undefined : Object.keys(extra).map((k) => k.toLowerCase());
  const out: string[] = ['Host', host];
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    const lower = name.toLowerCase();
    if (lower === 'host' || lower === 'via' || HOP_BY_HOP.has(lower) || (named !== undefined && named.includes(lower)) || (replaced !== undefined && replaced.includes(lower))) continue;
    out.push(name, raw[i + 1] ?? '');
  }
  out.push('Via', req.headers.via === undefined ? via : `${req.headers.via}, ${via}`);
  if (extra !== undefined) for (const k in extra) out.push(k, extra[k] ?? '');
  return out;
}

/** Response headers for the client, as a flat raw list (duplicates such as Set-Cookie kept). */
export function backwardHeaders(up: IncomingMessage): string[] {
  const named = connectionNames(up.headers.connection);
  const out: string[] = [];
  const raw = up.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || (named !== undefined && named.includes(lower))) continue;
    out.push(name, raw[i + 1] ?? '');
  }
  out.push('Via', up.headers.via === undefined ? VIA : `${up.headers.via}, ${VIA}`);
  return out;
}

/** The path without its query, cut to 500 characters (queries can hold personal data; searches are captured separately). */
export function logPath(path: string): string {
  const q = path.indexOf('?');
  const p = q === -1 ? path : path.slice(0, q);
  return p.length > 500 ? p.slice(0, 500) : p;
}
