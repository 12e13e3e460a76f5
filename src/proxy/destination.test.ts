import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDestinationResolver, createPrivateRanges } from './destination.ts';

describe('destinations', () => {
  it('knows the private, loopback, link-local and special ranges', () => {
    const ranges = createPrivateRanges();
    for (const a of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '127.0.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1']) assert.ok(ranges.check(a, 'ipv4'), a);
    for (const a of ['::1', 'fd00::1', 'fe80::1']) assert.ok(ranges.check(a, 'ipv6'), a);
    for (const a of ['8.8.8.8', '172.32.0.1', '193.0.0.1']) assert.ok(!ranges.check(a, 'ipv4'), a);
    assert.ok(!ranges.check('2001:4860::8888', 'ipv6'));
  });

  it('refuses private literals unless allowed, and names the address', async () => {
    const strict = createDestinationResolver({ upstreams: [], allowPrivate: false, timeoutMs: 1000, now: () => 0 });
    await assert.rejects(strict.resolve('127.0.0.1'), /private or local address \(127\.0\.0\.1\)/u);
    await assert.rejects(strict.resolve('[::1]'), /private or local/u);
    await assert.rejects(strict.resolve('localhost'), /private or local/u, 'a name that resolves inward is refused too');
    const lab = createDestinationResolver({ upstreams: [], allowPrivate: true, timeoutMs: 1000, now: () => 0 });
    assert.deepEqual(await lab.resolve('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  });
});
