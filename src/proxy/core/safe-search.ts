/**
 * Safe search enforced in the request (F4), where the proxy sees the URL (plain HTTP or
 * inspected HTTPS): Google `safe=active`, Bing `adlt=strict|moderate`, DuckDuckGo `kp`, Yahoo
 * `vm=r`, and YouTube's `YouTube-Restrict` header. The DNS filter enforces the same by name
 * (the engines' safe-search addresses); this is the second lock for when DNS is bypassed. Pure.
 */
/** Safe-search strength, as filtering's decision gives it (core/ imports only its own capability). */
export type SafeSearchLevel = 'off' | 'moderate' | 'strict';

/** What to change in one request: a replacement URL and headers to set. */
export interface SafeSearchEdit {
  /** The URL to send instead, when a parameter had to be forced. */
  readonly url?: string;
  /** Headers to set (replacing any the client sent). */
  readonly headers?: Readonly<Record<string, string>>;
}

const NOTHING: SafeSearchEdit = Object.freeze({});

/** Forces one parameter; returns whether the URL changed. */
function force(url: URL, name: string, value: string): boolean {
  if (url.searchParams.getAll(name).length === 1 && url.searchParams.get(name) === value) return false;
  url.searchParams.delete(name);
  url.searchParams.set(name, value);
  return true;
}

/** The edit that enforces `level` on a request to `url`; nothing for other sites or `off`. */
export function safeSearchEdit(url: string, level: SafeSearchLevel | undefined): SafeSearchEdit {
  if (level === undefined || level === 'off') return NOTHING;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return NOTHING;
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)youtube\.com$|(^|\.)youtube-nocookie\.com$|(^|\.)youtubei\.googleapis\.com$/.test(host)) {
    return { headers: { 'youtube-restrict': level === 'strict' ? 'Strict' : 'Moderate' } };
  }
  let changed = false;
  // Google has one SafeSearch filter: on for either level.
  if (/(^|\.)google\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host) && /^\/(search|images|webhp|imghp)?\/?$/.test(u.pathname)) changed = force(u, 'safe', 'active');
  else if (/(^|\.)bing\.com$/.test(host) && /search/.test(u.pathname)) changed = force(u, 'adlt', level);
  else if (/(^|\.)duckduckgo\.com$/.test(host)) changed = force(u, 'kp', level === 'strict' ? '1' : '-1');
  else if (/(^|\.)search\.yahoo\.com$/.test(host)) changed = force(u, 'vm', level === 'strict' ? 'r' : 'i');
  return changed ? { url: u.toString() } : NOTHING;
}
