/**
 * Search capture (M1): the search terms in a request URL, for the search engines and sites
 * where children search. Pure (the browser extension runs it too): it reads only the URL.
 * Autocomplete endpoints are left out on purpose — they send every keystroke, and monitoring
 * wants what was searched, not each prefix of it.
 */

/** Engines named in search events; `other` is any site's own search box. */
export const SEARCH_ENGINES = ['google', 'bing', 'duckduckgo', 'youtube', 'wikipedia', 'yahoo', 'ecosia', 'other'] as const;
/** One engine from {@link SEARCH_ENGINES}. */
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

/** The terms of one search and where they were typed. */
export interface SearchTerms {
  readonly engine: SearchEngine;
  readonly query: string;
}

/** Longest query kept; anything longer is cut (a search box is not an essay). */
export const MAX_QUERY_LENGTH = 500;

interface EngineRule {
  readonly engine: SearchEngine;
  /** Host (without `www.`/`m.`) matches. */
  readonly host: RegExp;
  /** Path matches. */
  readonly path: RegExp;
  /** Query parameters holding the terms, first present wins. */
  readonly params: readonly string[];
}

const ENGINE_RULES: readonly EngineRule[] = [
  { engine: 'google', host: /^(?:[a-z]+\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/, path: /^\/(?:search|webhp|images|imghp)?\/?$/, params: ['q', 'as_q'] },
  { engine: 'bing', host: /^bing\.com$/, path: /^\/(?:search|images\/search|videos\/search|news\/search)\/?$/, params: ['q'] },
  { engine: 'duckduckgo', host: /^(?:html\.|lite\.)?duckduckgo\.com$/, path: /^\/(?:html|lite)?\/?$/, params: ['q'] },
  { engine: 'youtube', host: /^(?:music\.)?youtube\.com$|^youtube-nocookie\.com$/, path: /^\/results\/?$/, params: ['search_query', 'q'] },
  { engine: 'wikipedia', host: /^(?:[a-z-]+\.)?(?:m\.)?wikipedia\.org$/, path: /^\/(?:w\/index\.php|wiki\/Special:Search)\/?$/, params: ['search'] },
  { engine: 'yahoo', host: /^(?:[a-z]{2}\.)?search\.yahoo\.com$/, path: /^\/(?:search|yhs\/search)/, params: ['p', 'q'] },
  { engine: 'ecosia', host: /^ecosia\.org$/, path: /^\/(?:search|images|videos|news)\/?$/, params: ['q'] },
];

/** Other sites' search pages: a path that says search, with one of the usual parameters. */
const OTHER_PATH = /(?:^|\/)(?:search|results|find|s)(?:\/|\.[a-z]+$|$)/i;
const OTHER_PARAMS = ['q', 'query', 'search', 'search_query', 'text', 'p', 'k', 'keyword', 'keywords', 'term', 'wd', 's'] as const;

/** Drops `www.` and `m.` so `m.youtube.com` is `youtube.com`. */
function bareHost(host: string): string {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  for (;;) {
    if (h.startsWith('www.')) h = h.slice(4);
    else if (h.startsWith('m.') && h.split('.').length > 2) h = h.slice(2);
    else return h;
  }
}

/** The terms from the first non-empty parameter, whitespace collapsed and cut to {@link MAX_QUERY_LENGTH}. */
function termsOf(params: URLSearchParams, names: readonly string[]): string | undefined {
  for (const name of names) {
    const raw = params.get(name);
    if (raw === null) continue;
    const query = raw.replace(/\s+/g, ' ').trim();
    if (query !== '') return query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
  }
  return undefined;
}

/**
 * The search in a full URL (`http(s)://host/path?query`), or undefined when the URL is not a
 * search. Wikipedia's `/wiki/Special:Search/<terms>` form is read from the path.
 */
export function searchTermsOf(url: string): SearchTerms | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = bareHost(parsed.hostname);
  const path = parsed.pathname;
  for (const rule of ENGINE_RULES) {
    if (!rule.host.test(host)) continue;
    if (rule.engine === 'wikipedia' && path.startsWith('/wiki/Special:Search/')) {
      const query = decodePath(path.slice('/wiki/Special:Search/'.length));
      return query === undefined ? undefined : { engine: 'wikipedia', query };
    }
    if (!rule.path.test(path)) return undefined;
    const query = termsOf(parsed.searchParams, rule.params);
    return query === undefined ? undefined : { engine: rule.engine, query };
  }
  if (parsed.search === '' || !OTHER_PATH.test(path)) return undefined;
  const query = termsOf(parsed.searchParams, OTHER_PARAMS);
  return query === undefined ? undefined : { engine: 'other', query };
}

function decodePath(segment: string): string | undefined {
  try {
    const query = decodeURIComponent(segment.replace(/_/g, ' ')).replace(/\s+/g, ' ').trim();
    return query === '' ? undefined : query.slice(0, MAX_QUERY_LENGTH);
  } catch {
    return undefined;
  }
}
