/**
 * Upstream resolver addresses: parsing what people write on the command line and in
 * `/etc/resolv.conf` (`1.1.1.1`, `1.1.1.1:53`, `[2606:4700::1111]:53`, and DNS over TLS as
 * `tls://1.1.1.1#cloudflare-dns.com`, port 853 unless given).
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { AppError } from '../platform/errors.ts';

/** One upstream resolver. */
export interface UpstreamServer {
  readonly address: string;
  readonly port: number;
  readonly family: 4 | 6;
  /** DNS over TLS (RFC 7858): the name its certificate must carry. */
  readonly tls?: { readonly servername: string };
  /** How it was written, for logs and status (`tls://1.1.1.1:853#cloudflare-dns.com`). */
  readonly label: string;
}

const FORM = /^(?<tls>tls:\/\/)?(?:\[(?<v6>[0-9a-fA-F:.]+)\]|(?<plain>[0-9a-fA-F:.]+?))(?::(?<port>\d{1,5}))?(?:#(?<name>[A-Za-z0-9.-]+))?$/u;

/** Parses one upstream; throws an {@link AppError} (`dns.upstream_invalid`) naming the bad text. */
export function parseUpstream(text: string): UpstreamServer {
  const trimmed = text.trim();
  const m = FORM.exec(trimmed);
  let address = m?.groups?.v6 ?? m?.groups?.plain;
  let port = m?.groups?.port;
  // A bare IPv6 address has colons of its own: `::1` is an address, not `:` + port 1.
  if (m !== null && address !== undefined && m.groups?.v6 === undefined && isIP(address) === 0 && isIP(`${address}:${port ?? ''}`) === 6) {
    address = `${address}:${port ?? ''}`;
    port = undefined;
  }
  const family = address === undefined ? 0 : isIP(address);
  const tls = m?.groups?.tls !== undefined;
  const portNumber = port === undefined ? (tls ? 853 : 53) : Number(port);
  if (address === undefined || (family !== 4 && family !== 6) || portNumber < 1 || portNumber > 65535) {
    throw new AppError('dns.upstream_invalid', 'invalid', `upstream ${JSON.stringify(text)} is not an IP address with an optional :port (or tls://ip[:port]#name)`);
  }
  const servername = m?.groups?.name;
  if (tls && servername === undefined) {
    throw new AppError('dns.upstream_invalid', 'invalid', `upstream ${JSON.stringify(text)} uses DNS over TLS but names no certificate name (tls://ip#name)`);
  }
  const host = family === 6 ? `[${address}]` : address;
  return {
    address,
    port: portNumber,
    family,
    ...(tls && servername !== undefined ? { tls: { servername } } : {}),
    label: `${tls ? 'tls://' : ''}${host}:${portNumber}${servername === undefined ? '' : `#${servername}`}`,
  };
}

/** The `nameserver` lines of a resolv.conf text (scoped IPv6 addresses and bad lines skipped). */
export function parseResolvConf(text: string): UpstreamServer[] {
  const out: UpstreamServer[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/u.exec(line);
    if (m?.[1] === undefined || m[1].includes('%')) continue;
    try {
      out.push(parseUpstream(m[1]));
    } catch {
      // resolv.conf may hold forms we do not use; skip them.
    }
  }
  return out;
}

/** The system's resolvers from `/etc/resolv.conf` (empty when unreadable). */
export function systemUpstreams(path = '/etc/resolv.conf'): UpstreamServer[] {
  try {
    return parseResolvConf(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}
