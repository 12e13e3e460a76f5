/**
 * A DNS message as plain data, and its full parser: header, questions, the three record
 * sections with names decompressed (in owner names and in the RDATA of the types that may be
 * compressed, RFC 3597 §4), and the EDNS OPT record lifted out of the additional section.
 * {@link parseMessage} never throws: hostile input (compression loops, lengths past the end,
 * huge counts, truncated headers) comes back as `{ ok: false }` with the id when it was readable.
 */
import { labelText } from './names.ts';
import { LIMITS, RR_TYPE } from './wire.ts';

/** One question: name (text form, no trailing dot), type and class. */
export interface DnsQuestion {
  readonly name: string;
  readonly type: number;
  readonly class: number;
}

/** One resource record; `data` is the RDATA with any names uncompressed. */
export interface DnsRecord {
  readonly name: string;
  readonly type: number;
  readonly class: number;
  readonly ttl: number;
  readonly data: Uint8Array;
}

/** One EDNS option (RFC 6891 §6.1.2). */
export interface EdnsOption {
  readonly code: number;
  readonly data: Uint8Array;
}

/** The OPT pseudo-record's fields. */
export interface Edns {
  readonly udpSize: number;
  /** The upper 8 bits of the 12-bit response code. */
  readonly extendedRcode: number;
  readonly version: number;
  /** The 16 flag bits; `DO` is 0x8000. */
  readonly flags: number;
  readonly options: readonly EdnsOption[];
}

/** A whole message; `flags` is the second header word (QR, opcode, AA, TC, RD, RA, AD, CD, rcode). */
export interface DnsMessage {
  readonly id: number;
  readonly flags: number;
  readonly questions: readonly DnsQuestion[];
  readonly answers: readonly DnsRecord[];
  readonly authorities: readonly DnsRecord[];
  /** Additional records other than OPT. */
  readonly additionals: readonly DnsRecord[];
  readonly edns?: Edns;
}

/** What {@link parseMessage} returns: the message, or why not (with the id when the header was readable). */
export type ParseResult = { readonly ok: true; readonly message: DnsMessage } | { readonly ok: false; readonly error: string; readonly id?: number };

/** The full 12-bit response code of a message (header bits plus EDNS extended bits). */
export function messageRcode(m: DnsMessage): number {
  return ((m.edns?.extendedRcode ?? 0) << 4) | (m.flags & 0x000f);
}

/** Field layouts of RDATA that holds names: `n` a (possibly compressed) name, a number a fixed run of octets. */
const RDATA_LAYOUT = new Map<number, readonly ('n' | number)[]>([
  [RR_TYPE.NS, ['n']],
  [3, ['n']], // MD
  [4, ['n']], // MF
  [RR_TYPE.CNAME, ['n']],
  [RR_TYPE.SOA, ['n', 'n', 20]],
  [7, ['n']], // MB
  [8, ['n']], // MG
  [9, ['n']], // MR
  [RR_TYPE.PTR, ['n']],
  [14, ['n', 'n']], // MINFO
  [RR_TYPE.MX, [2, 'n']],
  [17, ['n', 'n']], // RP
  [18, [2, 'n']], // AFSDB
  [21, [2, 'n']], // RT
  [26, [2, 'n', 'n']], // PX
  [RR_TYPE.SRV, [6, 'n']],
  [36, [2, 'n']], // KX
  [RR_TYPE.DNAME, ['n']],
]);

/**
 * Reads names with decompression. Every pointer must point strictly before the start of the
 * part of the name read so far, so a loop is impossible; the number of pointers and the total
 * length are bounded too.
 */
export class NameReader {
  /** The uncompressed wire form of the last name read (first {@link wireLength} octets). */
  readonly wire = new Uint8Array(LIMITS.MAX_NAME_WIRE);
  wireLength = 0;

  constructor(private readonly buf: Uint8Array, private readonly end: number) {}

  /** Reads the name at `at`; returns the offset just after it in the message, or -1. */
  read(at: number): number {
    const { buf, end, wire } = this;
    let p = at;
    let floor = at;
    let next = -1;
    let out = 0;
    let jumps = 0;
    for (;;) {
      if (p >= end) return -1;
      const len = buf[p] ?? 0;
      if (len === 0) {
        if (out + 1 > LIMITS.MAX_NAME_WIRE) return -1;
        wire[out++] = 0;
        this.wireLength = out;
        return next < 0 ? p + 1 : next;
      }
      const kind = len & 0xc0;
      if (kind === 0xc0) {
        if (p + 1 >= end) return -1;
        const target = ((len & 0x3f) << 8) | (buf[p + 1] ?? 0);
        if (target >= floor || ++jumps > LIMITS.MAX_POINTERS) return -1;
        if (next < 0) next = p + 2;
        p = target;
        floor = target;
        continue;
      }
      if (kind !== 0) return -1; // 0x40 / 0x80 label types are obsolete or unassigned
      if (p + 1 + len > end || out + 1 + len + 1 > LIMITS.MAX_NAME_WIRE) return -1;
      wire[out++] = len;
      wire.set(buf.subarray(p + 1, p + 1 + len), out);
      out += len;
      p += 1 + len;
    }
  }

  /** The text form of the last name read. */
  text(lower = false): string {
    return wireNameText(this.wire, 0, lower);
  }
}

/** Text form of an uncompressed wire name starting at `at` (trusted: written by this codec). */
export function wireNameText(wire: Uint8Array, at = 0, lower = false): string {
  let s = '';
  let p = at;
  for (;;) {
    const len = wire[p] ?? 0;
    if (len === 0 || p + 1 + len > wire.length) return s;
    const label = labelText(wire, p + 1, len, lower);
    s = s === '' ? label : `${s}.${label}`;
    p += 1 + len;
  }
}

/** A cursor over one message; reads fail soft by returning -1. */
class MessageReader {
  readonly names: NameReader;

  constructor(readonly buf: Uint8Array, readonly end: number) {
    this.names = new NameReader(buf, end);
  }

  u16(at: number): number {
    return ((this.buf[at] ?? 0) << 8) | (this.buf[at + 1] ?? 0);
  }

  u32(at: number): number {
    return (((this.buf[at] ?? 0) << 24) | ((this.buf[at + 1] ?? 0) << 16) | ((this.buf[at + 2] ?? 0) << 8) | (this.buf[at + 3] ?? 0)) >>> 0;
  }

  /** RDATA of `type` at `at` (length `len`) with its names uncompressed, or undefined when malformed. */
  rdata(type: number, at: number, len: number): Uint8Array | undefined {
    const layout = RDATA_LAYOUT.get(type);
    if (layout === undefined) return this.buf.slice(at, at + len);
    const parts: Uint8Array[] = [];
    let p = at;
    const stop = at + len;
    for (const field of layout) {
      if (field === 'n') {
        if (p >= stop) return undefined;
        const after = this.names.read(p);
        if (after < 0 || after > stop) return undefined;
        parts.push(this.names.wire.slice(0, this.names.wireLength));
        p = after;
      } else {
        if (p + field > stop) return undefined;
        parts.push(this.buf.subarray(p, p + field));
        p += field;
      }
    }
    if (p !== stop) return undefined;
    let total = 0;
    for (const part of parts) total += part.length;
    const out = new Uint8Array(total);
    let o = 0;
    for (const part of parts) {
      out.set(part, o);
      o += part.length;
    }
    return out;
  }
}

function fail(error: string, id?: number): ParseResult {
  return id === undefined ? { ok: false, error } : { ok: false, error, id };
}

/** Parses a whole message; see the module comment. Trailing octets after the last record are ignored. */
export function parseMessage(buf: Uint8Array, length = buf.length): ParseResult {
  const end = Math.min(length, buf.length, LIMITS.MAX_MESSAGE);
  if (end < LIMITS.HEADER) return fail('shorter than a header');
  const r = new MessageReader(buf, end);
  const id = r.u16(0);
  const flags = r.u16(2);
  const qd = r.u16(4);
  const counts = [r.u16(6), r.u16(8), r.u16(10)] as const;
  // A question takes at least 5 octets, a record 11: reject impossible counts before looping.
  if (qd * 5 + (counts[0] + counts[1] + counts[2]) * 11 > end - LIMITS.HEADER) return fail('section counts exceed the message', id);
  let p: number = LIMITS.HEADER;
  const questions: DnsQuestion[] = [];
  for (let i = 0; i < qd; i++) {
    const after = r.names.read(p);
    if (after < 0 || after + 4 > end) return fail('malformed question', id);
    questions.push({ name: r.names.text(), type: r.u16(after), class: r.u16(after + 2) });
    p = after + 4;
  }
  const sections: DnsRecord[][] = [[], [], []];
  let edns: Edns | undefined;
  for (let s = 0; s < 3; s++) {
    const count = counts[s] ?? 0;
    const section = sections[s] ?? [];
    for (let i = 0; i < count; i++) {
      const after = r.names.read(p);
      if (after < 0 || after + 10 > end) return fail('malformed record', id);
      const nameWireLength = r.names.wireLength;
      const name = r.names.text();
      const type = r.u16(after);
      const klass = r.u16(after + 2);
      const ttl = r.u32(after + 4);
      const rdlen = r.u16(after + 8);
      const at = after + 10;
      if (at + rdlen > end) return fail('record data past the end', id);
      if (type === RR_TYPE.OPT) {
        if (s !== 2 || edns !== undefined || nameWireLength !== 1) return fail('misplaced or repeated OPT record', id);
        const options = parseOptions(buf, at, at + rdlen);
        if (options === undefined) return fail('malformed EDNS options', id);
        edns = { udpSize: klass, extendedRcode: ttl >>> 24, version: (ttl >>> 16) & 0xff, flags: ttl & 0xffff, options };
      } else {
        const data = r.rdata(type, at, rdlen);
        if (data === undefined) return fail('malformed record data', id);
        section.push({ name, type, class: klass, ttl, data });
      }
      p = at + rdlen;
    }
  }
  const [answers = [], authorities = [], additionals = []] = sections;
  const message: DnsMessage = { id, flags, questions, answers, authorities, additionals, ...(edns === undefined ? {} : { edns }) };
  return { ok: true, message };
}

function parseOptions(buf: Uint8Array, start: number, stop: number): EdnsOption[] | undefined {
  const options: EdnsOption[] = [];
  let p = start;
  while (p < stop) {
    if (p + 4 > stop) return undefined;
    const code = ((buf[p] ?? 0) << 8) | (buf[p + 1] ?? 0);
    const len = ((buf[p + 2] ?? 0) << 8) | (buf[p + 3] ?? 0);
    if (p + 4 + len > stop) return undefined;
    options.push({ code, data: buf.slice(p + 4, p + 4 + len) });
    p += 4 + len;
  }
  return options;
}
