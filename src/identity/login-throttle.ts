import type { Clock } from '../platform/clock.ts';

/**
 * Sign-in backoff per account and per client address: after a few failures each further try
 * must wait twice as long as the last (capped), so guessing is slow but a person who mistypes
 * is not locked out for long. In memory, per process: a restart forgives, which is acceptable
 * because argon2id makes every guess expensive anyway.
 */
export interface LoginThrottle {
  /** Seconds to wait before another try is allowed for this account or address, or 0. */
  retryAfter(email: string, ip: string | null): number;
  failed(email: string, ip: string | null): void;
  succeeded(email: string, ip: string | null): void;
}

export interface ThrottleOptions {
  /** Failures allowed before the backoff starts. */
  freeAttempts?: number;
  maxDelaySeconds?: number;
  /** Failures from one address (any account) before it is slowed too. */
  perIpFreeAttempts?: number;
}

interface Entry {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

export function createLoginThrottle(clock: Clock, options: ThrottleOptions = {}): LoginThrottle {
  const free = options.freeAttempts ?? 5;
  const ipFree = options.perIpFreeAttempts ?? 30;
  const maxDelay = (options.maxDelaySeconds ?? 900) * 1000;
  const accounts = new Map<string, Entry>();
  const ips = new Map<string, Entry>();
  const FORGET_AFTER = 24 * 3600 * 1000;

  function wait(map: Map<string, Entry>, key: string): number {
    const e = map.get(key);
    if (!e) return 0;
    const now = clock.now();
    if (now - e.lastFailure > FORGET_AFTER) {
      map.delete(key);
      return 0;
    }
    return e.blockedUntil > now ? Math.ceil((e.blockedUntil - now) / 1000) : 0;
  }
  function fail(map: Map<string, Entry>, key: string, allowed: number): void {
    const now = clock.now();
    const e = map.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
    e.failures += 1;
    e.lastFailure = now;
    if (e.failures >= allowed) e.blockedUntil = now + Math.min(maxDelay, 1000 * 2 ** (e.failures - allowed + 1));
    map.set(key, e);
    if (map.size > 100_000) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }
  return {
    retryAfter: (email, ip) => Math.max(wait(accounts, email.toLowerCase()), ip ? wait(ips, ip) : 0),
    failed: (email, ip) => {
      fail(accounts, email.toLowerCase(), free);
      if (ip) fail(ips, ip, ipFree);
    },
    succeeded: (email) => {
      accounts.delete(email.toLowerCase());
    },
  };
}
