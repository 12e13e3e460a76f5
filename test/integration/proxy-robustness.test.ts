// The web proxy against malformed, oversized, slow and hostile requests (issue 6, part 8), on real
// loopback sockets: each gets its 400/431/408/403 and the proxy still serves a good request
// afterwards; requests to the proxy itself and to private or loopback ranges are refused unless
// `allowPrivate` is set, and the refused socket is never opened (the origin sees no hit).
// SQLite only: no storage is involved. Bounded: a few seconds in all (the slow-client case waits
// for the 1 s head timeout).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { aRecord } from '../../src/dns/core/testing.ts';
import { importTestList } from '../../src/filtering/testing.ts';
import { parseHttpUrl } from '../../src/proxy/index.ts';
import { rawRequest, viaProxy } from '../support/proxy-client.ts';
import { type ProxyHaven, startProxyHaven } from '../support/proxy-haven.ts';

const NAMES = ['school.test', 'adult.test'];
const MAX_HEADER_BYTES = 16 * 1024;

/** What `new URL` makes of an absolute http:// URI (the proxy's reference behaviour). */
function viaWhatwgUrl(raw: string): { host: string; port: number; path: string } | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:') return undefined;
  return { host: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname, port: u.port === '' ? 80 : Number(u.port), path: `${u.pathname}${u.search}` };
}

describe('parseHttpUrl (the proxy\'s request-target parser)', () => {
  it('gives the same host, port and path as WHATWG URL for any http:// URI', () => {
    const chars = (set: string, max: number) => fc.array(fc.constantFrom(...set.split('')), { maxLength: max }).map((a) => a.join(''));
    const host = fc.oneof(chars('abcxyz019-.', 30), chars('aZ09-._%xn', 20), fc.constantFrom('127.0.0.1', '127.1', '2130706433', '0x7f.0.0.1', '0x7f000001', 'xn--bcher-kva.ch', 'xn--zz.test', 'a..b', 'a.b.', '[::1]', '[::ffff:127.0.0.1]', 'EXAMPLE.com', 'ex_ample.com', 'a.0x', 'a.09', 'a.b1'));
    const port = fc.oneof(fc.constant(''), fc.constant(':'), chars('0123456789', 7).map((p) => `:${p}`), fc.constantFrom(':80', ':0080', ':65535', ':65536', ':8a'));
    const path = fc.oneof(chars('/abc.?=&%2eE#\\ "<>\'`{}|^[]~!$()*+,;:@-_', 30), fc.constantFrom('', '/', '/a/../b', '/%2e%2e/x', '/a?', '/a??b', '/./a', '/a#frag', '/a b', '/ü'));
    fc.assert(
      fc.property(host, port, path, (h, p, q) => {
        const raw = `http://${h}${p}${q}`;
        assert.deepEqual(parseHttpUrl(raw), viaWhatwgUrl(raw), raw);
      }),
      { numRuns: 5_000, seed: 20261126 },
    );
  });

  it('splits plain URIs by hand and leaves the rest to WHATWG URL', () => {
    assert.deepEqual(parseHttpUrl('http://www.example.com:8081/a/b?x=1&y=%20'), { host: 'www.example.com', port: 8081, path: '/a/b?x=1&y=%20' });
    assert.deepEqual(parseHttpUrl('http://2130706433:8081/'), { host: '127.0.0.1', port: 8081, path: '/' });
    assert.deepEqual(parseHttpUrl('http://Example.COM/a/../b'), { host: 'example.com', port: 80, path: '/b' });
    assert.equal(parseHttpUrl('http://a b/'), undefined);
    assert.equal(parseHttpUrl('http://host:65536/'), undefined);
    assert.equal(parseHttpUrl('ftp://host/'), undefined);
  });
});

describe('sqlite: web proxy robustness', () => {
  let t: ProxyHaven;
  let good: string;

  /** The proxy is up and still forwards an allowed request. */
  async function stillServes(): Promise<void> {
    const r = await viaProxy(t.proxy.port, good);
    assert.equal(r.status, 200, 'the proxy still serves a good request');
    assert.match(r.body, /^origin school\.test/u);
  }

  before(async () => {
    t = await startProxyHaven('sqlite', NAMES, { headersTimeoutMs: 1000, maxHeaderBytes: MAX_HEADER_BYTES });
    t.upstream.table.set('inside.test', { answers: [aRecord('inside.test', '10.1.2.3')] });
    await importTestList(t.haven.filteringService, 'adult', 'pornography', 'adult.test\n');
    await t.haven.filtering.refresh();
    good = `http://school.test:${t.origin.httpPort}/after`;
  });
  after(() => t.close());

  it('answers a malformed request line with 400 and closes', async () => {
    for (const bytes of ['GARBAGE\r\n\r\n', 'GET\r\n\r\n', 'GET http://school.test/ HTTP/9.9\r\n\r\n', '\x00\x01\x02\x03\r\n\r\n', 'GET http://a b/ HTTP/1.1\r\nHost: x\r\n\r\n']) {
      const r = await rawRequest(t.proxy.port, bytes);
      assert.equal(r.status, 400, JSON.stringify(bytes));
      assert.ok(r.closed, 'the connection is closed after a 400');
    }
    await stillServes();
  });

  it('answers a request with bad header syntax or bad chunked encoding with 400', async () => {
    const cases = [
      `GET ${good} HTTP/1.1\r\nHost: school.test\r\nBad Header\r\n\r\n`,
      `GET ${good} HTTP/1.1\r\nHost: school.test\r\nX-Injected: a\rb: c\r\n\r\n`,
      `POST ${good} HTTP/1.1\r\nHost: school.test\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello`,
      `POST ${good} HTTP/1.1\r\nHost: school.test\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`,
    ];
    for (const bytes of cases) {
      const r = await rawRequest(t.proxy.port, bytes);
      assert.equal(r.status, 400, JSON.stringify(bytes));
    }
    await stillServes();
  });

  it('answers a header block over maxHeaderBytes with 431', async () => {
    const r = await rawRequest(t.proxy.port, `GET ${good} HTTP/1.1\r\nHost: school.test\r\nX-Big: ${'a'.repeat(MAX_HEADER_BYTES + 1024)}\r\n\r\n`);
    assert.equal(r.status, 431);
    const many = Array.from({ length: 2000 }, (_, i) => `X-H${i}: ${'b'.repeat(10)}\r\n`).join('');
    const r2 = await rawRequest(t.proxy.port, `GET ${good} HTTP/1.1\r\nHost: school.test\r\n${many}\r\n`);
    assert.equal(r2.status, 431);
    await stillServes();
  });

  it('answers a head not finished within headersTimeoutMs with 408 (a slow client)', async () => {
    const started = Date.now();
    // Sends one header line every 300 ms and never ends the head.
    const drip = ['GET ', `${good} HTTP/1.1\r\n`, 'Host: school.test\r\n', ...Array.from({ length: 30 }, (_, i) => `X-Slow-${i}: 1\r\n`)];
    const r = await rawRequest(t.proxy.port, drip, { waitMs: 6000, gapMs: 300 });
    assert.equal(r.status, 408);
    assert.ok(r.closed);
    assert.ok(Date.now() - started < 6000, 'the slow client was cut off');
    await stillServes();
  });

  it('answers invalid CONNECT targets with 400', async () => {
    for (const target of ['foo', ':443', '[zz]:443', 'school.test:0', 'school.test:99999', 'school.test:', 'a..b:443', `${'x'.repeat(64)}.test:443`, 'school.test:443/path', 'user@school.test:443']) {
      const r = await rawRequest(t.proxy.port, `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
      assert.equal(r.status, 400, target);
      assert.ok(r.closed, `${target}: closed`);
    }
    await stillServes();
  });

  it('answers an origin-form request to the proxy itself with 400', async () => {
    const r = await rawRequest(t.proxy.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${t.proxy.port}\r\nConnection: close\r\n\r\n`);
    assert.equal(r.status, 400);
    assert.match(r.text, /Haven web proxy/u);
    await stillServes();
  });

  it('does not loop on an absolute URI naming the proxy itself when private addresses are allowed', async () => {
    // The one forwarded hop arrives in origin form and is refused (400), or the Via loop check fires (508).
    const hits = t.origin.hits.length;
    const r = await viaProxy(t.proxy.port, `http://127.0.0.1:${t.proxy.port}/loop`);
    assert.ok(r.status === 400 || r.status === 508, String(r.status));
    assert.equal(t.origin.hits.length, hits);
    await stillServes();
  });

  it('relays a large response to a slow reader whole (back-pressure), and a client that leaves mid-body', async () => {
    const size = 8 * 1024 * 1024;
    const big = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
      res.end(Buffer.alloc(size, 0x61));
    });
    big.listen(0, '127.0.0.1');
    await once(big, 'listening');
    const port = (big.address() as AddressInfo).port;
    try {
      // A slow reader: pauses after every chunk, so the proxy's writes to it fill up.
      const socket = net.connect(t.proxy.port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write(`GET http://school.test:${port}/big HTTP/1.1\r\nHost: school.test:${port}\r\nConnection: close\r\n\r\n`);
      let received = 0;
      socket.on('data', (c: Buffer) => {
        received += c.length;
        socket.pause();
        setTimeout(() => socket.resume(), 1);
      });
      await once(socket, 'close');
      assert.ok(received > size, `the whole body came through (${received} bytes)`);
      // A client that leaves after the first bytes: the proxy drops the upstream and carries on.
      const leaver = net.connect(t.proxy.port, '127.0.0.1');
      await once(leaver, 'connect');
      leaver.write(`GET http://school.test:${port}/big HTTP/1.1\r\nHost: school.test:${port}\r\n\r\n`);
      await once(leaver, 'data');
      leaver.destroy();
      await stillServes();
    } finally {
      big.closeAllConnections();
      big.close();
    }
  });

  it('survives pipelined garbage after a good request: a 400, then the connection is closed', async () => {
    // Node's parser reads the pipelined bytes at once, so the 400 may come before the first answer.
    const r = await rawRequest(t.proxy.port, `GET ${good} HTTP/1.1\r\nHost: school.test\r\n\r\nNOT HTTP AT ALL\r\n\r\n`, { waitMs: 3000 });
    assert.match(r.text, /HTTP\/1\.1 400/u);
    assert.ok(r.closed);
    await stillServes();
  });

  describe('with private destinations refused (allowPrivate: false)', () => {
    before(async () => {
      await t.restartProxy({ headersTimeoutMs: 1000, maxHeaderBytes: MAX_HEADER_BYTES, allowPrivate: false });
    });

    /** Liveness without a reachable origin: a blocked site gets the block page. */
    async function stillAnswers(): Promise<void> {
      const r = await viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/`);
      assert.equal(r.status, 403);
      assert.match(r.body, /This site is blocked/u);
    }

    // IPv6 literals are refused before that by the filter (not valid host names), also with 403.
    for (const [what, url, reason] of [
      ['a loopback address', () => `http://127.0.0.1:${t.origin.httpPort}/private`, /private or local address/u],
      ['another loopback address', () => `http://127.1.2.3:${t.origin.httpPort}/private`, /private or local address/u],
      ['a loopback address written as a number', () => `http://2130706433:${t.origin.httpPort}/private`, /private or local address/u],
      ['IPv6 loopback', () => `http://[::1]:${t.origin.httpPort}/private`, /blocked/iu],
      ['an IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${t.origin.httpPort}/private`, /blocked/iu],
      ['a 10.x address', () => 'http://10.1.2.3/private', /private or local address/u],
      ['a name that resolves to loopback', () => `http://school.test:${t.origin.httpPort}/private`, /private or local address/u],
      ['a name that resolves to 10.x', () => 'http://inside.test/private', /private or local address/u],
      ['the proxy itself', () => `http://127.0.0.1:${t.proxy.port}/private`, /private or local address/u],
    ] as const) {
      it(`refuses ${what} with 403 without opening a socket`, async () => {
        const hits = t.origin.hits.length;
        const r = await viaProxy(t.proxy.port, url());
        assert.equal(r.status, 403, r.body);
        assert.match(r.body, reason);
        assert.equal(t.origin.hits.length, hits, 'the origin got no request');
        await stillAnswers();
      });
    }

    it('refuses a CONNECT to a loopback address or a name resolving to one', async () => {
      await t.restartProxy({ headersTimeoutMs: 1000, maxHeaderBytes: MAX_HEADER_BYTES, allowPrivate: false, connectPorts: [t.origin.httpsPort] });
      for (const target of [`127.0.0.1:${t.origin.httpsPort}`, `school.test:${t.origin.httpsPort}`, `[::1]:${t.origin.httpsPort}`]) {
        const r = await rawRequest(t.proxy.port, `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
        assert.equal(r.status, 403, target);
        assert.match(r.text, target.startsWith('[') ? /Blocked/u : /private or local address/u);
      }
      await stillAnswers();
    });
  });
});
