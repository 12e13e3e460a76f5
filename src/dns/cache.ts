/**
 * The answer cache: upstream answers only, never verdicts (a verdict depends on who asks and on
 * the policy revision; an upstream answer does not), bounded by entries and by bytes. Eviction is
 * SIEVE (a hit only sets a bit, so a hit costs one map lookup; an eviction sweeps a hand over
 * insertion order, sparing entries hit since the last sweep), which keeps popular names under
 * churn where plain FIFO or a small LRU collapses. Expiry is by each answer's own TTL, or the
 * RFC 2308 negative TTL; an entry close to expiry that keeps being asked for can be refreshed
 * ahead of time (prefetch).
 */
import type { CachedAnswer } from './core/cached-answer.ts';

/** Bounds and behaviour of an {@link AnswerCache}. */
export interface AnswerCacheOptions {
  readonly maxEntries: number;
  /** Bound on the answers' wire octets (entry overhead comes on top, about 200 octets each). */
  readonly maxBytes: number;
  /** Refresh an entry in the last tenth of its life when it has been hit this often; 0 turns prefetch off. */
  readonly prefetchAfterHits: number;
}

/** One cached answer and its bookkeeping. */
export interface CacheSlot {
  readonly entry: CachedAnswer;
  readonly storedAt: number;
  readonly expiresAt: number;
  /** Hits since stored. */
  hits: number;
  /** SIEVE's bit: hit since the hand last passed. */
  visited: boolean;
  /** A prefetch has been started for this slot. */
  prefetching: boolean;
}

/** Counters for status pages and `haven doctor`. */
export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  evictions: number;
  expired: number;
}

/** A bounded answer cache; see the module comment. */
export class AnswerCache {
  private readonly slots = new Map<string, CacheSlot>();
  private hand: Iterator<[string, CacheSlot]> | undefined;
  private readonly counters: CacheStats = { entries: 0, bytes: 0, hits: 0, misses: 0, evictions: 0, expired: 0 };

  constructor(private readonly options: AnswerCacheOptions) {}

  /** The live slot for `key` at `nowMs`, marking it used; expired slots are removed and miss. */
  get(key: string, nowMs: number): CacheSlot | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) {
      this.counters.misses++;
      return undefined;
    }
    if (nowMs >= slot.expiresAt) {
      this.remove(key, slot);
      this.counters.expired++;
      this.counters.misses++;
      return undefined;
    }
    slot.visited = true;
    slot.hits++;
    this.counters.hits++;
    return slot;
  }

  /** True when the slot should be refreshed now (popular and in the last tenth of its life); marks it so it is refreshed once. */
  shouldPrefetch(slot: CacheSlot, nowMs: number): boolean {
    const after = this.options.prefetchAfterHits;
    if (after <= 0 || slot.prefetching || slot.hits < after) return false;
    const life = slot.expiresAt - slot.storedAt;
    if (slot.expiresAt - nowMs > life / 10) return false;
    slot.prefetching = true;
    return true;
  }

  /** Stores an answer for its TTL (an answer with TTL 0 is not stored). */
  set(key: string, entry: CachedAnswer, nowMs: number): void {
    if (entry.ttl <= 0 || entry.wire.length > this.options.maxBytes) return;
    const old = this.slots.get(key);
    if (old !== undefined) this.remove(key, old);
    while (this.counters.entries >= this.options.maxEntries || this.counters.bytes + entry.wire.length > this.options.maxBytes) {
      if (!this.evictOne()) break;
    }
    this.slots.set(key, { entry, storedAt: nowMs, expiresAt: nowMs + entry.ttl * 1000, hits: 0, visited: false, prefetching: false });
    this.counters.entries++;
    this.counters.bytes += entry.wire.length;
  }

  /** Empties the cache. */
  clear(): void {
    this.slots.clear();
    this.hand = undefined;
    this.counters.entries = 0;
    this.counters.bytes = 0;
  }

  /** A copy of the counters. */
  stats(): CacheStats {
    return { ...this.counters };
  }

  private remove(key: string, slot: CacheSlot): void {
    this.slots.delete(key);
    this.counters.entries--;
    this.counters.bytes -= slot.entry.wire.length;
  }

  /** SIEVE: move the hand from the oldest entry on, clearing visited bits, and evict the first unvisited one. */
  private evictOne(): boolean {
    if (this.slots.size === 0) return false;
    // Two laps at most: the first may only clear bits.
    for (let steps = 0; steps <= this.slots.size * 2; steps++) {
      this.hand ??= this.slots.entries();
      const next = this.hand.next();
      if (next.done === true) {
        this.hand = undefined;
        continue;
      }
      const [key, slot] = next.value;
      if (slot.visited) {
        slot.visited = false;
        continue;
      }
      this.remove(key, slot);
      this.counters.evictions++;
      return true;
    }
    return false;
  }
}

/** The cache key of a question: type, the DO and CD bits (they change the answer), class and lower-case name. */
export function cacheKey(name: string, type: number, klass: number, dnssecOk: boolean, checkingDisabled: boolean): string {
  return `${type}/${dnssecOk ? 1 : 0}${checkingDisabled ? 1 : 0}/${klass}/${name}`;
}
