import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerCache, cacheKey } from './cache.ts';
import { toCachedAnswer } from './core/cached-answer.ts';
import { aRecord, buildAnswer } from './core/testing.ts';
import { RR_TYPE } from './core/wire.ts';

const policy = { maxTtl: 86400, maxNegativeTtl: 3600 };
const answer = (name: string, ttl = 300) => toCachedAnswer(buildAnswer(name, RR_TYPE.A, { answers: [aRecord(name, '192.0.2.1', ttl)] }), policy);

describe('AnswerCache', () => {
  it('serves an answer until its TTL runs out', () => {
    const cache = new AnswerCache({ maxEntries: 10, maxBytes: 1 << 20, prefetchAfterHits: 0 });
    cache.set('a', answer('a.example', 60), 0);
    assert.ok(cache.get('a', 59_999));
    assert.equal(cache.get('a', 60_000), undefined);
    assert.equal(cache.stats().entries, 0);
  });

  it('never stores an answer with TTL 0', () => {
    const cache = new AnswerCache({ maxEntries: 10, maxBytes: 1 << 20, prefetchAfterHits: 0 });
    cache.set('a', answer('a.example', 0), 0);
    assert.equal(cache.stats().entries, 0);
  });

  it('stays within its entry bound and keeps entries that were hit (SIEVE)', () => {
    const cache = new AnswerCache({ maxEntries: 3, maxBytes: 1 << 20, prefetchAfterHits: 0 });
    cache.set('a', answer('a.example'), 0);
    cache.set('b', answer('b.example'), 0);
    cache.set('c', answer('c.example'), 0);
    assert.ok(cache.get('a', 1));
    cache.set('d', answer('d.example'), 2);
    assert.equal(cache.stats().entries, 3);
    assert.ok(cache.get('a', 3), 'the hit entry survives');
    assert.equal(cache.get('b', 3), undefined, 'the oldest unvisited entry is evicted');
  });

  it('stays within its byte bound', () => {
    const one = answer('x.example').wire.length;
    const cache = new AnswerCache({ maxEntries: 1000, maxBytes: one * 5, prefetchAfterHits: 0 });
    for (let i = 0; i < 50; i++) cache.set(`k${i}`, answer('x.example'), 0);
    assert.ok(cache.stats().bytes <= one * 5);
    assert.equal(cache.stats().entries, 5);
  });

  it('asks for a prefetch once, for a popular entry in the last tenth of its life', () => {
    const cache = new AnswerCache({ maxEntries: 10, maxBytes: 1 << 20, prefetchAfterHits: 2 });
    cache.set('a', answer('a.example', 100), 0);
    const early = cache.get('a', 10_000);
    assert.ok(early);
    assert.equal(cache.shouldPrefetch(early, 10_000), false);
    const late = cache.get('a', 95_000);
    assert.ok(late);
    assert.equal(cache.shouldPrefetch(late, 95_000), true);
    assert.equal(cache.shouldPrefetch(late, 96_000), false, 'only once');
  });

  it('keys questions by type, DNSSEC bits, class and name', () => {
    assert.notEqual(cacheKey('a.example', 1, 1, false, false), cacheKey('a.example', 1, 1, true, false));
    assert.notEqual(cacheKey('a.example', 1, 1, false, false), cacheKey('a.example', 28, 1, false, false));
  });
});
