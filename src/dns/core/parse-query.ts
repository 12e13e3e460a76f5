/**
 * The hot-path reader of an incoming query: one pass over the packet that yields what the
 * filter needs (id, flags, the lower-cased question name, type, class, EDNS size and DO bit)
 * without building a message. It never throws; a packet it cannot use comes back with a status
 * saying how to answer it: `drop` (not even a header, or a response sent to us), `formerr`,
 * `notimp` (an opcode other than QUERY) or `badvers` (EDNS version above 0).
 */
import { labelText } from './names.ts';
import { EDNS_DO, FLAG, LIMITS, OPCODE, RR_TYPE } from './wire.ts';

/** How to treat a packet. */
export type QueryStatus = 'ok' | 'drop' | 'formerr' | 'notimp' | 'badvers';

/** What {@link parseQuery} read; fields past `status` are meaningful as far as parsing got. */
export interface QueryInfo {
  readonly status: QueryStatus;
  readonly id: number;
  /** The second header word as sent. */
  readonly flags: number;
  /** Lower-case text name without trailing dot; `''` for the root. */
  readonly name: string;
  readonly type: number;
  readonly class: number;
  /** Offset just past the question: `packet[12 .. questionEnd)` is copied into every answer. */
  readonly questionEnd: number;
  /** True when the query carried an OPT record. */
  readonly edns: boolean;
  /** The client's advertised UDP payload size (512 without EDNS, never less). */
  readonly udpSize: number;
  /** The DNSSEC OK bit. */
  readonly dnssecOk: boolean;
}

function u16(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

function result(
  status: QueryStatus,
  id: number,
  flags: number,
  name = '',
  type = 0,
  klass = 0,
  questionEnd = 0,
  edns = false,
  udpSize: number = LIMITS.CLASSIC_UDP,
  dnssecOk = false,
): QueryInfo {
  return { status, id, flags, name, type, class: klass, questionEnd, edns, udpSize, dnssecOk };
}

/** Skips a possibly compressed name; returns the offset after it or -1 (no decompression needed to skip). */
function skipName(b: Uint8Array, at: number, end: number): number {
  let p = at;
  for (let labels = 0; labels < 128; labels++) {
    if (p >= end) return -1;
    const len = b[p] ?? 0;
    if (len === 0) return p + 1;
    if ((len & 0xc0) === 0xc0) return p + 2 <= end ? p + 2 : -1;
    if ((len & 0xc0) !== 0) return -1;
    p += 1 + len;
  }
  return -1;
}

/** Reads a query; see the module comment. `length` defaults to the whole array. */
export function parseQuery(b: Uint8Array, length = b.length): QueryInfo {
  const end = Math.min(length, b.length);
  if (end < LIMITS.HEADER) return result('drop', 0, 0);
  const id = u16(b, 0);
  const flags = u16(b, 2);
  if ((flags & FLAG.QR) !== 0) return result('drop', id, flags);
  if (((flags >>> 11) & 0xf) !== OPCODE.QUERY) return result('notimp', id, flags);
  if (u16(b, 4) !== 1) return result('formerr', id, flags);

  // The question name: plain labels only (nothing before it to point at). Letters, digits, '-'
  // and '_' (nearly every name) are gathered as character codes and made into one string at the
  // end: several times cheaper than joining label strings. Anything else takes the escaping path.
  let p: number = LIMITS.HEADER;
  const codes: number[] = [];
  let plain = true;
  for (;;) {
    if (p >= end) return result('formerr', id, flags);
    const len = b[p] ?? 0;
    if (len === 0) {
      p++;
      break;
    }
    if (len > LIMITS.MAX_LABEL || p + 1 + len >= end || p + 1 + len - LIMITS.HEADER >= LIMITS.MAX_NAME_WIRE) {
      return result('formerr', id, flags);
    }
    if (codes.length > 0) codes.push(46);
    for (let i = p + 1; i <= p + len; i++) {
      const c = b[i] ?? 0;
      if (c >= 65 && c <= 90) codes.push(c + 32);
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95) codes.push(c);
      else plain = false;
    }
    p += 1 + len;
  }
  const name = plain ? String.fromCharCode.apply(null, codes) : escapedName(b, LIMITS.HEADER);
  if (p + 4 > end) return result('formerr', id, flags);
  const type = u16(b, p);
  const klass = u16(b, p + 2);
  const questionEnd = p + 4;

  // Answer and authority records are unusual in a query; skip them to reach OPT.
  p = questionEnd;
  const an = u16(b, 6);
  const ns = u16(b, 8);
  const ar = u16(b, 10);
  if ((an + ns + ar) * 11 > end - p) return result('formerr', id, flags, name, type, klass, questionEnd);
  let edns = false;
  let udpSize: number = LIMITS.CLASSIC_UDP;
  let dnssecOk = false;
  let version = 0;
  for (let i = 0; i < an + ns + ar; i++) {
    const after = skipName(b, p, end);
    if (after < 0 || after + 10 > end) return result('formerr', id, flags, name, type, klass, questionEnd);
    const rtype = u16(b, after);
    const rdlen = u16(b, after + 8);
    const next = after + 10 + rdlen;
    if (next > end) return result('formerr', id, flags, name, type, klass, questionEnd);
    if (rtype === RR_TYPE.OPT) {
      if (i < an + ns || edns || after !== p + 1) return result('formerr', id, flags, name, type, klass, questionEnd);
      edns = true;
      udpSize = Math.max(LIMITS.CLASSIC_UDP, u16(b, after + 2));
      version = b[after + 5] ?? 0;
      dnssecOk = (u16(b, after + 6) & EDNS_DO) !== 0;
      if (!optionsWellFormed(b, after + 10, next)) return result('formerr', id, flags, name, type, klass, questionEnd, true, udpSize, dnssecOk);
    }
    p = next;
  }
  if (edns && version !== 0) return result('badvers', id, flags, name, type, klass, questionEnd, true, udpSize, dnssecOk);
  return result('ok', id, flags, name, type, klass, questionEnd, edns, udpSize, dnssecOk);
}

/** The lower-cased text of a question name with odd octets escaped (already checked well-formed). */
function escapedName(b: Uint8Array, at: number): string {
  let name = '';
  for (let p = at; (b[p] ?? 0) !== 0; p += 1 + (b[p] ?? 0)) {
    const label = labelText(b, p + 1, b[p] ?? 0, true);
    name = name === '' ? label : `${name}.${label}`;
  }
  return name;
}

function optionsWellFormed(b: Uint8Array, start: number, stop: number): boolean {
  let p = start;
  while (p < stop) {
    if (p + 4 > stop) return false;
    p += 4 + u16(b, p + 2);
  }
  return p === stop;
}
