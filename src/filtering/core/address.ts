/**
 * Client addresses as the identity map compares them: IPv4 as one unsigned 32-bit number, IPv6
 * as eight 16-bit groups, IPv4-mapped IPv6 (`::ffff:10.0.0.5`, what a dual-stack socket reports)
 * as the IPv4 address it carries. Parsing writes into a caller's buffer, so a lookup on the DNS
 * hot path allocates nothing.
 */

/** Reads IPv4 dotted-quad text between `start` and `end`; the address as an unsigned number, or -1. */
export function parseIpv4(text: string, start = 0, end = text.length): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 46 : text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || part > 255) return -1;
      value = value * 256 + part;
      parts++;
      part = 0;
      digits = 0;
      continue;
    }
    if (c < 48 || c > 57) return -1;
    if (digits > 0 && part === 0) return -1; // no leading zeros: 010 is octal to some parsers
    part = part * 10 + (c - 48);
    if (++digits > 3) return -1;
  }
  return parts === 4 ? value : -1;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Reads IPv6 text (`::`, an embedded IPv4 tail, a `%zone` suffix ignored) into `out` (eight
 * groups). Returns false when it is not an IPv6 address.
 */
export function parseIpv6(text: string, out: Uint16Array): boolean {
  let end = text.indexOf('%');
  if (end < 0) end = text.length;
  let i = 0;
  let n = 0;
  let gap = -1;
  if (end >= 2 && text.charCodeAt(0) === 58 && text.charCodeAt(1) === 58) {
    gap = 0;
    i = 2;
  } else if (end === 0 || text.charCodeAt(0) === 58) return false;
  while (i < end) {
    if (n >= 8) return false;
    const start = i;
    let value = 0;
    let digits = 0;
    while (i < end) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
      i++;
    }
    if (i < end && text.charCodeAt(i) === 46) {
      // An IPv4 tail: the last 32 bits.
      if (n > 6) return false;
      const v4 = parseIpv4(text, start, end);
      if (v4 < 0) return false;
      out[n++] = v4 >>> 16;
      out[n++] = v4 & 0xffff;
      i = end;
      break;
    }
    if (digits === 0 || digits > 4) return false;
    out[n++] = value;
    if (i === end) break;
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    if (i < end && text.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = n;
      i++;
    } else if (i === end) return false;
  }
  if (gap < 0) return n === 8;
  if (n > 7) return false;
  const tail = n - gap;
  for (let k = 0; k < tail; k++) out[7 - k] = out[n - 1 - k] ?? 0;
  for (let k = gap; k < 8 - tail; k++) out[k] = 0;
  return true;
}

/** True when the groups are an IPv4-mapped address (`::ffff:a.b.c.d`). */
export function isMappedIpv4(g: Uint16Array): boolean {
  return g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff;
}

/** The IPv4 address an IPv4-mapped IPv6 address carries. */
export function mappedIpv4(g: Uint16Array): number {
  return (g[6] ?? 0) * 65536 + (g[7] ?? 0);
}

/** IPv4 number to dotted text. */
export function formatIpv4(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** IPv6 groups to RFC 5952 text: lower case, no leading zeros, the longest run of zero groups as `::`. */
export function formatIpv6(g: Uint16Array): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number): string => {
    const parts: string[] = [];
    for (let k = from; k < to; k++) parts.push((g[k] ?? 0).toString(16));
    return parts.join(':');
  };
  if (bestStart < 0) return hex(0, 8);
  return `${hex(0, bestStart)}::${hex(bestStart + bestLen, 8)}`;
}

/** A parsed address: family 4 with its number, or family 6 with its groups. */
export type IpAddress = { readonly family: 4; readonly value: number } | { readonly family: 6; readonly groups: Uint16Array };

/** Parses an address for storage and display (allocates; not for the hot path). IPv4-mapped IPv6 becomes IPv4. */
export function parseIp(text: string): IpAddress | undefined {
  const t = text.trim();
  const bare = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  const v4 = parseIpv4(bare);
  if (v4 >= 0) return { family: 4, value: v4 };
  const groups = new Uint16Array(8);
  if (!bare.includes(':') || !parseIpv6(bare, groups)) return undefined;
  if (isMappedIpv4(groups)) return { family: 4, value: mappedIpv4(groups) };
  return { family: 6, groups };
}

/** The canonical text of an address (what the device register stores), or undefined when it is not one. */
export function canonicalIp(text: string): string | undefined {
  const ip = parseIp(text);
  if (ip === undefined) return undefined;
  return ip.family === 4 ? formatIpv4(ip.value) : formatIpv6(ip.groups);
}

/** A parsed subnet: the network address with host bits cleared, and the prefix length. */
export interface Cidr {
  readonly family: 4 | 6;
  readonly prefix: number;
  /** IPv4: the network number. */
  readonly value: number;
  /** IPv6: the network's groups (all zero for IPv4). */
  readonly groups: Uint16Array;
  /** `network/prefix` in canonical text. */
  readonly text: string;
}

/** Parses `network/prefix` (a bare address is a /32 or /128); host bits must be zero. Returns a message on error. */
export function parseCidr(text: string): Cidr | string {
  const t = text.trim();
  const slash = t.indexOf('/');
  const ip = parseIp(slash < 0 ? t : t.slice(0, slash));
  if (ip === undefined) return `${JSON.stringify(text)} is not an IPv4 or IPv6 network`;
  const max = ip.family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(max) : t.slice(slash + 1);
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return `${JSON.stringify(text)}: the prefix length must be 0 to ${max}`;
  if (ip.family === 4) {
    const mask = ipv4Mask(prefix);
    if ((ip.value & mask) >>> 0 !== ip.value) return `${JSON.stringify(text)} has host bits set: the network is ${formatIpv4((ip.value & mask) >>> 0)}/${prefix}`;
    return { family: 4, prefix, value: ip.value, groups: new Uint16Array(8), text: `${formatIpv4(ip.value)}/${prefix}` };
  }
  const network = new Uint16Array(8);
  for (let k = 0; k < 8; k++) network[k] = (ip.groups[k] ?? 0) & ipv6GroupMask(prefix, k);
  if (network.some((v, k) => v !== ip.groups[k])) return `${JSON.stringify(text)} has host bits set: the network is ${formatIpv6(network)}/${prefix}`;
  return { family: 6, prefix, value: 0, groups: network, text: `${formatIpv6(network)}/${prefix}` };
}

/** The IPv4 netmask of a prefix length, as an unsigned number. */
export function ipv4Mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** The mask of IPv6 group `k` (0–7) for a prefix length. */
export function ipv6GroupMask(prefix: number, k: number): number {
  const bits = Math.min(16, Math.max(0, prefix - k * 16));
  return bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
}
