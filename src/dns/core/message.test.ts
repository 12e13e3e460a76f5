import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeMessage } from './encode-message.ts';
import { parseMessage, type DnsMessage } from './message.ts';
import { encodeName, writeName } from './names.ts';
import { aRecord, buildAnswer, cnameRecord, soaRecord } from './testing.ts';
import { RR_TYPE } from './wire.ts';

const hex = (s: string): Uint8Array => new Uint8Array((s.replace(/\s+/gu, '').match(/../gu) ?? []).map((h) => parseInt(h, 16)));

describe('names', () => {
  const cases: { text: string; wire: string | undefined; why: string }[] = [
    { text: 'www.example.com', wire: '03777777076578616d706c6503636f6d00', why: 'plain name' },
    { text: 'www.example.com.', wire: '03777777076578616d706c6503636f6d00', why: 'trailing dot' },
    { text: '', wire: '00', why: 'the root' },
    { text: 'a\\.b.c', wire: '03612e620163' + '00', why: 'escaped dot stays in the label' },
    { text: 'a\\032b', wire: '0361206200', why: 'decimal escape' },
    { text: 'a..b', wire: undefined, why: 'empty label' },
    { text: `${'a'.repeat(64)}.com`, wire: undefined, why: 'label over 63 octets' },
    { text: Array.from({ length: 128 }, () => 'a').join('.'), wire: undefined, why: 'name over 255 octets' },
    { text: 'bad\\99', wire: undefined, why: 'short decimal escape' },
    { text: 'bad\\999x', wire: undefined, why: 'escape above 255' },
  ];
  for (const c of cases) {
    it(`encodes ${c.why}`, () => {
      const wire = encodeName(c.text);
      assert.equal(wire === undefined ? undefined : Buffer.from(wire).toString('hex'), c.wire);
    });
  }

  it('accepts a name of exactly 255 octets and refuses 256', () => {
    const label63 = 'a'.repeat(63);
    const ok = [label63, label63, label63, 'a'.repeat(61)].join('.'); // 64*3 + 62 + 1 = 255
    assert.equal(encodeName(ok)?.length, 255);
    assert.equal(encodeName(`${ok}a`), undefined);
  });

  it('refuses to write past the end of the output', () => {
    assert.equal(writeName(new Uint8Array(5), 0, 'example.com'), -1);
  });
});

describe('parseMessage', () => {
  const sample: DnsMessage = buildAnswer('www.Example.com', RR_TYPE.A, {
    answers: [cnameRecord('www.Example.com', 'cdn.example.net', 60), aRecord('cdn.example.net', '192.0.2.7', 30)],
    authorities: [soaRecord('example.net', 100, 50)],
  });

  it('reads back what it encodes, names decompressed', () => {
    const wire = encodeMessage(sample);
    const parsed = parseMessage(wire);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.message, sample);
  });

  it('compresses repeated names', () => {
    const wire = encodeMessage(sample);
    const plain = 12 + (17 + 4) + 3 * 10;
    assert.ok(wire.length < plain + 17 * 3 + 100, `compressed size ${wire.length}`);
    assert.ok(Buffer.from(wire).includes(Buffer.from([0xc0, 0x0c])), 'points back at the question');
  });

  it('lifts the OPT record out of the additional section', () => {
    const parsed = parseMessage(encodeMessage(sample));
    assert.ok(parsed.ok);
    assert.equal(parsed.message.additionals.length, 0);
    assert.equal(parsed.message.edns?.udpSize, 1232);
  });

  const hostile: { name: string; packet: Uint8Array; error: RegExp; id?: number }[] = [
    { name: 'an empty packet', packet: new Uint8Array(0), error: /header/u },
    { name: 'a truncated header', packet: hex('1234 0100 0001'), error: /header/u },
    { name: 'counts larger than the packet', packet: hex('1234 0100 ffff ffff ffff ffff 00 0001 0001'), error: /counts/u, id: 0x1234 },
    { name: 'a pointer to itself', packet: hex('1234 0100 0001 0000 0000 0000 c00c 0001 0001'), error: /question/u, id: 0x1234 },
    { name: 'a forward pointer', packet: hex('1234 0100 0001 0000 0000 0000 c00e 00 0001 0001'), error: /question/u, id: 0x1234 },
    {
      name: 'a two-pointer loop in an answer',
      // question "a." at 12; answer owner at 19: label "b" then pointer to 19 (itself, via the label)
      packet: hex('1234 8100 0001 0001 0000 0000 0161 00 0001 0001 0162 c013 0001 0001 00000000 0000'),
      error: /record/u,
      id: 0x1234,
    },
    { name: 'a label running past the end', packet: hex('1234 0100 0001 0000 0000 0000 3f61 6263 6465'), error: /question/u, id: 0x1234 },
    { name: 'the obsolete 0x40 label type', packet: hex('1234 0100 0001 0000 0000 0000 4161 00 0001 0001'), error: /question/u, id: 0x1234 },
    { name: 'record data past the end', packet: hex('1234 8100 0000 0001 0000 0000 00 0001 0001 00000000 0010 7f000001'), error: /past the end/u, id: 0x1234 },
    { name: 'an OPT record in the answer section', packet: hex('1234 8100 0000 0001 0000 0000 00 0029 1000 00000000 0000'), error: /OPT/u, id: 0x1234 },
    { name: 'two OPT records', packet: hex('1234 0100 0000 0000 0000 0002 00 0029 1000 00000000 0000 00 0029 1000 00000000 0000'), error: /OPT/u, id: 0x1234 },
    { name: 'an EDNS option running past the record', packet: hex('1234 0100 0000 0000 0000 0001 00 0029 1000 00000000 0004 000f 0009'), error: /EDNS/u, id: 0x1234 },
    { name: 'a CNAME whose name runs past its RDATA', packet: hex('1234 8100 0000 0001 0000 0000 00 0005 0001 00000000 0002 0361 6263 00'), error: /record data/u, id: 0x1234 },
  ];
  for (const h of hostile) {
    it(`refuses ${h.name} without throwing`, () => {
      const r = parseMessage(h.packet);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.match(r.error, h.error);
        assert.equal(r.id, h.id);
      }
    });
  }

  it('follows a chain of backward pointers', () => {
    // question www.example.com at 12; answer owner: "cdn" + pointer to "example.com" at 16
    const wire = hex('0001 8180 0001 0001 0000 0000 03777777 076578616d706c65 03636f6d 00 0001 0001 0363646e c010 0001 0001 0000003c 0004 c0000201');
    const r = parseMessage(wire);
    assert.ok(r.ok);
    assert.equal(r.message.answers[0]?.name, 'cdn.example.com');
  });

  it('refuses a name longer than 255 octets assembled through pointers', () => {
    const label = `3f${'61'.repeat(63)}`;
    // question: four 63-octet labels = 256 octets with the root: too long
    const wire = hex(`0001 0100 0001 0000 0000 0000 ${label}${label}${label}${label} 00 0001 0001`);
    assert.equal(parseMessage(wire).ok, false);
  });
});
