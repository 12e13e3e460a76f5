/**
 * All of a school's lists compiled into one {@link DomainIndex} and one {@link UrlIndex}, plus a
 * canary name per category (`pornography.canary.haven.test`) so the self-test can prove, per
 * group, that each category is really blocked even before any list is subscribed. Built apart
 * from the policy: a rule change recompiles the snapshot around the same list index; a list
 * change rebuilds only this.
 */
import { CATEGORIES, CATEGORY_INFO, type Category } from '../model.ts';
import { buildDomainIndex, type DomainIndex, type DomainIndexOptions } from './domain-index.ts';
import { buildUrlIndex, type UrlIndex } from './url-index.ts';

/** One list to index: its id, display name, category, and normalised entries (from the list parser). */
export interface ListSource {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly domains: readonly string[];
  /** `host/path` prefixes; used only where the full URL is known. */
  readonly urls?: readonly string[];
}

/** A list as the index knows it; its position in {@link ListIndex.lists} is its source id. */
export interface ListInfo {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Distinct domains it contributed. */
  readonly domains: number;
  /** Distinct URL prefixes it contributed. */
  readonly urls: number;
  /** True for Haven's built-in self-test canaries. */
  readonly canary: boolean;
}

/** Every list of a snapshot, indexed. */
export interface ListIndex {
  readonly kind: 'list-index';
  readonly lists: readonly ListInfo[];
  readonly domains: DomainIndex;
  readonly urls: UrlIndex;
  /** The canary host of each category (every category has one). */
  readonly canaries: ReadonlyMap<Category, string>;
  /** Entries left out because they were not normalised host names. */
  readonly rejected: number;
}

/** Where the canary names live: `.test` is reserved (RFC 6761), so they never resolve anywhere. */
export const CANARY_DOMAIN = 'canary.haven.test';

/** The self-test name of a category, e.g. `pornography.canary.haven.test`. */
export function canaryHost(category: Category): string {
  return `${category}.${CANARY_DOMAIN}`;
}

/** The id of a category's built-in canary list. */
export function canaryListId(category: Category): string {
  return `haven-canary:${category}`;
}

/** Indexes the given lists plus one canary list per category; throws a TypeError on a repeated or reserved list id. */
export function buildListIndex(sources: readonly ListSource[], options: DomainIndexOptions = {}): ListIndex {
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) throw new TypeError(`list id ${JSON.stringify(s.id)} appears twice`);
    if (s.id.startsWith('haven-canary:')) throw new TypeError(`list id ${JSON.stringify(s.id)} is reserved for the self-test`);
    seen.add(s.id);
  }
  const canarySources: ListSource[] = CATEGORIES.map((category) => ({
    id: canaryListId(category),
    name: `Haven self-test (${CATEGORY_INFO[category].label})`,
    category,
    domains: [canaryHost(category)],
  }));
  const all = [...sources, ...canarySources];
  const domains = buildDomainIndex(
    all.map((s, source) => ({ source, names: s.domains })),
    options,
  );
  const urls = buildUrlIndex(all.map((s, source) => ({ source, urls: s.urls ?? [] })));
  const urlCounts = new Map<number, number>();
  for (const prefixes of urls.hosts.values()) {
    for (const p of prefixes) for (const s of p.sources) urlCounts.set(s, (urlCounts.get(s) ?? 0) + 1);
  }
  const lists = all.map(
    (s, source): ListInfo => ({
      id: s.id,
      name: s.name,
      category: s.category,
      domains: domains.sourceCounts[source] ?? 0,
      urls: urlCounts.get(source) ?? 0,
      canary: source >= sources.length,
    }),
  );
  return {
    kind: 'list-index',
    lists,
    domains,
    urls,
    canaries: new Map(CATEGORIES.map((c) => [c, canaryHost(c)])),
    rejected: domains.rejected,
  };
}
