/**
 * Turns an upstream answer into the form the cache keeps and the hot path replays: the wire
 * octets without the OPT record (each client gets its own), the offset and original value of
 * every TTL, how long it may be served (positive answers: the smallest TTL; negative answers:
 * the SOA rule of RFC 2308 §5; errors and SOA-less negatives: not at all), and the CNAME targets
 * the filter must also check.
 */
import { encodeMessage } from './encode-message.ts';
import { type DnsMessage, type DnsRecord, messageRcode, wireNameText } from './message.ts';
import { LIMITS, RCODE, RR_TYPE } from './wire.ts';

/** Bounds on how long answers are kept, in seconds. */
export interface CachePolicy {
  /** Longest any answer is kept (and the largest TTL handed out). */
  readonly maxTtl: number;
  /** Longest an NXDOMAIN or NODATA answer is kept. */
  readonly maxNegativeTtl: number;
}

/** An answer ready to replay; see the module comment. */
export interface CachedAnswer {
  /** Header (id 0), question, records; no OPT. */
  readonly wire: Uint8Array;
  readonly questionEnd: number;
  readonly ttlOffsets: Uint32Array;
  readonly ttls: Uint32Array;
  /** Seconds it may be served from the cache; 0 means pass it on once, never store it. */
  readonly ttl: number;
  readonly rcode: number;
  /** The upstream's AD bit (passed on only to clients that asked for DNSSEC). */
  readonly authenticData: boolean;
  /** Lower-case targets of CNAME records in the answer section. */
  readonly cnames: readonly string[];
  /** NXDOMAIN, or NOERROR without an answer (NODATA). */
  readonly negative: boolean;
}

const AD = 0x0020;

function clampTtl(r: DnsRecord, max: number): DnsRecord {
  return r.ttl > max ? { ...r, ttl: max } : r;
}

/** Normalises an upstream answer for the cache; see the module comment. */
export function toCachedAnswer(m: DnsMessage, policy: CachePolicy): CachedAnswer {
  const rcode = messageRcode(m);
  const negative = rcode === RCODE.NXDOMAIN || (rcode === RCODE.NOERROR && m.answers.length === 0);
  let ttl = 0;
  let authorities = m.authorities.map((r) => clampTtl(r, policy.maxTtl));
  if (rcode === RCODE.NOERROR && m.answers.length > 0) {
    ttl = policy.maxTtl;
    for (const section of [m.answers, m.authorities, m.additionals]) for (const r of section) ttl = Math.min(ttl, r.ttl);
  } else if (negative) {
    const soa = m.authorities.find((r) => r.type === RR_TYPE.SOA);
    const minimum = soa === undefined || soa.data.length < 4 ? 0 : soaMinimum(soa.data);
    if (soa !== undefined) {
      ttl = Math.min(soa.ttl, minimum, policy.maxNegativeTtl);
      // The SOA's TTL in a negative answer is the negative TTL, counted down like any other.
      authorities = authorities.map((r) => (r === soa || r.type === RR_TYPE.SOA ? { ...r, ttl } : r));
    }
  }
  const cnames: string[] = [];
  for (const r of m.answers) if (r.type === RR_TYPE.CNAME) cnames.push(wireNameText(r.data, 0, true));
  const offsets: number[] = [];
  const wire = encodeMessage(
    {
      id: 0,
      flags: m.flags & ~0x0200, // never replay TC
      questions: m.questions,
      answers: m.answers.map((r) => clampTtl(r, policy.maxTtl)),
      authorities,
      additionals: m.additionals.map((r) => clampTtl(r, policy.maxTtl)),
    },
    offsets,
  );
  const ttls = new Uint32Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) {
    const at = offsets[i] ?? 0;
    ttls[i] = (((wire[at] ?? 0) << 24) | ((wire[at + 1] ?? 0) << 16) | ((wire[at + 2] ?? 0) << 8) | (wire[at + 3] ?? 0)) >>> 0;
  }
  return {
    wire,
    questionEnd: questionEndOf(wire, m.questions.length),
    ttlOffsets: Uint32Array.from(offsets),
    ttls,
    ttl: Math.max(0, ttl),
    rcode,
    authenticData: (m.flags & AD) !== 0,
    cnames,
    negative,
  };
}

/** The MINIMUM field: the last four octets of SOA RDATA. */
function soaMinimum(data: Uint8Array): number {
  const p = data.length - 4;
  return (((data[p] ?? 0) << 24) | ((data[p + 1] ?? 0) << 16) | ((data[p + 2] ?? 0) << 8) | (data[p + 3] ?? 0)) >>> 0;
}

/** Offset after the question section of a message this codec wrote (names in the question are never compressed into the header). */
function questionEndOf(wire: Uint8Array, questions: number): number {
  let p = LIMITS.HEADER;
  for (let i = 0; i < questions; i++) {
    for (;;) {
      const len = wire[p] ?? 0;
      if (len === 0) {
        p += 1;
        break;
      }
      if ((len & 0xc0) === 0xc0) {
        p += 2;
        break;
      }
      p += 1 + len;
    }
    p += 4;
  }
  return p;
}
