/**
 * DNS wire constants (RFC 1035, 3596, 6891, 8914, 9460): record types, response codes, header
 * bits, Extended DNS Error codes and the size limits the codec enforces. The protocol is
 * numeric, so these are numbers; {@link rrTypeName} gives the text form for logs and events.
 */

/** Record types Haven names; any other 16-bit type is still parsed and forwarded as opaque data. */
export const RR_TYPE = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  HINFO: 13,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  NAPTR: 35,
  DNAME: 39,
  OPT: 41,
  DS: 43,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  NSEC3: 50,
  SVCB: 64,
  HTTPS: 65,
  TSIG: 250,
  IXFR: 251,
  AXFR: 252,
  MAILB: 253,
  MAILA: 254,
  ANY: 255,
  CAA: 257,
} as const;

const TYPE_NAMES = new Map<number, string>(Object.entries(RR_TYPE).map(([name, code]) => [code, name]));
const NAME_TYPES = new Map<string, number>(Object.entries(RR_TYPE));

/** The mnemonic of a record type (`AAAA`), or `TYPE1234` as RFC 3597 writes unknown ones. */
export function rrTypeName(type: number): string {
  return TYPE_NAMES.get(type) ?? `TYPE${type}`;
}

/** Parses `AAAA`, `aaaa` or `TYPE28` into a record type number. */
export function parseRrType(text: string): number | undefined {
  const upper = text.toUpperCase();
  const known = NAME_TYPES.get(upper);
  if (known !== undefined) return known;
  const m = /^TYPE(\d{1,5})$/u.exec(upper);
  const n = m?.[1] === undefined ? NaN : Number(m[1]);
  return Number.isInteger(n) && n >= 0 && n <= 0xffff ? n : undefined;
}

/** Classes: Internet, Chaos, and the query-only ANY. */
export const RR_CLASS = { IN: 1, CH: 3, HS: 4, NONE: 254, ANY: 255 } as const;

/** Response codes; values above 15 need the EDNS extended-rcode bits. */
export const RCODE = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
  BADVERS: 16,
} as const;

/** The text name of a response code, for logs. */
export function rcodeName(rcode: number): string {
  for (const [name, code] of Object.entries(RCODE)) if (code === rcode) return name;
  return `RCODE${rcode}`;
}

/** Opcodes; Haven answers QUERY and refuses the rest with NOTIMP. */
export const OPCODE = { QUERY: 0, IQUERY: 1, STATUS: 2, NOTIFY: 4, UPDATE: 5 } as const;

/** Header flag bits in the second 16-bit word. */
export const FLAG = {
  QR: 0x8000,
  AA: 0x0400,
  TC: 0x0200,
  RD: 0x0100,
  RA: 0x0080,
  AD: 0x0020,
  CD: 0x0010,
} as const;

/** EDNS option codes Haven reads or writes. */
export const EDNS_OPTION = { CLIENT_SUBNET: 8, COOKIE: 10, PADDING: 12, EDE: 15 } as const;

/** The EDNS `DO` (DNSSEC OK) bit in the OPT record's flags. */
export const EDNS_DO = 0x8000;

/** Extended DNS Error info codes (RFC 8914) Haven sends. */
export const EDE = {
  OTHER: 0,
  STALE_ANSWER: 3,
  NOT_READY: 14,
  BLOCKED: 15,
  CENSORED: 16,
  FILTERED: 17,
  PROHIBITED: 18,
  NO_REACHABLE_AUTHORITY: 22,
  NETWORK_ERROR: 23,
} as const;

/** Limits the codec enforces on every message, hostile or not. */
export const LIMITS = {
  /** A header is 12 octets; anything shorter is dropped. */
  HEADER: 12,
  /** The wire form of a name, length octets and terminating zero included (RFC 1035 3.1). */
  MAX_NAME_WIRE: 255,
  MAX_LABEL: 63,
  /** Compression pointers followed while reading one name; real names need a handful. */
  MAX_POINTERS: 64,
  /** Largest message over TCP (the 16-bit length prefix). */
  MAX_MESSAGE: 65535,
  /** UDP payload without EDNS (RFC 1035 4.2.1). */
  CLASSIC_UDP: 512,
  /** The UDP payload size Haven advertises and caps answers at (DNS flag day 2020). */
  DEFAULT_EDNS_UDP: 1232,
} as const;
