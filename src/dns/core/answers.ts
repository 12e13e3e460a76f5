/**
 * Hot-path answer writers. Each writes one complete response into a caller-owned scratch array
 * and returns its length: errors (FORMERR, NOTIMP, BADVERS, SERVFAIL, REFUSED), blocked names
 * (NXDOMAIN or a block-page address, always with an Extended DNS Error), answers from the cache
 * (TTLs decremented), and the truncated form a UDP client must retry over TCP. The question is
 * copied from the query octet for octet, so a client's case randomisation survives.
 */
import type { CachedAnswer } from './cached-answer.ts';
import type { QueryInfo } from './parse-query.ts';
import { encodeName } from './names.ts';
import { EDNS_DO, EDNS_OPTION, FLAG, LIMITS, RR_CLASS, RR_TYPE } from './wire.ts';

/** Writes a big-endian u16. */
function w16(out: Uint8Array, at: number, v: number): void {
  out[at] = (v >>> 8) & 0xff;
  out[at + 1] = v & 0xff;
}

/** Writes a big-endian u32. */
function w32(out: Uint8Array, at: number, v: number): void {
  out[at] = (v >>> 24) & 0xff;
  out[at + 1] = (v >>> 16) & 0xff;
  out[at + 2] = (v >>> 8) & 0xff;
  out[at + 3] = v & 0xff;
}

/** Copies `src[from .. to)` to `dst[at ..]` (a question is a few dozen octets: a loop beats allocating a view). */
function copyQuestion(src: Uint8Array, to: number, dst: Uint8Array): void {
  for (let i = LIMITS.HEADER; i < to; i++) dst[i] = src[i] ?? 0;
}

/** An Extended DNS Error to attach (RFC 8914): info code and ASCII extra text. */
export interface ExtendedError {
  readonly code: number;
  readonly text: Uint8Array;
}

/** Response flags for a query: QR, the query's opcode, RD and CD echoed, RA set, and the rcode. */
function responseFlags(q: QueryInfo, rcode: number): number {
  return FLAG.QR | (q.flags & (0x7800 | FLAG.RD | FLAG.CD)) | FLAG.RA | (rcode & 0xf);
}

/** Writes an OPT record at `p` (our payload size, the client's DO bit, an optional EDE); returns the new end. */
export function writeOpt(out: Uint8Array, p: number, q: QueryInfo, udpSize: number, rcode: number, ede?: ExtendedError): number {
  out[p] = 0;
  w16(out, p + 1, RR_TYPE.OPT);
  w16(out, p + 3, udpSize);
  out[p + 5] = (rcode >>> 4) & 0xff;
  out[p + 6] = 0;
  w16(out, p + 7, q.dnssecOk ? EDNS_DO : 0);
  if (ede === undefined) {
    w16(out, p + 9, 0);
    return p + 11;
  }
  const len = 6 + ede.text.length;
  w16(out, p + 9, len);
  w16(out, p + 11, EDNS_OPTION.EDE);
  w16(out, p + 13, 2 + ede.text.length);
  w16(out, p + 15, ede.code);
  out.set(ede.text, p + 17);
  return p + 17 + ede.text.length;
}

/** The largest UDP answer this client may get: its EDNS size capped at ours, 512 without EDNS. */
export function udpLimit(q: QueryInfo, serverMax: number): number {
  return q.edns ? Math.max(LIMITS.CLASSIC_UDP, Math.min(q.udpSize, serverMax)) : LIMITS.CLASSIC_UDP;
}

/**
 * An answer with no records: an error, or NXDOMAIN/NODATA without SOA. The question is echoed
 * when it was read; the OPT record only when the query had one (BADVERS carries its rcode there).
 */
export function writeErrorAnswer(out: Uint8Array, packet: Uint8Array, q: QueryInfo, rcode: number, udpSize: number, ede?: ExtendedError): number {
  const echo = q.questionEnd > LIMITS.HEADER;
  w16(out, 0, q.id);
  w16(out, 2, responseFlags(q, rcode));
  w16(out, 4, echo ? 1 : 0);
  w16(out, 6, 0);
  w16(out, 8, 0);
  w16(out, 10, q.edns ? 1 : 0);
  let p: number = LIMITS.HEADER;
  if (echo) {
    copyQuestion(packet, q.questionEnd, out);
    p = q.questionEnd;
  }
  return q.edns ? writeOpt(out, p, q, udpSize, rcode, ede) : p;
}

/** How to answer a blocked name. */
export interface BlockAnswer {
  /** NXDOMAIN, or NOERROR for a block-page address or NODATA. */
  readonly rcode: number;
  /** The A (4 octets) or AAAA (16 octets) to answer with, when the query type gets one. */
  readonly address?: Uint8Array;
  readonly ttl: number;
  /** SOA RDATA for the authority section of a negative answer (lets clients cache it, RFC 2308). */
  readonly soa: Uint8Array;
  readonly ede: ExtendedError;
}

/** A blocked name's answer: the address record, or a negative answer with the SOA; always the EDE when the client speaks EDNS. */
export function writeBlockedAnswer(out: Uint8Array, packet: Uint8Array, q: QueryInfo, block: BlockAnswer, udpSize: number): number {
  const { address } = block;
  w16(out, 0, q.id);
  w16(out, 2, responseFlags(q, block.rcode));
  w16(out, 4, 1);
  w16(out, 6, address === undefined ? 0 : 1);
  w16(out, 8, address === undefined ? 1 : 0);
  w16(out, 10, q.edns ? 1 : 0);
  copyQuestion(packet, q.questionEnd, out);
  let p: number = q.questionEnd;
  const data = address ?? block.soa;
  w16(out, p, 0xc000 | LIMITS.HEADER); // owner: the question name
  w16(out, p + 2, address === undefined ? RR_TYPE.SOA : address.length === 4 ? RR_TYPE.A : RR_TYPE.AAAA);
  w16(out, p + 4, RR_CLASS.IN);
  w32(out, p + 6, block.ttl);
  w16(out, p + 10, data.length);
  out.set(data, p + 12);
  p += 12 + data.length;
  return q.edns ? writeOpt(out, p, q, udpSize, block.rcode, block.ede) : p;
}

/**
 * An answer from the cache: its records with TTLs decremented by the whole seconds it has been
 * held, the query's id and question, our OPT when the client sent one. Returns -1 when the
 * cached question does not line up with this one (the caller then treats it as a miss).
 */
export function writeCachedAnswer(out: Uint8Array, packet: Uint8Array, q: QueryInfo, entry: CachedAnswer, elapsedSeconds: number, udpSize: number): number {
  const { wire } = entry;
  if (entry.questionEnd !== q.questionEnd || wire.length + 11 > out.length) return -1;
  out.set(wire, 0);
  w16(out, 0, q.id);
  const ad = entry.authenticData && (q.dnssecOk || (q.flags & FLAG.AD) !== 0) ? FLAG.AD : 0;
  w16(out, 2, responseFlags(q, entry.rcode) | ad);
  copyQuestion(packet, q.questionEnd, out);
  const offsets = entry.ttlOffsets;
  const ttls = entry.ttls;
  for (let i = 0; i < offsets.length; i++) {
    const left = (ttls[i] ?? 0) - elapsedSeconds;
    w32(out, offsets[i] ?? 0, left > 0 ? left : 0);
  }
  if (!q.edns) return wire.length;
  w16(out, 10, (((out[10] ?? 0) << 8) | (out[11] ?? 0)) + 1);
  return writeOpt(out, wire.length, q, udpSize, entry.rcode);
}

/** Cuts an answer longer than `limit` down to header, question and OPT with TC set (RFC 1035 4.2.1, RFC 7766). */
export function truncateAnswer(out: Uint8Array, length: number, q: QueryInfo, limit: number, udpSize: number): number {
  if (length <= limit) return length;
  const rcode = out[3] ?? 0;
  out[2] = (out[2] ?? 0) | (FLAG.TC >>> 8);
  w16(out, 6, 0);
  w16(out, 8, 0);
  w16(out, 10, q.edns ? 1 : 0);
  return q.edns ? writeOpt(out, q.questionEnd, q, udpSize, rcode & 0xf) : q.questionEnd;
}

/** The SOA RDATA of Haven's synthetic negative answers: `blocked.haven.invalid`, with `ttl` as every timer. */
export function blockSoa(ttl: number, serial: number): Uint8Array {
  const mname = encodeName('blocked.haven.invalid') ?? new Uint8Array([0]);
  const rname = encodeName('hostmaster.haven.invalid') ?? new Uint8Array([0]);
  const out = new Uint8Array(mname.length + rname.length + 20);
  out.set(mname, 0);
  out.set(rname, mname.length);
  const p = mname.length + rname.length;
  w32(out, p, serial >>> 0);
  w32(out, p + 4, ttl);
  w32(out, p + 8, ttl);
  w32(out, p + 12, ttl);
  w32(out, p + 16, ttl);
  return out;
}

/** ASCII octets of an EDE extra text (non-ASCII replaced, at most 200 characters). */
export function edeText(text: string): Uint8Array {
  const s = text.slice(0, 200);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= 0x20 && c < 0x7f ? c : 0x3f;
  }
  return out;
}
