/**
 * Encodes a {@link DnsMessage} to wire form, compressing question and owner names (RDATA is
 * written as given, uncompressed, which every resolver accepts). Used off the hot path: upstream
 * queries, synthesised answers, and answers normalised for the cache.
 */
import type { DnsMessage, DnsRecord, Edns } from './message.ts';
import { lowerName, writeName } from './names.ts';
import { LIMITS, RR_TYPE } from './wire.ts';

/** A growable output buffer with big-endian writers. */
class Writer {
  buf = new Uint8Array(512);
  pos = 0;

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v & 0xff;
  }

  u16(v: number): void {
    this.ensure(2);
    this.buf[this.pos++] = (v >>> 8) & 0xff;
    this.buf[this.pos++] = v & 0xff;
  }

  u32(v: number): void {
    this.u16((v >>> 16) & 0xffff);
    this.u16(v & 0xffff);
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
}

/** Thrown for a name that cannot be encoded; callers build messages from names they checked. */
export class DnsEncodeError extends Error {}

/** Writes names with compression: each known suffix is replaced by a pointer to where it was written. */
class NameWriter {
  private readonly seen = new Map<string, number>();
  private readonly scratch = new Uint8Array(LIMITS.MAX_NAME_WIRE);

  constructor(private readonly w: Writer) {}

  write(name: string): void {
    const n = writeName(this.scratch, 0, name);
    if (n < 0) throw new DnsEncodeError(`cannot encode the name ${JSON.stringify(name.slice(0, 300))}`);
    const key = lowerName(name.endsWith('.') ? name.slice(0, -1) : name);
    // Walk the labels: at each label boundary, the rest of the name is a suffix we may already have.
    let p = 0;
    let k = 0;
    while ((this.scratch[p] ?? 0) !== 0) {
      const suffix = key.slice(k);
      const at = this.seen.get(suffix);
      if (at !== undefined) {
        this.w.bytes(this.scratch.subarray(0, p));
        this.w.u16(0xc000 | at);
        return;
      }
      const here = this.w.pos + p;
      if (here < 0x4000) this.seen.set(suffix, here);
      p += 1 + (this.scratch[p] ?? 0);
      k = nextLabelStart(key, k);
    }
    this.w.bytes(this.scratch.subarray(0, n));
  }
}

/** Index just after the next unescaped dot of a text name (or its length). */
function nextLabelStart(name: string, from: number): number {
  for (let i = from; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 46) return i + 1;
  }
  return name.length;
}

function writeRecord(w: Writer, names: NameWriter, r: DnsRecord, ttlOffsets: number[] | undefined): void {
  names.write(r.name);
  w.u16(r.type);
  w.u16(r.class);
  ttlOffsets?.push(w.pos);
  w.u32(r.ttl >>> 0);
  w.u16(r.data.length);
  w.bytes(r.data);
}

/** The wire form of an OPT record carrying `edns` and an optional extended rcode. */
export function writeOpt(w: { u8(v: number): void; u16(v: number): void; u32(v: number): void; bytes(b: Uint8Array): void }, edns: Edns): void {
  w.u8(0);
  w.u16(RR_TYPE.OPT);
  w.u16(edns.udpSize);
  w.u32(((edns.extendedRcode & 0xff) << 24) | ((edns.version & 0xff) << 16) | (edns.flags & 0xffff));
  let len = 0;
  for (const o of edns.options) len += 4 + o.data.length;
  w.u16(len);
  for (const o of edns.options) {
    w.u16(o.code);
    w.u16(o.data.length);
    w.bytes(o.data);
  }
}

/**
 * Encodes a message; throws {@link DnsEncodeError} only for a name that is not a valid DNS name.
 * When `ttlOffsets` is given, the offset of every record's TTL field is pushed onto it (the
 * cache rewrites them on each answer).
 */
export function encodeMessage(m: DnsMessage, ttlOffsets?: number[]): Uint8Array {
  const w = new Writer();
  const names = new NameWriter(w);
  w.u16(m.id);
  w.u16(m.flags);
  w.u16(m.questions.length);
  w.u16(m.answers.length);
  w.u16(m.authorities.length);
  w.u16(m.additionals.length + (m.edns === undefined ? 0 : 1));
  for (const q of m.questions) {
    names.write(q.name);
    w.u16(q.type);
    w.u16(q.class);
  }
  for (const r of m.answers) writeRecord(w, names, r, ttlOffsets);
  for (const r of m.authorities) writeRecord(w, names, r, ttlOffsets);
  for (const r of m.additionals) writeRecord(w, names, r, ttlOffsets);
  if (m.edns !== undefined) writeOpt(w, m.edns);
  return w.buf.slice(0, w.pos);
}
