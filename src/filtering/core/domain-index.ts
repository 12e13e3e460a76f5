/**
 * A compact, immutable index of domain names that answers "which entries cover this host?" on
 * label boundaries: the entry `bral.com` covers `bral.com` and `www.bral.com`, never
 * `notbral.com`, and overlapping entries (`bral.com` with `static-ads.bral.com`) are ordinary.
 *
 * Layout (about 30 bytes per name for typical lists, all in two typed arrays):
 * - `blob`: every distinct name once, as `[length u8][tag u16][ASCII bytes]`;
 * - `table`: open addressing with linear probing; a slot is 0 (empty) or
 *   `((blobOffset + 1) << fpBits) | fingerprint`, so most misses end without touching the blob;
 * - a tag names the set of sources (lists, rule sets) that carry the name: `tagSources[tag]`.
 *
 * The hash is FNV-1a over the name's characters from last to first, finished by murmur3's fmix32.
 * Hashing right to left means one pass over a query yields the hash of every suffix at a label
 * boundary (`com`, `bral.com`, `www.bral.com`), so a lookup costs one probe per label, and every
 * candidate is confirmed byte for byte against the blob: no false positives.
 */

/** A built index; treat as opaque and query with {@link findDomain} or {@link matchDomain}. */
export interface DomainIndex {
  /** Distinct names held. */
  readonly size: number;
  readonly blob: Uint8Array;
  readonly table: Uint32Array;
  readonly fpBits: number;
  readonly fpMask: number;
  /** `table.length / 2^32`: maps a 32-bit hash to a slot without a power-of-two table. */
  readonly scale: number;
  /** For each tag, the source ids (ascending) whose names carry it. */
  readonly tagSources: readonly (readonly number[])[];
  /** Names carried per source id (a name in two sources counts for both). */
  readonly sourceCounts: readonly number[];
  /** Names that were not normalised host names and were left out. */
  readonly rejected: number;
  /** Bit k set when some name has k + 1 labels (bit 31: 32 or more): suffixes of other lengths are never probed. */
  readonly labelMask: number;
}

/** Names to index under one source id (a list, or a set of rules), 0 ≤ source < 65536. */
export interface DomainSource {
  readonly source: number;
  readonly names: readonly string[];
}

/** One entry covering a host: the entry's name and the sources that carry it. */
export interface DomainMatch {
  readonly entry: string;
  readonly sources: readonly number[];
}

/** Tuning for {@link buildDomainIndex}. */
export interface DomainIndexOptions {
  /** Fraction of table slots in use; lower is faster for misses and larger. Default 0.6. */
  readonly loadFactor?: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const HEADER = 3;
const MAX_TAGS = 0x10000;
const NO_MATCHES: readonly DomainMatch[] = Object.freeze([]);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashName(name: string): number {
  let h = FNV_OFFSET;
  for (let i = name.length - 1; i >= 0; i--) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
  return fmix(h);
}

/** The label count of a name the index accepts (normalised ASCII, see `normaliseHost`), or 0 when it is not one. */
function labelCount(name: string): number {
  const n = name.length;
  if (n === 0 || n > 253 || name.charCodeAt(0) === 46 || name.charCodeAt(n - 1) === 46) return 0;
  let prevDot = false;
  let labels = 1;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    const dot = c === 46;
    if (dot && prevDot) return 0;
    if (dot) labels++;
    prevDot = dot;
    const ok =
      dot || (c >= 97 && c <= 122) || (c >= 48 && c <= 58) || c === 45 || c === 95 || c === 91 || c === 93;
    if (!ok) return 0;
  }
  return labels;
}

function sameName(blob: Uint8Array, at: number, host: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (blob[at + k] !== host.charCodeAt(start + k)) return false;
  return true;
}

/** Finds `host.slice(start)` (hash `h`); returns its blob offset or -1. */
function probe(index: DomainIndex, h: number, host: string, start: number): number {
  const { table, blob, fpBits, fpMask } = index;
  const size = table.length;
  const len = host.length - start;
  const fp = h & fpMask;
  let i = (h * index.scale) | 0;
  for (;;) {
    const slot = table[i] ?? 0;
    if (slot === 0) return -1;
    if ((slot & fpMask) === fp) {
      const off = (slot >>> fpBits) - 1;
      if (blob[off] === len && sameName(blob, off + HEADER, host, start, len)) return off;
    }
    i = i + 1 === size ? 0 : i + 1;
  }
}

function tagAt(blob: Uint8Array, off: number): number {
  return ((blob[off + 1] ?? 0) << 8) | (blob[off + 2] ?? 0);
}

/**
 * The tag of the most specific entry covering `host` (already normalised), or -1; allocation-free,
 * for hot paths that only need "is it listed, and where".
 */
export function findDomain(index: DomainIndex, host: string): number {
  const mask = index.labelMask;
  let h = FNV_OFFSET;
  let best = -1;
  let labels = 0;
  for (let i = host.length - 1; ; i--) {
    const c = i < 0 ? 46 : host.charCodeAt(i);
    if (c === 46) {
      if (((mask >>> labels) & 1) !== 0) {
        const off = probe(index, fmix(h), host, i + 1);
        if (off >= 0) best = off;
      }
      if (i < 0) break;
      if (labels < 31) labels++;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return best < 0 ? -1 : tagAt(index.blob, best);
}

/** Every entry covering `host` (already normalised), most specific first; allocates only on a hit. */
export function matchDomain(index: DomainIndex, host: string): readonly DomainMatch[] {
  const mask = index.labelMask;
  let h = FNV_OFFSET;
  let found: DomainMatch[] | undefined;
  let labels = 0;
  for (let i = host.length - 1; ; i--) {
    const c = i < 0 ? 46 : host.charCodeAt(i);
    if (c === 46) {
      const off = ((mask >>> labels) & 1) === 0 ? -1 : probe(index, fmix(h), host, i + 1);
      if (off >= 0) {
        const match: DomainMatch = {
          entry: i < 0 ? host : host.slice(i + 1),
          sources: index.tagSources[tagAt(index.blob, off)] ?? [],
        };
        if (found === undefined) found = [match];
        else found.unshift(match);
      }
      if (i < 0) break;
      if (labels < 31) labels++;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return found ?? NO_MATCHES;
}

/** The source ids carried by a tag from {@link findDomain}. */
export function sourcesOfTag(index: DomainIndex, tag: number): readonly number[] {
  return index.tagSources[tag] ?? [];
}

/** Bytes held by the index's typed arrays (the tag table is negligible). */
export function domainIndexBytes(index: DomainIndex): number {
  return index.blob.byteLength + index.table.byteLength;
}

/** Every distinct name in the index with its sources, in insertion order (for tests and exports). */
export function* domainEntries(index: DomainIndex): Generator<DomainMatch> {
  const { blob } = index;
  for (let off = 0; off < blob.length; ) {
    const len = blob[off] ?? 0;
    let name = '';
    for (let k = 0; k < len; k++) name += String.fromCharCode(blob[off + HEADER + k] ?? 0);
    yield { entry: name, sources: index.tagSources[tagAt(blob, off)] ?? [] };
    off += HEADER + len;
  }
}

/**
 * Builds an index from normalised names grouped by source. A name in several sources is stored
 * once, tagged with all of them; names that are not normalised host names are counted in
 * `rejected` and left out. Throws a RangeError past 65,536 distinct source combinations.
 */
export function buildDomainIndex(sources: readonly DomainSource[], options: DomainIndexOptions = {}): DomainIndex {
  let total = 0;
  let bytesUpper = 0;
  for (const s of sources) {
    total += s.names.length;
    for (const name of s.names) bytesUpper += name.length + HEADER;
  }
  const load = Math.min(0.9, Math.max(0.1, options.loadFactor ?? 0.6));
  const size = Math.max(8, Math.ceil(total / load));
  const offsetBits = Math.max(1, Math.ceil(Math.log2(bytesUpper + 2)));
  if (offsetBits > 32) throw new RangeError(`domain index too large: ${bytesUpper} bytes of names`);
  const fpBits = Math.min(16, 32 - offsetBits);
  const fpMask = fpBits === 0 ? 0 : (1 << fpBits) - 1;
  const table = new Uint32Array(size);
  const blob = new Uint8Array(bytesUpper);
  const tags = createTagInterner();
  const sourceCounts: number[] = [];
  const partial: DomainIndex = {
    size: 0,
    blob,
    table,
    fpBits,
    fpMask,
    scale: size / 4294967296,
    tagSources: tags.sets,
    sourceCounts,
    rejected: 0,
    labelMask: -1, // probe every suffix while building
  };
  let used = 0;
  let labelMask = 0;
  let distinct = 0;
  let rejected = 0;
  for (const { source, names } of sources) {
    if (!Number.isInteger(source) || source < 0 || source >= MAX_TAGS) throw new RangeError(`invalid source id ${source}`);
    const single = tags.single(source);
    let count = sourceCounts[source] ?? 0;
    for (const name of names) {
      const labels = labelCount(name);
      if (labels === 0) {
        rejected++;
        continue;
      }
      labelMask |= 1 << (Math.min(labels, 32) - 1);
      const h = hashName(name);
      const existing = probe(partial, h, name, 0);
      if (existing >= 0) {
        const tag = tags.withSource(tagAt(blob, existing), source);
        if (tag !== tagAt(blob, existing)) count++;
        blob[existing + 1] = tag >>> 8;
        blob[existing + 2] = tag & 0xff;
        continue;
      }
      blob[used] = name.length;
      blob[used + 1] = single >>> 8;
      blob[used + 2] = single & 0xff;
      for (let k = 0; k < name.length; k++) blob[used + HEADER + k] = name.charCodeAt(k);
      let i = (h * partial.scale) | 0;
      while ((table[i] ?? 0) !== 0) i = i + 1 === size ? 0 : i + 1;
      table[i] = (((used + 1) << fpBits) | (h & fpMask)) >>> 0;
      used += HEADER + name.length;
      distinct++;
      count++;
    }
    sourceCounts[source] = count;
  }
  for (let s = 0; s < sourceCounts.length; s++) sourceCounts[s] ??= 0;
  return {
    ...partial,
    size: distinct,
    // Duplicates leave the end of the blob unused; give it back.
    blob: used === blob.length ? blob : blob.slice(0, used),
    rejected,
    labelMask,
  };
}

/** Interns sets of source ids as 16-bit tags. */
function createTagInterner(): {
  sets: (readonly number[])[];
  single(source: number): number;
  withSource(tag: number, source: number): number;
} {
  const sets: (readonly number[])[] = [];
  const byKey = new Map<string, number>();
  const intern = (ids: readonly number[]): number => {
    const key = ids.join(',');
    const known = byKey.get(key);
    if (known !== undefined) return known;
    if (sets.length >= MAX_TAGS) throw new RangeError('domain index: more than 65,536 combinations of sources');
    sets.push(Object.freeze([...ids]));
    byKey.set(key, sets.length - 1);
    return sets.length - 1;
  };
  return {
    sets,
    single: (source) => intern([source]),
    withSource(tag, source) {
      const ids = sets[tag] ?? [];
      if (ids.includes(source)) return tag;
      return intern([...ids, source].sort((a, b) => a - b));
    },
  };
}
