// The DNS filter's transport and forwarding on real loopback sockets: cache and TTLs, negative
// caching, truncation and TCP retry, EDNS sizes, TCP pipelining, malformed packets, upstream
// failover and health, DNS over TLS to the upstream, and the per-client rate limit.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { encodeMessage } from '../../src/dns/core/encode-message.ts';
import { messageRcode, parseMessage } from '../../src/dns/core/message.ts';
import { aRecord, buildQuery, soaRecord } from '../../src/dns/core/testing.ts';
import { FLAG, RCODE, RR_TYPE } from '../../src/dns/core/wire.ts';
import { ask, tcpExchange, udpExchange } from '../support/dns-client.ts';
import { startTestDns, type TestDns } from '../support/dns-service.ts';
import { startStubUpstream } from '../support/dns-upstream.ts';

const hex = (s: string): Uint8Array => new Uint8Array((s.replace(/\s+/gu, '').match(/../gu) ?? []).map((h) => parseInt(h, 16)));
const many = (name: string, n: number) => Array.from({ length: n }, (_, i) => aRecord(name, `192.0.2.${i + 1}`, 300));

describe('dns transport: cache, truncation, EDNS, TCP', () => {
  let t: TestDns;
  before(async () => {
    t = await startTestDns();
    t.upstream.table.set('big.example', { answers: many('big.example', 90) });
    t.upstream.table.set('mid.example', { answers: many('mid.example', 60) });
    t.upstream.table.set('gone.example', { rcode: RCODE.NXDOMAIN, authorities: [soaRecord('example', 3600, 120)] });
  });
  after(() => t.close());

  it('answers a repeated question from the cache, TTLs counted down by the clock', async () => {
    const first = await ask(t.port, 'cached.example');
    const asked = t.upstream.asked.length;
    t.clock.advance(42_000);
    const second = await ask(t.port, 'CACHED.example');
    assert.equal(t.upstream.asked.length, asked, 'not asked again');
    assert.equal(first.answers[0]?.ttl, 300);
    assert.equal(second.answers[0]?.ttl, 258);
    assert.equal(second.questions[0]?.name, 'CACHED.example', 'the question is echoed as asked');
  });

  it('asks again once the TTL has run out', async () => {
    await ask(t.port, 'expiring.example');
    const asked = t.upstream.asked.length;
    t.clock.advance(301_000);
    await ask(t.port, 'expiring.example');
    assert.equal(t.upstream.asked.length, asked + 1);
  });

  it('caches NXDOMAIN for the SOA minimum (RFC 2308)', async () => {
    const m = await ask(t.port, 'gone.example');
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
    const asked = t.upstream.asked.length;
    t.clock.advance(100_000);
    assert.equal(messageRcode(await ask(t.port, 'gone.example')), RCODE.NXDOMAIN);
    assert.equal(t.upstream.asked.length, asked);
    t.clock.advance(30_000);
    await ask(t.port, 'gone.example');
    assert.equal(t.upstream.asked.length, asked + 1);
  });

  it('truncates for a client without EDNS and serves the whole answer over TCP', async () => {
    const udp = await ask(t.port, 'mid.example', RR_TYPE.A, { edns: false });
    assert.ok((udp.flags & FLAG.TC) !== 0);
    assert.equal(udp.answers.length, 0);
    const [tcp] = await tcpExchange(t.port, [buildQuery('mid.example', RR_TYPE.A, { edns: false })]);
    assert.equal(tcp?.answers.length, 60);
    assert.equal((tcp?.flags ?? 0) & FLAG.TC, 0);
  });

  it('honours the client’s EDNS buffer size (up to the server maximum)', async () => {
    const fits = await ask(t.port, 'mid.example', RR_TYPE.A, { edns: 1232 });
    assert.equal(fits.answers.length, 60, '60 records fit in 1232 octets');
    const small = await ask(t.port, 'mid.example', RR_TYPE.A, { edns: 600 });
    assert.ok((small.flags & FLAG.TC) !== 0);
  });

  it('retries over TCP when the upstream truncates', async () => {
    const m = await ask(t.port, 'big.example', RR_TYPE.A, { edns: 1232 });
    assert.ok(t.upstream.asked.includes(`big.example/${RR_TYPE.A}/tcp`));
    assert.ok((m.flags & FLAG.TC) !== 0, '90 records do not fit the client either');
    const [tcp] = await tcpExchange(t.port, [buildQuery('big.example')]);
    assert.equal(tcp?.answers.length, 90);
  });

  it('answers pipelined TCP queries on one connection', async () => {
    const answers = await tcpExchange(t.port, [buildQuery('one.example', RR_TYPE.A, { id: 1 }), buildQuery('porn.example', RR_TYPE.A, { id: 2 }), buildQuery('two.example', RR_TYPE.A, { id: 3 })]);
    const rcodes = new Map(answers.map((m) => [m.id, messageRcode(m)]));
    assert.deepEqual(rcodes, new Map([[1, RCODE.NOERROR], [2, RCODE.NXDOMAIN], [3, RCODE.NOERROR]]));
  });

  it('passes the DO bit upstream and keeps DNSSEC answers apart in the cache', async () => {
    await ask(t.port, 'signed.example', RR_TYPE.A, { dnssecOk: true });
    assert.equal(((t.upstream.lastQuery?.edns?.flags ?? 0) & 0x8000) !== 0, true);
    const asked = t.upstream.asked.length;
    await ask(t.port, 'signed.example', RR_TYPE.A);
    assert.equal(t.upstream.asked.length, asked + 1);
  });
});

describe('dns transport: hostile packets', () => {
  let t: TestDns;
  before(async () => {
    t = await startTestDns();
  });
  after(() => t.close());

  const cases: { name: string; packet: Uint8Array; rcode?: number }[] = [
    { name: 'a query without a question gets FORMERR', packet: hex('abcd 0100 0000 0000 0000 0000'), rcode: RCODE.FORMERR },
    { name: 'a compression loop in the question gets FORMERR', packet: hex('abcd 0100 0001 0000 0000 0000 c00c 0001 0001'), rcode: RCODE.FORMERR },
    { name: 'an UPDATE gets NOTIMP', packet: hex('abcd 2800 0001 0000 0000 0000 00 0006 0001'), rcode: RCODE.NOTIMP },
    { name: 'EDNS version 1 gets BADVERS', packet: hex('abcd 0100 0001 0000 0000 0001 00 0001 0001 00 0029 1000 00010000 0000'), rcode: RCODE.BADVERS },
    { name: 'a zone transfer is refused', packet: buildQuery('example.com', RR_TYPE.AXFR, { id: 0xabcd }), rcode: RCODE.REFUSED },
    { name: 'a Chaos-class query is refused', packet: buildQuery('version.bind', RR_TYPE.TXT, { class: 3, id: 0xabcd }), rcode: RCODE.REFUSED },
    { name: 'a truncated header is dropped', packet: hex('abcd 01') },
    { name: 'a response sent to us is dropped', packet: hex('abcd 8180 0001 0000 0000 0000 00 0001 0001') },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const raw = await udpExchange(t.port, c.packet, { timeoutMs: c.rcode === undefined ? 300 : 2000 });
      if (c.rcode === undefined) return assert.equal(raw, undefined);
      assert.ok(raw);
      const parsed = parseMessage(raw);
      assert.ok(parsed.ok);
      assert.equal(messageRcode(parsed.message), c.rcode);
      assert.equal(parsed.message.id, 0xabcd);
    });
  }

  it('closes a TCP connection whose framing is not DNS, and keeps answering', async () => {
    const socket = connect({ host: '127.0.0.1', port: t.port });
    await once(socket, 'connect');
    socket.write(Buffer.from([0, 3, 1, 2, 3]));
    await once(socket, 'close');
    assert.equal(messageRcode(await ask(t.port, 'still.example')), RCODE.NOERROR);
  });

  it('still answers after a burst of random datagrams', async () => {
    const s = createSocket('udp4');
    for (let i = 0; i < 500; i++) s.send(new Uint8Array(Array.from({ length: (i * 7) % 300 }, (_, j) => (i * 31 + j * 17) & 0xff)), t.port, '127.0.0.1');
    await new Promise((r) => setTimeout(r, 100));
    s.close();
    assert.equal(messageRcode(await ask(t.port, 'alive.example')), RCODE.NOERROR);
  });
});

describe('dns transport: upstreams', () => {
  it('fails over from a silent upstream to the next, and marks it down', async () => {
    const dead = await startStubUpstream();
    dead.mode = 'silent';
    const live = await startStubUpstream();
    const t = await startTestDns({ upstream: live, config: { upstreams: [dead.address, live.address], upstreamTimeoutMs: 200 } });
    try {
      for (let i = 0; i < 3; i++) assert.equal(messageRcode(await ask(t.port, `fail${i}.example`)), RCODE.NOERROR);
      const status = t.dns.upstream.status();
      assert.equal(status[0]?.up, false);
      assert.equal(status[1]?.up, true);
      const before = dead.asked.length;
      await ask(t.port, 'after-down.example');
      assert.equal(dead.asked.length, before, 'a down upstream is skipped');
    } finally {
      await t.close();
      await dead.close();
    }
  });

  it('moves on from an upstream that answers SERVFAIL', async () => {
    const bad = await startStubUpstream();
    bad.mode = 'servfail';
    const good = await startStubUpstream();
    const t = await startTestDns({ upstream: good, config: { upstreams: [bad.address, good.address] } });
    try {
      assert.equal(messageRcode(await ask(t.port, 'x.example')), RCODE.NOERROR);
    } finally {
      await t.close();
      await bad.close();
    }
  });

  it('answers SERVFAIL with an EDE when no upstream answers', async () => {
    const dead = await startStubUpstream();
    dead.mode = 'silent';
    const t = await startTestDns({ upstream: dead, config: { upstreamTimeoutMs: 100 } });
    try {
      const m = await ask(t.port, 'nowhere.example', RR_TYPE.A, { timeoutMs: 3000 });
      assert.equal(messageRcode(m), RCODE.SERVFAIL);
      assert.equal(t.dns.status().filter.upstreamFailures, 1);
    } finally {
      await t.close();
    }
  });

  it('drops queries past the per-client rate limit', async () => {
    const t = await startTestDns({ config: { rateLimit: { queriesPerSecond: 1, burst: 3 } } });
    try {
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await udpExchange(t.port, buildQuery('porn.example', RR_TYPE.A, { id: i }), { timeoutMs: 200 }));
      assert.equal(results.filter((r) => r !== undefined).length, 3);
      assert.equal(t.dns.status().filter.rateLimited, 2);
    } finally {
      await t.close();
    }
  });
});

let openssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  openssl = false;
}

describe('dns transport: DNS over TLS upstream', { skip: openssl ? false : 'openssl is not installed' }, () => {
  it('forwards over a verified TLS connection and reuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-dot-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=dot.test', '-addext', 'subjectAltName=DNS:dot.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    let connections = 0;
    const server = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (socket) => {
      connections++;
      let buf = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          const parsed = parseMessage(buf.subarray(2, 2 + buf.readUInt16BE(0)));
          buf = buf.subarray(2 + buf.readUInt16BE(0));
          if (!parsed.ok) continue;
          const q = parsed.message.questions[0];
          const wire = encodeMessage({ ...parsed.message, flags: 0x8180, answers: [aRecord(q?.name ?? '', '198.51.100.7')], additionals: [] });
          const frame = Buffer.alloc(wire.length + 2);
          frame.writeUInt16BE(wire.length, 0);
          frame.set(wire, 2);
          socket.write(frame);
        }
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    const t = await startTestDns({ config: { upstreams: [`tls://127.0.0.1:${port}#dot.test`] }, tlsCa: cert });
    try {
      const a = await ask(t.port, 'private.example');
      const b = await ask(t.port, 'private2.example');
      assert.equal(a.answers.length, 1);
      assert.equal(b.answers.length, 1);
      assert.equal(connections, 1, 'one pipelined connection');
    } finally {
      await t.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
