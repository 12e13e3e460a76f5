import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery, type QueryInfo } from './parse-query.ts';
import { buildQuery } from './testing.ts';
import { RR_TYPE } from './wire.ts';

const hex = (s: string): Uint8Array => new Uint8Array((s.replace(/\s+/gu, '').match(/../gu) ?? []).map((h) => parseInt(h, 16)));

describe('parseQuery', () => {
  const cases: { name: string; packet: Uint8Array; expect: Partial<QueryInfo> }[] = [
    { name: 'reads a plain A query with EDNS', packet: buildQuery('www.example.com'), expect: { status: 'ok', name: 'www.example.com', type: RR_TYPE.A, edns: true, udpSize: 1232, dnssecOk: false } },
    { name: 'lower-cases the name', packet: buildQuery('WwW.ExAmPlE.CoM', RR_TYPE.AAAA), expect: { status: 'ok', name: 'www.example.com', type: RR_TYPE.AAAA } },
    { name: 'gives 512 without EDNS', packet: buildQuery('example.com', RR_TYPE.A, { edns: false }), expect: { status: 'ok', edns: false, udpSize: 512 } },
    { name: 'never gives less than 512', packet: buildQuery('example.com', RR_TYPE.A, { edns: 100 }), expect: { status: 'ok', udpSize: 512 } },
    { name: 'reads the DO bit', packet: buildQuery('example.com', RR_TYPE.A, { dnssecOk: true, edns: 4096 }), expect: { dnssecOk: true, udpSize: 4096 } },
    { name: 'reads the root', packet: buildQuery('', RR_TYPE.NS), expect: { status: 'ok', name: '' } },
    { name: 'escapes odd octets so they cannot pass as a host name', packet: buildQuery('a\\.b.example'), expect: { status: 'ok', name: 'a\\.b.example' } },
    { name: 'drops a packet shorter than a header', packet: hex('1234 0100 00'), expect: { status: 'drop' } },
    { name: 'drops a response (QR set)', packet: hex('1234 8100 0001 0000 0000 0000 00 0001 0001'), expect: { status: 'drop' } },
    { name: 'answers NOTIMP to an UPDATE', packet: hex('1234 2800 0001 0000 0000 0000 00 0006 0001'), expect: { status: 'notimp', id: 0x1234 } },
    { name: 'refuses no question', packet: hex('1234 0100 0000 0000 0000 0000'), expect: { status: 'formerr' } },
    { name: 'refuses two questions', packet: hex('1234 0100 0002 0000 0000 0000 00 0001 0001 00 0001 0001'), expect: { status: 'formerr' } },
    { name: 'refuses a compressed question name', packet: hex('1234 0100 0001 0000 0000 0000 c00c 0001 0001'), expect: { status: 'formerr' } },
    { name: 'refuses a question cut short', packet: hex('1234 0100 0001 0000 0000 0000 03 7777 77'), expect: { status: 'formerr' } },
    { name: 'refuses a missing type and class', packet: hex('1234 0100 0001 0000 0000 0000 00 00'), expect: { status: 'formerr' } },
    { name: 'refuses additional counts past the end', packet: hex('1234 0100 0001 0000 0000 0005 00 0001 0001'), expect: { status: 'formerr', questionEnd: 17 } },
    { name: 'refuses an OPT with a non-root owner', packet: hex('1234 0100 0001 0000 0000 0001 00 0001 0001 0161 00 0029 1000 00000000 0000'), expect: { status: 'formerr' } },
    { name: 'refuses broken EDNS options', packet: hex('1234 0100 0001 0000 0000 0001 00 0001 0001 00 0029 1000 00000000 0003 000f 00'), expect: { status: 'formerr', edns: true } },
    { name: 'answers BADVERS to EDNS version 1', packet: hex('1234 0100 0001 0000 0000 0001 00 0001 0001 00 0029 1000 00010000 0000'), expect: { status: 'badvers', edns: true } },
    { name: 'skips an answer record to reach the OPT', packet: hex('1234 0100 0001 0001 0000 0001 00 0001 0001 c00c 0001 0001 00000000 0004 7f000001 00 0029 0800 00000000 0000'), expect: { status: 'ok', udpSize: 2048 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const q = parseQuery(c.packet);
      for (const [k, v] of Object.entries(c.expect)) assert.deepEqual(Reflect.get(q, k), v, k);
    });
  }

  it('refuses a label over 63 octets', () => {
    const packet = hex(`1234 0100 0001 0000 0000 0000 40${'61'.repeat(64)} 00 0001 0001`);
    assert.equal(parseQuery(packet).status, 'formerr');
  });

  it('refuses a name over 255 octets', () => {
    const label = `3f${'61'.repeat(63)}`;
    assert.equal(parseQuery(hex(`1234 0100 0001 0000 0000 0000 ${label}${label}${label}${label} 00 0001 0001`)).status, 'formerr');
  });

  it('marks where the question ends', () => {
    const q = parseQuery(buildQuery('example.com'));
    assert.equal(q.questionEnd, 12 + 13 + 4);
  });
});
