import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolvConf, parseUpstream } from './upstream-server.ts';
import { createRateLimiter } from './rate-limit.ts';

describe('parseUpstream', () => {
  const cases: [string, string][] = [
    ['1.1.1.1', '1.1.1.1:53'],
    ['9.9.9.9:5353', '9.9.9.9:5353'],
    ['::1', '[::1]:53'],
    ['[2606:4700::1111]:53', '[2606:4700::1111]:53'],
    ['2606:4700::1111', '[2606:4700::1111]:53'],
    ['tls://1.1.1.1#cloudflare-dns.com', 'tls://1.1.1.1:853#cloudflare-dns.com'],
    ['tls://[2620:fe::fe]:853#dns.quad9.net', 'tls://[2620:fe::fe]:853#dns.quad9.net'],
  ];
  for (const [text, label] of cases) it(`reads ${text}`, () => assert.equal(parseUpstream(text).label, label));

  for (const bad of ['dns.google', '1.2.3.4:0', '1.2.3.4:70000', 'tls://1.1.1.1', '300.1.1.1']) {
    it(`refuses ${bad}`, () => assert.throws(() => parseUpstream(bad), /dns|upstream/u));
  }
});

describe('parseResolvConf', () => {
  it('reads nameserver lines and skips the rest', () => {
    const servers = parseResolvConf('# comment\nsearch school.local\nnameserver 10.0.0.53\nnameserver fe80::1%eth0\nnameserver ::1\noptions edns0\n');
    assert.deepEqual(servers.map((s) => s.label), ['10.0.0.53:53', '[::1]:53']);
  });
});

describe('rate limit', () => {
  it('allows the burst, then the rate', () => {
    const limiter = createRateLimiter({ queriesPerSecond: 2, burst: 3 });
    assert.ok(limiter);
    const at0 = [1, 2, 3, 4].map(() => limiter.allow('10.0.0.1', 0));
    assert.deepEqual(at0, [true, true, true, false]);
    assert.equal(limiter.allow('10.0.0.2', 0), true, 'per address');
    assert.equal(limiter.allow('10.0.0.1', 500), true, 'one token after half a second at 2/s');
    assert.equal(limiter.allow('10.0.0.1', 500), false);
  });

  it('is off at 0 queries per second', () => {
    assert.equal(createRateLimiter({ queriesPerSecond: 0, burst: 10 }), undefined);
  });
});
