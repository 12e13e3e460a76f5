/**
 * Cache in front of the upstream pool: a hit is answered from memory; a miss asks upstream once
 * however many clients ask at the same moment (in-flight questions are shared), stores the
 * answer for its TTL and hands it to every waiting client. Popular entries near expiry are
 * refreshed in the background when prefetch is on.
 */
import type { Logger } from '../platform/log.ts';
import { type AnswerCache, type CacheSlot, cacheKey } from './cache.ts';
import { type CachedAnswer, type CachePolicy, toCachedAnswer } from './core/cached-answer.ts';
import type { UpstreamPool, UpstreamQuestion } from './upstream.ts';

/** An answer and how many whole seconds it has already been held. */
export interface ResolvedAnswer {
  readonly entry: CachedAnswer;
  readonly ageSeconds: number;
}

/** Answers questions from the cache or upstream; see the module comment. */
export interface Resolver {
  /** The live cache slot for a key (counts a hit or a miss). */
  cached(key: string, nowMs: number): CacheSlot | undefined;
  /** Resolves a question (sharing an in-flight one with the same key). */
  resolve(key: string, question: UpstreamQuestion, nowMs: number): Promise<ResolvedAnswer>;
  /** Refreshes a slot in the background if prefetch says so. */
  maybePrefetch(key: string, slot: CacheSlot, question: UpstreamQuestion, nowMs: number): void;
  /** The cache key of a question. */
  keyOf(question: UpstreamQuestion): string;
}

/** Wires a cache to an upstream pool. */
export function createResolver(deps: { cache: AnswerCache; upstream: UpstreamPool; policy: CachePolicy; clock: { now(): number }; logger?: Logger }): Resolver {
  const inflight = new Map<string, Promise<ResolvedAnswer>>();

  function fetch(key: string, question: UpstreamQuestion): Promise<ResolvedAnswer> {
    const running = inflight.get(key);
    if (running !== undefined) return running;
    const p = deps.upstream.query(question).then(
      (answer) => {
        const entry = toCachedAnswer(answer.message, deps.policy);
        deps.cache.set(key, entry, deps.clock.now());
        return { entry, ageSeconds: 0 };
      },
    );
    inflight.set(key, p);
    const done = (): void => void inflight.delete(key);
    p.then(done, done);
    return p;
  }

  return {
    cached: (key, nowMs) => deps.cache.get(key, nowMs),
    resolve: (key, question, nowMs) => {
      const slot = deps.cache.get(key, nowMs);
      if (slot !== undefined) return Promise.resolve({ entry: slot.entry, ageSeconds: Math.floor((nowMs - slot.storedAt) / 1000) });
      return fetch(key, question);
    },
    maybePrefetch: (key, slot, question, nowMs) => {
      if (!deps.cache.shouldPrefetch(slot, nowMs)) return;
      fetch(key, question).catch((err: unknown) => deps.logger?.debug({ err, name: question.name }, 'dns prefetch failed'));
    },
    keyOf: (q) => cacheKey(q.name, q.type, q.class, q.dnssecOk, q.checkingDisabled),
  };
}
