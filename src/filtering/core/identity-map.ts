/**
 * The identity map: (school, client address) → device → person → groups, compiled once per
 * change so the hot path never asks the database who someone is. Lookups go exact address
 * first, then the longest matching subnet, then the school's default group (learners unless
 * configured: an unknown device fails safe). Schools of one trust may reuse private ranges, so
 * every table is per school. Every answer is a precomputed, frozen {@link ClientIdentity}: a
 * lookup allocates nothing.
 */
import type { ClientIdentity, IdentityMode } from '../model.ts';
import { ipv4Mask, ipv6GroupMask, isMappedIpv4, mappedIpv4, parseCidr, parseIp, parseIpv4, parseIpv6 } from './address.ts';

/** A group as the identity map needs it. */
export interface IdentityGroup {
  readonly id: string;
  readonly schoolId: string;
  readonly priority: number;
  readonly template: string | null;
}

/** A registered device: its canonical address, and the person and group it belongs to. */
export interface IdentityDevice {
  readonly id: string;
  readonly schoolId: string;
  readonly ip: string;
  readonly personId: string | null;
  readonly groupId: string;
}

/** A subnet and the group its unknown devices belong to. */
export interface IdentitySubnet {
  readonly id: string;
  readonly schoolId: string;
  readonly cidr: string;
  readonly groupId: string;
  /** How the proxy learns who is behind it: `none` (the subnet's group), `required` (proxy sign-in). */
  readonly identityMode?: IdentityMode;
}

/** Everything the map is compiled from; schools in installation order (the first is the default school). */
export interface IdentityInput {
  readonly schools: readonly { readonly id: string; readonly defaultGroupId: string | null }[];
  readonly groups: readonly IdentityGroup[];
  /** Active people. */
  readonly people: readonly { readonly id: string; readonly schoolId: string }[];
  /** Memberships of active people. */
  readonly memberships: readonly { readonly personId: string; readonly groupId: string }[];
  readonly devices: readonly IdentityDevice[];
  readonly subnets: readonly IdentitySubnet[];
}

interface V4Subnet {
  readonly network: number;
  readonly mask: number;
  readonly identity: ClientIdentity;
}

interface V6Subnet {
  readonly network: Uint16Array;
  readonly masks: Uint16Array;
  readonly prefix: number;
  readonly identity: ClientIdentity;
}

interface V6Device {
  readonly groups: Uint16Array;
  readonly identity: ClientIdentity;
}

/** One school's tables. */
interface SchoolIdentities {
  readonly schoolId: string;
  readonly v4Devices: ReadonlyMap<number, ClientIdentity>;
  readonly v6Devices: ReadonlyMap<number, readonly V6Device[]>;
  /** Longest prefix first. */
  readonly v4Subnets: readonly (V4Subnet & { readonly prefix: number })[];
  readonly v6Subnets: readonly V6Subnet[];
  readonly fallback: ClientIdentity;
}

/** The compiled map; query with {@link identifyClient} and {@link identityOfPerson}. */
export interface IdentityMap {
  readonly kind: 'identity-map';
  readonly schools: ReadonlyMap<string, SchoolIdentities>;
  readonly defaultSchool: SchoolIdentities | undefined;
  /** Active people → their group ids, highest priority first. */
  readonly personGroups: ReadonlyMap<string, readonly string[]>;
  readonly personSchools: ReadonlyMap<string, string>;
  readonly devices: number;
  readonly subnets: number;
  /** Rows left out (bad address, unknown school), with why. */
  readonly skipped: readonly string[];
  /** Parse buffer for IPv6 lookups (single-threaded, so one per map is safe). */
  readonly scratch: Uint16Array;
}

const NOBODY: ClientIdentity = Object.freeze({ schoolId: '', groups: Object.freeze([]), source: 'default' });

/** Compiles the map; rows that cannot be used are listed in `skipped`, never thrown. */
export function buildIdentityMap(input: IdentityInput): IdentityMap {
  const skipped: string[] = [];
  const groups = new Map(input.groups.map((g) => [g.id, g]));
  const order = (ids: Iterable<string>): readonly string[] =>
    Object.freeze(
      [...new Set(ids)]
        .filter((id) => groups.has(id))
        .sort((a, b) => (groups.get(b)?.priority ?? 0) - (groups.get(a)?.priority ?? 0) || (a < b ? -1 : a > b ? 1 : 0)),
    );

  const memberOf = new Map<string, string[]>();
  const personSchools = new Map<string, string>();
  for (const p of input.people) {
    personSchools.set(p.id, p.schoolId);
    memberOf.set(p.id, []);
  }
  for (const m of input.memberships) memberOf.get(m.personId)?.push(m.groupId);
  const personGroups = new Map<string, readonly string[]>();
  for (const [person, ids] of memberOf) personGroups.set(person, order(ids));

  interface SchoolBuild {
    readonly schoolId: string;
    readonly v4Devices: Map<number, ClientIdentity>;
    readonly v6Devices: Map<number, V6Device[]>;
    readonly v4Subnets: (V4Subnet & { readonly prefix: number })[];
    readonly v6Subnets: V6Subnet[];
    readonly fallback: ClientIdentity;
  }
  const schools = new Map<string, SchoolBuild>();
  for (const s of input.schools) {
    const configured = s.defaultGroupId !== null && groups.get(s.defaultGroupId)?.schoolId === s.id ? s.defaultGroupId : undefined;
    const learners = input.groups.find((g) => g.schoolId === s.id && g.template === 'learners')?.id;
    const fallbackGroup = configured ?? learners;
    schools.set(s.id, {
      schoolId: s.id,
      v4Devices: new Map(),
      v6Devices: new Map(),
      v4Subnets: [],
      v6Subnets: [],
      fallback: Object.freeze({ schoolId: s.id, groups: order(fallbackGroup === undefined ? [] : [fallbackGroup]), source: 'default' }),
    });
  }

  for (const d of input.devices) {
    const school = schools.get(d.schoolId);
    const ip = parseIp(d.ip);
    if (school === undefined || ip === undefined) {
      skipped.push(`device ${d.id}: ${school === undefined ? 'unknown school' : `bad address ${JSON.stringify(d.ip)}`}`);
      continue;
    }
    const own = d.personId === null ? [] : (personGroups.get(d.personId) ?? []);
    let ids = order([...own, d.groupId]);
    if (ids.length === 0) ids = school.fallback.groups;
    const identity: ClientIdentity = Object.freeze({
      schoolId: d.schoolId,
      deviceId: d.id,
      ...(d.personId === null ? {} : { personId: d.personId }),
      groups: ids,
      source: 'device',
    });
    if (ip.family === 4) school.v4Devices.set(ip.value, identity);
    else {
      const key = hashGroups(ip.groups);
      const bucket = school.v6Devices.get(key);
      const entry = { groups: ip.groups, identity };
      if (bucket === undefined) school.v6Devices.set(key, [entry]);
      else bucket.push(entry);
    }
  }

  for (const s of input.subnets) {
    const school = schools.get(s.schoolId);
    const cidr = parseCidr(s.cidr);
    if (school === undefined || typeof cidr === 'string') {
      skipped.push(`subnet ${s.id}: ${school === undefined ? 'unknown school' : cidr}`);
      continue;
    }
    const ids = order([s.groupId]);
    const identity: ClientIdentity = Object.freeze({
      schoolId: s.schoolId,
      groups: ids.length === 0 ? school.fallback.groups : ids,
      source: 'subnet',
      ...(s.identityMode === undefined || s.identityMode === 'none' ? {} : { identityMode: s.identityMode }),
    });
    if (cidr.family === 4) school.v4Subnets.push({ network: cidr.value, mask: ipv4Mask(cidr.prefix), prefix: cidr.prefix, identity });
    else {
      const masks = new Uint16Array(8);
      for (let k = 0; k < 8; k++) masks[k] = ipv6GroupMask(cidr.prefix, k);
      school.v6Subnets.push({ network: cidr.groups, masks, prefix: cidr.prefix, identity });
    }
  }
  for (const school of schools.values()) {
    school.v4Subnets.sort((a, b) => b.prefix - a.prefix);
    school.v6Subnets.sort((a, b) => b.prefix - a.prefix);
  }

  const first = input.schools[0];
  return {
    kind: 'identity-map',
    schools,
    defaultSchool: first === undefined ? undefined : schools.get(first.id),
    personGroups,
    personSchools,
    devices: input.devices.length,
    subnets: input.subnets.length,
    skipped,
    scratch: new Uint16Array(8),
  };
}

function hashGroups(g: Uint16Array): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < 8; k++) h = Math.imul(h ^ (g[k] ?? 0), 0x01000193);
  return h >>> 0;
}

function sameGroups(a: Uint16Array, b: Uint16Array): boolean {
  for (let k = 0; k < 8; k++) if (a[k] !== b[k]) return false;
  return true;
}

function deviceIn(school: SchoolIdentities, v4: number, v6: Uint16Array | undefined): ClientIdentity | undefined {
  if (v6 === undefined) return school.v4Devices.get(v4);
  const bucket = school.v6Devices.get(hashGroups(v6));
  if (bucket !== undefined) for (const d of bucket) if (sameGroups(d.groups, v6)) return d.identity;
  return undefined;
}

/** The longest subnet of the school holding the address (entries are prebuilt, so nothing is allocated). */
function subnetIn(school: SchoolIdentities, v4: number, v6: Uint16Array | undefined): { readonly prefix: number; readonly identity: ClientIdentity } | undefined {
  if (v6 === undefined) {
    for (const s of school.v4Subnets) if ((v4 & s.mask) >>> 0 === s.network) return s;
    return undefined;
  }
  for (const s of school.v6Subnets) {
    let inside = true;
    for (let k = 0; k < 8 && inside; k++) inside = ((v6[k] ?? 0) & (s.masks[k] ?? 0)) === s.network[k];
    if (inside) return s;
  }
  return undefined;
}

/**
 * Who is asking from `address`: in the listener's school when it has one, otherwise in every
 * school (a device anywhere first, then the longest subnet; ties go to the earlier school).
 * Unknown addresses, and text that is not an address, get the school's default group.
 */
export function identifyClient(map: IdentityMap, address: string, schoolId?: string): ClientIdentity {
  const home = schoolId === undefined ? undefined : map.schools.get(schoolId);
  const fallback = (home ?? map.defaultSchool)?.fallback ?? NOBODY;
  let v4 = parseIpv4(address);
  let v6: Uint16Array | undefined;
  if (v4 < 0) {
    if (!parseIpv6(address, map.scratch)) return fallback;
    if (isMappedIpv4(map.scratch)) v4 = mappedIpv4(map.scratch);
    else v6 = map.scratch;
  }
  // A listener that names an unknown school looks nowhere else: its clients get the default.
  if (schoolId !== undefined) {
    if (home === undefined) return fallback;
    return deviceIn(home, v4, v6) ?? subnetIn(home, v4, v6)?.identity ?? fallback;
  }
  for (const school of map.schools.values()) {
    const device = deviceIn(school, v4, v6);
    if (device !== undefined) return device;
  }
  let best: { readonly prefix: number; readonly identity: ClientIdentity } | undefined;
  for (const school of map.schools.values()) {
    const found = subnetIn(school, v4, v6);
    if (found !== undefined && (best === undefined || found.prefix > best.prefix)) best = found;
  }
  return best?.identity ?? fallback;
}

/** The identity of a known person (for `haven check --person`): their groups, or the school default when they have none. */
export function identityOfPerson(map: IdentityMap, personId: string): ClientIdentity | undefined {
  const schoolId = map.personSchools.get(personId);
  const groups = map.personGroups.get(personId) ?? [];
  if (schoolId === undefined) return undefined;
  const school = map.schools.get(schoolId);
  return { schoolId, personId, groups: groups.length > 0 ? groups : (school?.fallback.groups ?? []), source: 'device' };
}
