/**
 * Builders for DNS tests (codec, server, integration): queries and answers as wire octets, and
 * record data helpers, so tests state intent instead of hand-writing bytes.
 */
import { encodeMessage } from './encode-message.ts';
import type { DnsMessage, DnsRecord, Edns, EdnsOption } from './message.ts';
import { encodeName } from './names.ts';
import { EDNS_DO, EDNS_OPTION, RR_CLASS, RR_TYPE } from './wire.ts';

/** Options of {@link buildQuery}. */
export interface QueryOptions {
  readonly id?: number;
  /** EDNS payload size; `false` for no OPT record. Default 1232. */
  readonly edns?: number | false;
  readonly dnssecOk?: boolean;
  readonly recursionDesired?: boolean;
  readonly class?: number;
  readonly options?: readonly EdnsOption[];
}

/** A query for `name`/`type` as a client would send it. */
export function buildQuery(name: string, type: number = RR_TYPE.A, o: QueryOptions = {}): Uint8Array {
  const edns: Edns | undefined =
    o.edns === false ? undefined : { udpSize: o.edns ?? 1232, extendedRcode: 0, version: 0, flags: o.dnssecOk ? EDNS_DO : 0, options: o.options ?? [] };
  return encodeMessage({
    id: o.id ?? 0x1234,
    flags: o.recursionDesired === false ? 0 : 0x0100,
    questions: [{ name, type, class: o.class ?? RR_CLASS.IN }],
    answers: [],
    authorities: [],
    additionals: [],
    ...(edns === undefined ? {} : { edns }),
  });
}

/** IPv4 text → A RDATA. */
export function aData(ip: string): Uint8Array {
  return new Uint8Array(ip.split('.').map(Number));
}

/** Text of A RDATA. */
export function aText(data: Uint8Array): string {
  return Array.from(data).join('.');
}

/** An A record. */
export function aRecord(name: string, ip: string, ttl = 300): DnsRecord {
  return { name, type: RR_TYPE.A, class: RR_CLASS.IN, ttl, data: aData(ip) };
}

/** A CNAME record. */
export function cnameRecord(name: string, target: string, ttl = 300): DnsRecord {
  return { name, type: RR_TYPE.CNAME, class: RR_CLASS.IN, ttl, data: encodeName(target) ?? new Uint8Array([0]) };
}

/** An SOA record for `zone` with the given TTL and MINIMUM. */
export function soaRecord(zone: string, ttl: number, minimum: number): DnsRecord {
  const mname = encodeName(`ns1.${zone}`) ?? new Uint8Array([0]);
  const rname = encodeName(`hostmaster.${zone}`) ?? new Uint8Array([0]);
  const data = new Uint8Array(mname.length + rname.length + 20);
  data.set(mname, 0);
  data.set(rname, mname.length);
  const view = new DataView(data.buffer);
  const p = mname.length + rname.length;
  view.setUint32(p, 2026010101);
  view.setUint32(p + 4, 3600);
  view.setUint32(p + 8, 600);
  view.setUint32(p + 12, 86400);
  view.setUint32(p + 16, minimum);
  return { name: zone, type: RR_TYPE.SOA, class: RR_CLASS.IN, ttl, data };
}

/** An answer message to a question, with the given records and rcode. */
export function buildAnswer(
  name: string,
  type: number,
  records: { answers?: DnsRecord[]; authorities?: DnsRecord[]; additionals?: DnsRecord[]; rcode?: number; id?: number; edns?: boolean },
): DnsMessage {
  return {
    id: records.id ?? 0x1234,
    flags: 0x8180 | ((records.rcode ?? 0) & 0xf),
    questions: [{ name, type, class: RR_CLASS.IN }],
    answers: records.answers ?? [],
    authorities: records.authorities ?? [],
    additionals: records.additionals ?? [],
    ...(records.edns === false ? {} : { edns: { udpSize: 1232, extendedRcode: 0, version: 0, flags: 0, options: [] } }),
  };
}

/** The EDE option of a parsed message, if any: code and text. */
export function extendedError(m: DnsMessage): { code: number; text: string } | undefined {
  const o = m.edns?.options.find((x) => x.code === EDNS_OPTION.EDE);
  if (o === undefined || o.data.length < 2) return undefined;
  return { code: ((o.data[0] ?? 0) << 8) | (o.data[1] ?? 0), text: String.fromCharCode(...o.data.subarray(2)) };
}
