/**
 * An optional per-client query rate limit: a token bucket per source address, refilled at
 * `queriesPerSecond` up to `burst`. It runs before identification, so the key is the packet's
 * source address only (nothing a client can choose beyond that). The table of buckets is
 * bounded: when full, buckets idle for more than a second are dropped, then all of them.
 */

/** Limit settings; `queriesPerSecond` 0 turns limiting off. */
export interface RateLimitOptions {
  readonly queriesPerSecond: number;
  readonly burst: number;
  /** Buckets kept at most. Default 100,000. */
  readonly maxClients?: number;
}

/** Answers "may this address ask now?". */
export interface RateLimiter {
  allow(address: string, nowMs: number): boolean;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Creates a limiter, or undefined when limiting is off. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter | undefined {
  if (options.queriesPerSecond <= 0) return undefined;
  const rate = options.queriesPerSecond / 1000;
  const burst = Math.max(1, options.burst);
  const max = options.maxClients ?? 100_000;
  const buckets = new Map<string, Bucket>();
  return {
    allow: (address, nowMs) => {
      let b = buckets.get(address);
      if (b === undefined) {
        if (buckets.size >= max) {
          for (const [k, v] of buckets) if (nowMs - v.at > 1000) buckets.delete(k);
          if (buckets.size >= max) buckets.clear();
        }
        b = { tokens: burst, at: nowMs };
        buckets.set(address, b);
      } else {
        b.tokens = Math.min(burst, b.tokens + (nowMs - b.at) * rate);
        b.at = nowMs;
      }
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
  };
}
