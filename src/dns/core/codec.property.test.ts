// Bounded property tests of the codec: hostile bytes never throw, and what it writes it reads back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blockSoa, edeText, truncateAnswer, udpLimit, writeBlockedAnswer, writeErrorAnswer } from './answers.ts';
import { toCachedAnswer } from './cached-answer.ts';
import { encodeMessage } from './encode-message.ts';
import { parseMessage, type DnsMessage, type DnsRecord } from './message.ts';
import { encodeName } from './names.ts';
import { parseQuery } from './parse-query.ts';
import { RCODE, RR_TYPE } from './wire.ts';

const RUNS = { numRuns: 1500, seed: 20261126 };

const label = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/u);
const name = fc.array(label, { minLength: 0, maxLength: 5 }).map((labels) => labels.join('.'));
const rdataName = (n: string): Uint8Array => encodeName(n) ?? new Uint8Array([0]);
const record: fc.Arbitrary<DnsRecord> = fc.oneof(
  fc.record({ name, type: fc.constant<number>(RR_TYPE.A), class: fc.constant(1), ttl: fc.nat(), data: fc.uint8Array({ minLength: 4, maxLength: 4 }) }, { noNullPrototype: true }),
  fc.record({ name, type: fc.constant<number>(RR_TYPE.CNAME), class: fc.constant(1), ttl: fc.nat(), data: name.map(rdataName) }, { noNullPrototype: true }),
  fc.record({ name, type: fc.integer({ min: 256, max: 65535 }), class: fc.constant(1), ttl: fc.nat(), data: fc.uint8Array({ maxLength: 40 }) }, { noNullPrototype: true }),
);
const message: fc.Arbitrary<DnsMessage> = fc.record({
  id: fc.integer({ min: 0, max: 0xffff }),
  flags: fc.integer({ min: 0, max: 0xffff }),
  questions: fc.array(fc.record({ name, type: fc.integer({ min: 0, max: 0xffff }), class: fc.integer({ min: 0, max: 0xffff }) }, { noNullPrototype: true }), { maxLength: 2 }),
  answers: fc.array(record, { maxLength: 4 }),
  authorities: fc.array(record, { maxLength: 2 }),
  additionals: fc.array(record, { maxLength: 2 }),
}, { noNullPrototype: true });

/** Mutations a fuzzer would make: flip, overwrite with pointers, cut, splice counts. */
const mutated = fc
  .tuple(
    message.map((m) => encodeMessage(m)),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'pointer', 'cut', 'count')), { minLength: 1, maxLength: 6 }),
  )
  .map(([wire, edits]) => {
    let b = wire.slice();
    for (const [at, v, kind] of edits) {
      const i = b.length === 0 ? 0 : at % b.length;
      if (kind === 'set') b[i] = v;
      else if (kind === 'pointer') {
        b[i] = 0xc0 | (v & 0x3f);
        if (i + 1 < b.length) b[i + 1] = v;
      } else if (kind === 'cut') b = b.slice(0, i);
      else if (b.length >= 12) b[4 + (v % 8)] = 0xff;
    }
    return b;
  });

describe('codec properties', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = parseMessage(bytes);
        assert.equal(typeof r.ok, 'boolean');
        assert.ok(['ok', 'drop', 'formerr', 'notimp', 'badvers'].includes(parseQuery(bytes).status));
      }),
      RUNS,
    );
  });

  it('never throws on mutated messages, and what it accepts re-encodes to the same message', () => {
    fc.assert(
      fc.property(mutated, (bytes) => {
        const r = parseMessage(bytes);
        parseQuery(bytes);
        if (r.ok) {
          const again = parseMessage(encodeMessage(r.message));
          assert.ok(again.ok);
          assert.deepEqual(again.message, r.message);
        }
      }),
      RUNS,
    );
  });

  it('reads back every message it writes (names compare without case, as compression does)', () => {
    const fold = (m: DnsMessage): DnsMessage => ({
      ...m,
      questions: m.questions.map((q) => ({ ...q, name: q.name.toLowerCase() })),
      answers: m.answers.map((r) => ({ ...r, name: r.name.toLowerCase() })),
      authorities: m.authorities.map((r) => ({ ...r, name: r.name.toLowerCase() })),
      additionals: m.additionals.map((r) => ({ ...r, name: r.name.toLowerCase() })),
    });
    fc.assert(
      fc.property(message, (m) => {
        const r = parseMessage(encodeMessage(m));
        assert.ok(r.ok, r.ok ? '' : r.error);
        assert.deepEqual(fold(r.message), fold(m));
      }),
      RUNS,
    );
  });

  it('answers every readable query with a well-formed message that fits the client', () => {
    const out = new Uint8Array(65536);
    const block = { rcode: RCODE.NXDOMAIN, ttl: 10, soa: blockSoa(10, 1), ede: { code: 15, text: edeText('test') } };
    fc.assert(
      fc.property(mutated, (bytes) => {
        const q = parseQuery(bytes);
        if (q.status === 'drop') return;
        const len =
          q.status === 'ok'
            ? writeBlockedAnswer(out, bytes, q, block, 1232)
            : writeErrorAnswer(out, bytes, q, q.status === 'badvers' ? RCODE.BADVERS : q.status === 'notimp' ? RCODE.NOTIMP : RCODE.FORMERR, 1232);
        const limited = truncateAnswer(out, len, q, udpLimit(q, 1232), 1232);
        assert.ok(limited <= Math.max(udpLimit(q, 1232), len));
        const r = parseMessage(out.subarray(0, limited));
        assert.ok(r.ok, r.ok ? '' : r.error);
        assert.equal(r.message.id, q.id);
      }),
      RUNS,
    );
  });

  it('caches any well-formed answer without throwing', () => {
    fc.assert(
      fc.property(message, (m) => {
        const entry = toCachedAnswer(m, { maxTtl: 86400, maxNegativeTtl: 3600 });
        assert.ok(entry.ttl >= 0 && entry.ttl <= 86400);
        assert.ok(parseMessage(entry.wire).ok);
      }),
      RUNS,
    );
  });
});
