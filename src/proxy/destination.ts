/**
 * Where a proxied request may go: names resolved through the DNS filter's upstreams (else the
 * system resolver), answers cached for their TTL, and private, loopback, link-local and other
 * special-use addresses refused unless configured (`--proxy-allow-private`): a proxy on the
 * school's edge must never become a way in to the school network, nor a way to reach itself.
 */
import { lookup as systemLookup } from 'node:dns';
import { Resolver } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../platform/errors.ts';

/** Special-use ranges a filtered client may not reach through the proxy (RFC 6890 and friends). */
export function createPrivateRanges(): BlockList {
  const b = new BlockList();
  for (const [net, prefix] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) b.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b:1::', 48]] as const) b.addSubnet(net, prefix, 'ipv6');
  return b;
}

/** A resolved destination address. */
export interface Destination {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Why a destination was refused. */
export class DestinationError extends AppError {}

/** Resolves and vets destinations; see the module comment. */
export interface DestinationResolver {
  resolve(host: string): Promise<Destination>;
  /** A `net.LookupFunction` for agents and sockets, applying the same rules. */
  lookup(hostname: string, options: unknown, callback: (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void): void;
}

const MIN_TTL_S = 5;
const MAX_TTL_S = 300;
const MAX_CACHE = 50_000;

/** `ip`, `ip:port`, `[v6]:port` as the DNS config writes upstreams → what `Resolver.setServers` takes. */
function resolverServers(upstreams: readonly string[]): string[] {
  return upstreams.filter((u) => !u.startsWith('tls://')).map((u) => u.replace(/#.*$/, ''));
}

/** Creates the resolver; `upstreams` empty means the system resolver (`/etc/hosts` included). */
export function createDestinationResolver(options: { upstreams: readonly string[]; allowPrivate: boolean; timeoutMs: number; now: () => number }): DestinationResolver {
  const ranges = createPrivateRanges();
  const servers = resolverServers(options.upstreams);
  const resolver = servers.length === 0 ? undefined : new Resolver({ timeout: Math.max(100, Math.min(options.timeoutMs, 5000)), tries: 2 });
  resolver?.setServers(servers);
  const cache = new Map<string, { expires: number; destinations: Destination[] }>();

  const refuse = (host: string, address: string) =>
    new DestinationError('proxy.private_destination', 'forbidden', `refused: ${host} is a private or local address (${address}); the proxy does not reach into local networks`);

  function vet(host: string, d: Destination): Destination {
    if (!options.allowPrivate && ranges.check(d.address, d.family === 4 ? 'ipv4' : 'ipv6')) throw refuse(host, d.address);
    return d;
  }

  async function lookupName(host: string): Promise<Destination[]> {
    const hit = cache.get(host);
    const now = options.now();
    if (hit !== undefined && hit.expires > now) return hit.destinations;
    let destinations: Destination[];
    let ttl = MAX_TTL_S;
    if (resolver !== undefined) {
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(host, { ttl: true }), resolver.resolve6(host, { ttl: true })]);
      const records = [...(v4.status === 'fulfilled' ? v4.value.map((r) => ({ ...r, family: 4 as const })) : []), ...(v6.status === 'fulfilled' ? v6.value.map((r) => ({ ...r, family: 6 as const })) : [])];
      if (records.length === 0) {
        const reason = v4.status === 'rejected' ? (v4.reason as NodeJS.ErrnoException).code : 'ENODATA';
        throw new DestinationError('proxy.name_unresolved', 'unavailable', `cannot resolve ${host} (${reason ?? 'no answer'})`);
      }
      ttl = Math.min(...records.map((r) => r.ttl));
      destinations = records.map((r) => ({ address: r.address, family: r.family }));
    } else {
      destinations = await new Promise<Destination[]>((resolve, reject) =>
        systemLookup(host, { all: true }, (err, addresses) => {
          if (err) reject(new DestinationError('proxy.name_unresolved', 'unavailable', `cannot resolve ${host} (${err.code ?? err.message})`));
          else resolve(addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
        }),
      );
      ttl = 30;
    }
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(host, { expires: now + Math.max(MIN_TTL_S, Math.min(MAX_TTL_S, ttl)) * 1000, destinations });
    return destinations;
  }

  async function resolve(host: string): Promise<Destination> {
    const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    const family = isIP(bare);
    if (family !== 0) return vet(host, { address: bare, family: family === 6 ? 6 : 4 });
    const all = await lookupName(bare.toLowerCase());
    // Every answer is vetted, not just the first: a name with one public and one private
    // address must not reach the private one on a retry.
    const vetted = all.map((d) => vet(host, d));
    const first = vetted.find((d) => d.family === 4) ?? vetted[0];
    if (first === undefined) throw new DestinationError('proxy.name_unresolved', 'unavailable', `cannot resolve ${host} (no answer)`);
    return first;
  }

  return {
    resolve,
    lookup: (hostname, options, callback) => {
      // Node ≥ 20 asks with `all: true` (happy eyeballs) and wants a list back.
      const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
      resolve(hostname).then(
        (d) => (all ? callback(null, [{ address: d.address, family: d.family }]) : callback(null, d.address, d.family)),
        (err: NodeJS.ErrnoException) => {
          callback(Object.assign(err, { code: err instanceof DestinationError ? err.code : err.code }), '', 4);
        },
      );
    },
  };
}
