/**
 * The second, smaller index: URL-prefix entries (`host/path`) from `urls` lists, consulted only
 * where the full URL is known (the proxy, the extension). Hosts match on label boundaries like
 * domains (`example.com/x` covers `www.example.com/x`); paths match on segment boundaries
 * (`/x` covers `/x/y` and `/x?q`, not `/xy`).
 */
import { pathHasPrefix } from './normalise-url.ts';

/** A built URL-prefix index; query with {@link matchUrl}. */
export interface UrlIndex {
  /** Distinct `host/path` entries. */
  readonly size: number;
  /** Per host, its path prefixes, longest first. */
  readonly hosts: ReadonlyMap<string, readonly UrlPrefix[]>;
}

/** One path prefix under a host, with the sources that list it. */
export interface UrlPrefix {
  readonly path: string;
  readonly sources: readonly number[];
}

/** Normalised `host/path` entries (see `parseSite`) under one source id. */
export interface UrlSource {
  readonly source: number;
  readonly urls: readonly string[];
}

/** One entry covering a URL. */
export interface UrlMatch {
  readonly entry: string;
  readonly sources: readonly number[];
}

const NO_MATCHES: readonly UrlMatch[] = Object.freeze([]);

/** Builds the URL-prefix index; entries without a `/path` part are ignored (they belong in the domain index). */
export function buildUrlIndex(sources: readonly UrlSource[]): UrlIndex {
  const byHost = new Map<string, Map<string, number[]>>();
  let size = 0;
  for (const { source, urls } of sources) {
    for (const url of urls) {
      const slash = url.indexOf('/');
      if (slash <= 0 || slash === url.length - 1) continue;
      const host = url.slice(0, slash);
      const path = url.slice(slash);
      let paths = byHost.get(host);
      if (paths === undefined) byHost.set(host, (paths = new Map()));
      const ids = paths.get(path);
      if (ids === undefined) {
        paths.set(path, [source]);
        size++;
      } else if (!ids.includes(source)) ids.push(source);
    }
  }
  const hosts = new Map<string, readonly UrlPrefix[]>();
  for (const [host, paths] of byHost) {
    const prefixes = [...paths].map(([path, ids]) => ({ path, sources: Object.freeze(ids.sort((a, b) => a - b)) }));
    prefixes.sort((a, b) => b.path.length - a.path.length || (a.path < b.path ? -1 : 1));
    hosts.set(host, prefixes);
  }
  return { size, hosts };
}

/** Every entry covering `host` + `path` (both normalised), most specific first: longer host, then longer path. */
export function matchUrl(index: UrlIndex, host: string, path: string): readonly UrlMatch[] {
  if (index.size === 0) return NO_MATCHES;
  let found: UrlMatch[] | undefined;
  for (let start = 0; start >= 0; ) {
    const suffix = start === 0 ? host : host.slice(start);
    const prefixes = index.hosts.get(suffix);
    if (prefixes !== undefined) {
      for (const p of prefixes) {
        if (pathHasPrefix(path, p.path)) (found ??= []).push({ entry: suffix + p.path, sources: p.sources });
      }
    }
    const dot = host.indexOf('.', start);
    start = dot < 0 ? -1 : dot + 1;
  }
  return found ?? NO_MATCHES;
}
