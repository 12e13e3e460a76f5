/**
 * Who is asking, for one listener: the engine's identity map first (registered devices and the
 * school's subnets), then this listener's own subnets (`dns.subnets`), then the listener's
 * default group if one is configured (`dns.defaultGroup`), else the school's default group —
 * `learners` unless the school set another, so a device nobody registered fails safe. Answers
 * are memoised per address and forgotten whenever the engine reports a change.
 */
import { BlockList, isIP } from 'node:net';
import { AppError } from '../platform/errors.ts';
import type { ClientIdentity, DnsFilterEngine } from './policy.ts';

/** A listener's identity settings. */
export interface ListenerIdentity {
  /** The school this listener serves (trusts reuse private ranges across schools). */
  readonly schoolId?: string;
  /** Group for clients no device or subnet identifies; without it, the school's default group (learners unless configured). */
  readonly defaultGroup?: string;
  /** `cidr → group` for clients the engine does not know, most specific prefix first. */
  readonly subnets: readonly { readonly cidr: string; readonly group: string }[];
}

/** Resolves client addresses to identities; see the module comment. */
export interface IdentityResolver {
  identify(address: string): ClientIdentity;
  /** Forgets memoised identities (after a policy change). */
  reset(): void;
}

const MEMO_LIMIT = 65_536;

/** Parses `10.1.2.0/24` or `fd00::/64`; throws `dns.subnet_invalid` naming the bad text. */
export function parseCidr(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } {
  const [address = '', bits] = text.trim().split('/');
  const family = isIP(address);
  const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
  if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
    throw new AppError('dns.subnet_invalid', 'invalid', `subnet ${JSON.stringify(text)} is not an address with an optional /prefix`);
  }
  return { address, prefix, family: family === 6 ? 'ipv6' : 'ipv4' };
}

/** `::ffff:10.0.0.1` → `10.0.0.1`: IPv4 clients of a dual-stack socket are looked up as IPv4. */
export function clientAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** Builds the resolver for one listener. */
export function createIdentityResolver(engine: DnsFilterEngine, listener: ListenerIdentity): IdentityResolver {
  const subnets = listener.subnets
    .map((s) => ({ ...parseCidr(s.cidr), group: s.group }))
    .sort((a, b) => b.prefix - a.prefix)
    .map((s) => {
      const list = new BlockList();
      list.addSubnet(s.address, s.prefix, s.family);
      return { list, family: s.family, group: s.group };
    });
  const memo = new Map<string, ClientIdentity>();

  function resolve(address: string): ClientIdentity {
    const known = engine.identify(address, listener.schoolId);
    if (known.source !== 'default') return known;
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    for (const s of subnets) {
      if (s.family === family && s.list.check(address, family)) return { schoolId: known.schoolId, groups: [s.group], source: 'subnet' };
    }
    if (listener.defaultGroup !== undefined) return { schoolId: known.schoolId, groups: [listener.defaultGroup], source: 'default' };
    // Fail safe: a default with no group at all would get no template's policy.
    return known.groups.length > 0 ? known : { schoolId: known.schoolId, groups: ['learners'], source: 'default' };
  }

  return {
    identify: (raw) => {
      const address = clientAddress(raw);
      let id = memo.get(address);
      if (id === undefined) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        id = resolve(address);
        memo.set(address, id);
      }
      return id;
    },
    reset: () => memo.clear(),
  };
}
