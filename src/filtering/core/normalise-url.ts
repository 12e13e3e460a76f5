/**
 * Sites and URLs as filtering compares them: a normalised host plus, optionally, a path prefix
 * (lower case, percent-escapes of unreserved characters decoded, no trailing slash), so that
 * `Example.com/Path/` and `example.com/p%61th` name the same place.
 */
import { normaliseHost } from './normalise-host.ts';

/** A host, and a path prefix where one is given (`/path`, never `/` alone). */
export interface SiteRef {
  readonly host: string;
  readonly path?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//iu;

/**
 * Parses a site as written in a rule or a URL list: `example.com`, `example.com/path/x`, or
 * `https://example.com/path` (the scheme is ignored). Returns undefined for anything else.
 */
export function parseSite(site: string): SiteRef | undefined {
  const text = site.trim();
  if (text === '') return undefined;
  const withScheme = SCHEME.test(text) ? text : `http://${text}`;
  const from = withScheme.indexOf('//') + 2;
  const slash = withScheme.indexOf('/', from);
  const authority = withScheme.slice(from, slash < 0 ? undefined : slash);
  // userinfo or a port in a list entry is not a site we can match reliably
  if (authority.includes('@')) return undefined;
  const hostPart = authority.replace(/:\d*$/u, '');
  const host = normaliseHost(hostPart);
  if (host === undefined) return undefined;
  if (slash < 0) return { host };
  const path = normalisePath(withScheme.slice(slash));
  return path === undefined ? { host } : { host, path };
}

/** Splits a request URL (absolute, any scheme) into its normalised host and path (with query), or undefined. */
export function parseRequestUrl(url: string): { host: string; path: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = normaliseHost(parsed.hostname);
  if (host === undefined) return undefined;
  return { host, path: normalisePath(parsed.pathname + parsed.search) ?? '/' };
}

/**
 * Normalises a path (with optional query) for prefix comparison: resolves dot segments through
 * the URL parser, lower-cases, decodes escaped unreserved characters and drops the fragment and a
 * trailing slash. Returns undefined for the root path, which means "the whole site".
 */
export function normalisePath(path: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(path.startsWith('/') ? path : `/${path}`, 'http://h.invalid');
  } catch {
    return undefined;
  }
  let p = decodeUnreserved(parsed.pathname + parsed.search).toLowerCase();
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p === '/' || p === '' ? undefined : p;
}

/** True when `path` is `prefix` or continues it at a segment or query boundary (`/a` matches `/a/b` and `/a?x`, not `/ab`). */
export function pathHasPrefix(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  if (path.length === prefix.length) return true;
  const next = path.charCodeAt(prefix.length);
  // '/', '?', '&', '#'
  return next === 47 || next === 63 || next === 38 || next === 35 || prefix.endsWith('?');
}

function decodeUnreserved(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(/%([0-9a-f]{2})/giu, (match, hex: string) => {
    const c = Number.parseInt(hex, 16);
    const unreserved =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95 || c === 126;
    return unreserved ? String.fromCharCode(c) : match;
  });
}
