/**
 * The proxy auto-configuration file (`/proxy.pac`, `/wpad.dat`): plain host names, `.local`,
 * private, loopback and link-local ranges, and configured networks go DIRECT; everything else
 * through the proxy with no DIRECT fallback (a fallback would let a device filter itself out by
 * making the proxy unreachable). Pure.
 */

/** What the PAC file needs. */
export interface PacInput {
  /** `host:port` devices reach the proxy at. */
  readonly proxy: string;
  /** Extra IPv4 networks (CIDR) to send DIRECT. */
  readonly bypass: readonly string[];
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', '100.64.0.0/10'];

/** `a.b.c.d/n` → [`a.b.c.d`, dotted mask]; undefined for IPv6 or malformed (PAC's isInNet is IPv4-only). */
function v4Mask(cidr: string): readonly [string, string] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(cidr);
  if (m === null) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = m[5] === undefined ? 32 : Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [octets.join('.'), [24, 16, 8, 0].map((s) => (mask >>> s) & 255).join('.')];
}

/** The PAC file's JavaScript. */
export function renderPac(input: PacInput): string {
  const nets = [...PRIVATE_V4, ...input.bypass].map(v4Mask).filter((n): n is readonly [string, string] => n !== undefined);
  const proxy = input.proxy.replace(/[^A-Za-z0-9.:[\]-]/g, '');
  const lines = [
    '// Haven proxy auto-configuration. Local names and networks go direct; everything else is filtered.',
    'function FindProxyForURL(url, host) {',
    '  if (isPlainHostName(host) || dnsDomainIs(host, ".local") || host === "localhost") return "DIRECT";',
    '  if (/^[0-9.]+$/.test(host) || /^\\[?[0-9a-fA-F:]+\\]?$/.test(host)) {',
    '    if (/^\\[?(::1|fe80:|fc|fd)/i.test(host)) return "DIRECT";',
    ...nets.map(([net, mask]) => `    if (isInNet(host, "${net}", "${mask}")) return "DIRECT";`),
    '  }',
    `  return "PROXY ${proxy}";`,
    '}',
    '',
  ];
  return lines.join('\n');
}
