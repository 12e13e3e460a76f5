import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockSoa, edeText, truncateAnswer, udpLimit, writeBlockedAnswer, writeCachedAnswer, writeErrorAnswer } from './answers.ts';
import { toCachedAnswer } from './cached-answer.ts';
import { encodeMessage } from './encode-message.ts';
import { messageRcode, parseMessage, type DnsMessage } from './message.ts';
import { parseQuery } from './parse-query.ts';
import { aData, aRecord, aText, buildAnswer, buildQuery, cnameRecord, extendedError, soaRecord } from './testing.ts';
import { EDE, FLAG, RCODE, RR_TYPE } from './wire.ts';

const out = new Uint8Array(65536);
const hex = (s: string): Uint8Array => new Uint8Array((s.replace(/\s+/gu, '').match(/../gu) ?? []).map((h) => parseInt(h, 16)));

function answerOf(len: number): DnsMessage {
  const r = parseMessage(out.slice(0, len));
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.message;
}

const policy = { maxTtl: 86400, maxNegativeTtl: 3600 };

describe('blocked answers', () => {
  const block = { rcode: RCODE.NXDOMAIN, ttl: 10, soa: blockSoa(10, 7), ede: { code: EDE.BLOCKED, text: edeText('pornography') } };

  it('answers NXDOMAIN with the SOA and the EDE, echoing the question as sent', () => {
    const packet = buildQuery('Porn.Example', RR_TYPE.A, { id: 77 });
    const q = parseQuery(packet);
    const m = answerOf(writeBlockedAnswer(out, packet, q, block, 1232));
    assert.equal(m.id, 77);
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
    assert.equal(m.questions[0]?.name, 'Porn.Example');
    assert.equal(m.authorities[0]?.type, RR_TYPE.SOA);
    assert.equal(m.authorities[0]?.name, 'Porn.Example');
    assert.deepEqual(extendedError(m), { code: EDE.BLOCKED, text: 'pornography' });
    assert.ok((m.flags & FLAG.RA) !== 0 && (m.flags & FLAG.RD) !== 0);
  });

  it('answers the block-page address for A', () => {
    const packet = buildQuery('porn.example');
    const m = answerOf(writeBlockedAnswer(out, packet, parseQuery(packet), { ...block, rcode: RCODE.NOERROR, address: aData('10.0.0.5') }, 1232));
    assert.equal(messageRcode(m), RCODE.NOERROR);
    assert.equal(aText(m.answers[0]?.data ?? new Uint8Array()), '10.0.0.5');
    assert.equal(m.answers[0]?.ttl, 10);
    assert.equal(extendedError(m)?.code, EDE.BLOCKED);
  });

  it('leaves out the OPT (and so the EDE) for a client without EDNS', () => {
    const packet = buildQuery('porn.example', RR_TYPE.A, { edns: false });
    const m = answerOf(writeBlockedAnswer(out, packet, parseQuery(packet), block, 1232));
    assert.equal(m.edns, undefined);
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
  });
});

describe('error answers', () => {
  it('answers BADVERS in the extended rcode', () => {
    const packet = hex('1234 0100 0001 0000 0000 0001 00 0001 0001 00 0029 1000 00010000 0000');
    const q = parseQuery(packet);
    assert.equal(q.status, 'badvers');
    const m = answerOf(writeErrorAnswer(out, packet, q, RCODE.BADVERS, 1232));
    assert.equal(messageRcode(m), RCODE.BADVERS);
    assert.equal(m.edns?.version, 0);
  });

  it('answers FORMERR without a question when none could be read', () => {
    const packet = hex('1234 0100 0000 0000 0000 0000');
    const m = answerOf(writeErrorAnswer(out, packet, parseQuery(packet), RCODE.FORMERR, 1232));
    assert.equal(messageRcode(m), RCODE.FORMERR);
    assert.equal(m.questions.length, 0);
  });
});

describe('cached answers', () => {
  const upstream = buildAnswer('www.example.com', RR_TYPE.A, {
    answers: [cnameRecord('www.example.com', 'edge.example.net', 300), aRecord('edge.example.net', '192.0.2.1', 120)],
  });

  it('serves the smallest TTL and decrements every TTL by the seconds held', () => {
    const entry = toCachedAnswer(upstream, policy);
    assert.equal(entry.ttl, 120);
    assert.deepEqual(entry.cnames, ['edge.example.net']);
    const packet = buildQuery('WWW.example.com', RR_TYPE.A, { id: 9 });
    const m = answerOf(writeCachedAnswer(out, packet, parseQuery(packet), entry, 20, 1232));
    assert.equal(m.id, 9);
    assert.equal(m.questions[0]?.name, 'WWW.example.com');
    assert.deepEqual(m.answers.map((r) => r.ttl), [280, 100]);
    assert.equal(m.edns?.udpSize, 1232);
  });

  it('caches NXDOMAIN for the smaller of the SOA TTL and MINIMUM (RFC 2308)', () => {
    const nx = buildAnswer('gone.example.com', RR_TYPE.A, { rcode: RCODE.NXDOMAIN, authorities: [soaRecord('example.com', 900, 60)] });
    const entry = toCachedAnswer(nx, policy);
    assert.equal(entry.ttl, 60);
    assert.equal(entry.negative, true);
    const packet = buildQuery('gone.example.com');
    const m = answerOf(writeCachedAnswer(out, packet, parseQuery(packet), entry, 15, 1232));
    assert.equal(m.authorities[0]?.ttl, 45);
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
  });

  it('does not cache a negative answer without an SOA', () => {
    assert.equal(toCachedAnswer(buildAnswer('x.example', RR_TYPE.A, { rcode: RCODE.NXDOMAIN }), policy).ttl, 0);
  });

  it('does not cache SERVFAIL', () => {
    assert.equal(toCachedAnswer(buildAnswer('x.example', RR_TYPE.A, { rcode: RCODE.SERVFAIL }), policy).ttl, 0);
  });

  it('caps TTLs at the cache maximum', () => {
    const entry = toCachedAnswer(buildAnswer('x.example', RR_TYPE.A, { answers: [aRecord('x.example', '192.0.2.1', 999999)] }), { maxTtl: 3600, maxNegativeTtl: 60 });
    assert.equal(entry.ttl, 3600);
    assert.deepEqual(Array.from(entry.ttls), [3600]);
  });

  it('passes AD on only to clients that asked for DNSSEC', () => {
    const entry = toCachedAnswer({ ...upstream, flags: upstream.flags | FLAG.AD }, policy);
    const plain = buildQuery('www.example.com');
    assert.equal(answerOf(writeCachedAnswer(out, plain, parseQuery(plain), entry, 0, 1232)).flags & FLAG.AD, 0);
    const dnssec = buildQuery('www.example.com', RR_TYPE.A, { dnssecOk: true });
    assert.equal(answerOf(writeCachedAnswer(out, dnssec, parseQuery(dnssec), entry, 0, 1232)).flags & FLAG.AD, FLAG.AD);
  });

  it('refuses to replay an entry whose question has another length', () => {
    const entry = toCachedAnswer(upstream, policy);
    const packet = buildQuery('example.com');
    assert.equal(writeCachedAnswer(out, packet, parseQuery(packet), entry, 0, 1232), -1);
  });
});

describe('truncation', () => {
  const many = buildAnswer('big.example', RR_TYPE.A, { answers: Array.from({ length: 60 }, (_, i) => aRecord('big.example', `192.0.2.${i}`)) });

  it('cuts an answer over the client limit to the question with TC set', () => {
    const entry = toCachedAnswer(many, policy);
    const packet = buildQuery('big.example', RR_TYPE.A, { edns: false });
    const q = parseQuery(packet);
    const limit = udpLimit(q, 1232);
    assert.equal(limit, 512);
    const full = writeCachedAnswer(out, packet, q, entry, 0, 1232);
    assert.ok(full > 512);
    const m = answerOf(truncateAnswer(out, full, q, limit, 1232));
    assert.ok((m.flags & FLAG.TC) !== 0);
    assert.equal(m.answers.length, 0);
    assert.equal(m.questions[0]?.name, 'big.example');
  });

  it('honours a larger EDNS buffer up to the server maximum', () => {
    const q = parseQuery(buildQuery('big.example', RR_TYPE.A, { edns: 4096 }));
    assert.equal(udpLimit(q, 1232), 1232);
    assert.equal(udpLimit(q, 8192), 4096);
  });

  it('keeps an answer that fits', () => {
    const small = encodeMessage(buildAnswer('a.example', RR_TYPE.A, { answers: [aRecord('a.example', '192.0.2.1')] }));
    out.set(small);
    const q = parseQuery(buildQuery('a.example'));
    assert.equal(truncateAnswer(out, small.length, q, 512, 1232), small.length);
  });
});
