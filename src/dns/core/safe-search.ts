/**
 * Safe search by DNS: the names of Google (every country domain Google serves search on), Bing,
 * DuckDuckGo and YouTube, and the endpoint each provider offers for enforced safe search. The
 * DNS filter answers a mapped name with a CNAME to the endpoint plus the endpoint's addresses,
 * which is how the providers document it (Google "forcesafesearch", Bing "strict", DuckDuckGo
 * "safe", YouTube "restrict" and "restrictmoderate").
 *
 * Levels: Google, Bing and DuckDuckGo each offer one enforced level, so `moderate` and `strict`
 * both enforce it there; YouTube's restricted mode has two, which is where they differ.
 */
import { type DnsMessage, type DnsQuestion, type DnsRecord, messageRcode } from './message.ts';
import { encodeName } from './names.ts';
import { RCODE, RR_CLASS, RR_TYPE } from './wire.ts';

/** Providers Haven enforces safe search on. */
export const SAFE_SEARCH_ENGINES = ['google', 'bing', 'duckduckgo', 'youtube'] as const;
/** One provider from {@link SAFE_SEARCH_ENGINES}. */
export type SafeSearchEngine = (typeof SAFE_SEARCH_ENGINES)[number];

/** The endpoint a name is rewritten to, per enforced level. */
export interface SafeSearchRewrite {
  readonly engine: SafeSearchEngine;
  readonly target: string;
}

/** Country-code suffixes Google serves search on, from https://www.google.com/supported_domains (2025). */
const GOOGLE_TLDS = {
  /** `google.<tld>` */
  plain: (
    'ad ae al am as at az ba be bf bg bi bj bs bt by ca cat cd cf cg ch ci cl cm cn cv cz de dj dk dm dz ee es fi fm fr ga ge ' +
    'gg gl gm gr gy hn hr ht hu ie im iq is it je jo kg ki kz la li lk lt lu lv md me mg mk ml mn mu mv mw ne nl no nr nu pl pn ' +
    'ps pt ro rs ru rw sc se sh si sk sm sn so sr st td tg tl tm tn to tt vu ws'
  ).split(' '),
  /** `google.co.<cc>` */
  co: 'ao bw ck cr id il in jp ke kr ls ma mz nz th tz ug uk uz ve vi za zm zw'.split(' '),
  /** `google.com.<cc>` */
  com: (
    'af ag ai ar au bd bh bn bo br bz co cu cy do ec eg et fj gh gi gt hk jm kh kw lb ly mm mt mx my na ng ni np om pa pe pg ' +
    'ph pk pr py qa sa sb sg sl sv tj tr tw ua uy vc vn'
  ).split(' '),
} as const;

/** Every Google search domain: `google.com` and each country domain (`google.co.uk`, `google.com.au`, `google.de`…). */
export function googleSearchDomains(): string[] {
  return [
    'google.com',
    ...GOOGLE_TLDS.plain.map((cc) => `google.${cc}`),
    ...GOOGLE_TLDS.co.map((cc) => `google.co.${cc}`),
    ...GOOGLE_TLDS.com.map((cc) => `google.com.${cc}`),
  ];
}

/** Looks names up in the table; build once per filter with {@link createSafeSearchTable}. */
export interface SafeSearchTable {
  /** The rewrite for a lower-case name at a level, or undefined when the name is not a search or video host (or the level is `off`). */
  rewrite(name: string, level: 'strict' | 'moderate' | 'off'): SafeSearchRewrite | undefined;
  /** True for a search-engine name of any provider except YouTube (for child-friendly search). */
  isSearchEngine(name: string): boolean;
}

/** Builds the name → endpoint table. */
export function createSafeSearchTable(): SafeSearchTable {
  const fixed = new Map<string, { strict: SafeSearchRewrite; moderate: SafeSearchRewrite }>();
  const both = (engine: SafeSearchEngine, target: string) => ({ strict: { engine, target }, moderate: { engine, target } });
  const google = both('google', 'forcesafesearch.google.com');
  for (const domain of googleSearchDomains()) {
    fixed.set(domain, google);
    fixed.set(`www.${domain}`, google);
  }
  const bing = both('bing', 'strict.bing.com');
  for (const name of ['bing.com', 'www.bing.com']) fixed.set(name, bing);
  const ddg = both('duckduckgo', 'safe.duckduckgo.com');
  for (const name of ['duckduckgo.com', 'www.duckduckgo.com', 'start.duckduckgo.com', 'html.duckduckgo.com', 'lite.duckduckgo.com']) fixed.set(name, ddg);
  const youtube = {
    strict: { engine: 'youtube', target: 'restrict.youtube.com' },
    moderate: { engine: 'youtube', target: 'restrictmoderate.youtube.com' },
  } as const;
  for (const name of ['www.youtube.com', 'm.youtube.com', 'youtubei.googleapis.com', 'youtube.googleapis.com', 'www.youtube-nocookie.com']) {
    fixed.set(name, youtube);
  }
  return {
    rewrite: (name, level) => (level === 'off' ? undefined : fixed.get(name)?.[level]),
    isSearchEngine: (name) => {
      const engine = fixed.get(name)?.strict.engine;
      return engine !== undefined && engine !== 'youtube';
    },
  };
}

/**
 * The answer for a rewritten name: a CNAME from the question's name to the endpoint, then the
 * endpoint's own answer records (its addresses), with the endpoint answer's rcode and, when it
 * has no records, its authority section (so the negative answer can be cached). The CNAME's
 * TTL is the smallest of the endpoint records', at most `maxTtl`.
 */
export function safeSearchAnswer(question: DnsQuestion, target: string, endpoint: DnsMessage, maxTtl: number): DnsMessage {
  const targetWire = encodeName(target) ?? new Uint8Array([0]);
  let ttl = maxTtl;
  for (const r of endpoint.answers) ttl = Math.min(ttl, r.ttl);
  const cname: DnsRecord = { name: question.name, type: RR_TYPE.CNAME, class: RR_CLASS.IN, ttl, data: targetWire };
  const rcode = messageRcode(endpoint);
  const ok = rcode === RCODE.NOERROR;
  return {
    id: 0,
    flags: 0x8180 | (ok ? 0 : rcode & 0xf),
    questions: [question],
    answers: ok ? [cname, ...endpoint.answers] : [],
    authorities: ok && endpoint.answers.length > 0 ? [] : endpoint.authorities,
    additionals: [],
  };
}
