/**
 * How blocked names are answered: NXDOMAIN (the default; nothing to trust, nothing to show), or
 * the address of Haven's block page so a browser can say why — which over HTTPS only works on
 * devices that trust the school's CA, or the browser shows a certificate error instead.
 */
import { isIP } from 'node:net';
import { AppError } from '../platform/errors.ts';

/** Block answer modes. */
export const BLOCK_MODES = ['nxdomain', 'block-page'] as const;
/** One mode from {@link BLOCK_MODES}. */
export type BlockMode = (typeof BLOCK_MODES)[number];

/** The block answer settings of a listener. */
export interface BlockSettings {
  readonly mode: BlockMode;
  /** Block page IPv4 address (A answers in block-page mode). */
  readonly ipv4?: string;
  /** Block page IPv6 address (AAAA answers; without it AAAA gets NODATA). */
  readonly ipv6?: string;
  /** TTL of block answers, seconds: short, so an unblock reaches devices quickly. */
  readonly ttl: number;
}

/** The block page addresses as RDATA octets; throws `dns.block_page_invalid` for a bad or missing address. */
export function blockAddresses(s: BlockSettings): { ipv4?: Uint8Array; ipv6?: Uint8Array } {
  if (s.mode === 'block-page' && s.ipv4 === undefined && s.ipv6 === undefined) {
    throw new AppError('dns.block_page_invalid', 'invalid', 'block-page mode needs the block page address (dns.blockPage.ipv4 or dns.blockPage.ipv6)');
  }
  return {
    ...(s.ipv4 === undefined ? {} : { ipv4: ipv4Octets(s.ipv4) }),
    ...(s.ipv6 === undefined ? {} : { ipv6: ipv6Octets(s.ipv6) }),
  };
}

function ipv4Octets(text: string): Uint8Array {
  if (isIP(text) !== 4) throw new AppError('dns.block_page_invalid', 'invalid', `block page address ${JSON.stringify(text)} is not an IPv4 address`);
  return new Uint8Array(text.split('.').map(Number));
}

function ipv6Octets(text: string): Uint8Array {
  if (isIP(text) !== 6) throw new AppError('dns.block_page_invalid', 'invalid', `block page address ${JSON.stringify(text)} is not an IPv6 address`);
  const [head = '', tail = ''] = text.includes('::') ? text.split('::') : [text, ''];
  const groups = (part: string): number[] => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ipv4Groups(g) : [parseInt(g, 16)])));
  const h = groups(head);
  const t = groups(tail);
  const all = [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
  const out = new Uint8Array(16);
  all.forEach((g, i) => {
    out[i * 2] = (g >>> 8) & 0xff;
    out[i * 2 + 1] = g & 0xff;
  });
  return out;
}

function ipv4Groups(dotted: string): number[] {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
  return [(a << 8) | b, (c << 8) | d];
}
