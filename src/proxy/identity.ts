/**
 * Who is asking the proxy (F1, F6): the client address's identity (device → subnet → the
 * school's or the listener's default group), replaced by a person's own groups when proxy
 * credentials come (`Proxy-Authorization: Basic`, checked by identity's password or token check
 * and cached) or when the address was bound to a person by the block page's sign-in (identity
 * mode `sign-in-page`, until the end of the school day). Bindings live in this node's memory.
 */
import type { ClientIdentity, FilterEngine, Snapshot } from '../filtering/index.ts';
import { type Clock, toSchoolTime } from '../platform/clock.ts';

/** Checks proxy credentials; rejects when they are wrong (main/ wires identity's check). */
export type ProxyCredentialCheck = (input: { user: string; password: string; ip: string }) => Promise<{ personId: string | null }>;

export interface ProxyIdentityDeps {
  readonly engine: FilterEngine & { identifyPerson(personId: string): ClientIdentity | undefined };
  readonly clock: Clock;
  readonly schoolId?: string | undefined;
  /** group id or name for clients nobody identifies, instead of the school's default */
  readonly defaultGroup?: string | undefined;
  readonly credentials?: ProxyCredentialCheck | undefined;
  /** called once per failed credential check (the status page counts them) */
  readonly onAuthFailure: () => void;
}

export interface ProxyIdentity {
  /** Synchronous: the address alone (and its sign-in binding); `undefined` means "ask for credentials" (407). */
  byAddress(address: string): ClientIdentity | undefined;
  /** With the request's `Proxy-Authorization` header, when one came; `undefined` means 407. */
  identify(authorization: string | undefined, address: string): Promise<ClientIdentity | undefined>;
  /** The block page's sign-in: checks the account and binds the address to its person until midnight. */
  signIn(email: string, password: string, address: string): Promise<'signed-in' | 'sign-in-failed'>;
  /** True when this proxy can check credentials at all. */
  readonly checksCredentials: boolean;
}

const CREDENTIAL_TTL_MS = 5 * 60_000;
const FAILED_CREDENTIAL_TTL_MS = 30_000;
const MAX_CACHED_CREDENTIALS = 10_000;
const MAX_BINDINGS = 100_000;

export function createProxyIdentity(deps: ProxyIdentityDeps): ProxyIdentity {
  const { engine, clock } = deps;
  const credentialCache = new Map<string, { expires: number; personId: string | null } | { expires: number; failed: true }>();
  /** Addresses bound to a person by the block page's sign-in, until the end of the school day. */
  const bindings = new Map<string, { personId: string; until: number }>();

  /** The listener's default group replaces the school's for clients nobody identifies. */
  let defaultGroups: { snapshot: Snapshot | undefined; groups: readonly string[] | undefined } = { snapshot: undefined, groups: undefined };
  function listenerDefault(identity: ClientIdentity): ClientIdentity {
    if (deps.defaultGroup === undefined || identity.source !== 'default') return identity;
    const snapshot = engine.current();
    if (defaultGroups.snapshot !== snapshot) {
      const id = snapshot.groups.has(deps.defaultGroup) ? deps.defaultGroup : snapshot.groupIdsByName.get(deps.defaultGroup.toLowerCase());
      defaultGroups = { snapshot, groups: id === undefined ? undefined : Object.freeze([id]) };
    }
    return defaultGroups.groups === undefined ? identity : { ...identity, groups: defaultGroups.groups };
  }

  /** The person's identity on the address's device, or the address's own when the person is unknown. */
  function asPerson(personId: string | null, base: ClientIdentity): ClientIdentity | undefined {
    const person = personId === null ? undefined : engine.identifyPerson(personId);
    if (person === undefined) return undefined;
    return { ...person, ...(base.deviceId === undefined ? {} : { deviceId: base.deviceId }) };
  }

  function byAddress(address: string): ClientIdentity | undefined {
    const base = listenerDefault(engine.identify(address, deps.schoolId));
    if (base.identityMode === 'sign-in-page' && bindings.size > 0) {
      const bound = bindings.get(address);
      if (bound !== undefined) {
        const person = bound.until > clock.now() ? asPerson(bound.personId, base) : undefined;
        if (person !== undefined) return person;
        bindings.delete(address);
      }
    }
    return base.identityMode === 'required' && deps.credentials !== undefined ? undefined : base;
  }

  async function identify(header: string | undefined, address: string): Promise<ClientIdentity | undefined> {
    if (header === undefined || deps.credentials === undefined) return byAddress(address);
    const base = listenerDefault(engine.identify(address, deps.schoolId));
    const now = clock.now();
    const cached = credentialCache.get(header);
    let personId: string | null;
    if (cached !== undefined && cached.expires > now) {
      if ('failed' in cached) return base.identityMode === 'required' ? undefined : base;
      personId = cached.personId;
    } else {
      const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
      const decoded = m?.[1] === undefined ? '' : Buffer.from(m[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      try {
        if (colon <= 0) throw new Error('not Basic credentials');
        ({ personId } = await deps.credentials({ user: decoded.slice(0, colon), password: decoded.slice(colon + 1), ip: address }));
        if (credentialCache.size > MAX_CACHED_CREDENTIALS) credentialCache.clear();
        credentialCache.set(header, { expires: now + CREDENTIAL_TTL_MS, personId });
      } catch {
        deps.onAuthFailure();
        credentialCache.set(header, { expires: now + FAILED_CREDENTIAL_TTL_MS, failed: true });
        return base.identityMode === 'required' ? undefined : base;
      }
    }
    return asPerson(personId, base) ?? base;
  }

  async function signIn(email: string, password: string, address: string): Promise<'signed-in' | 'sign-in-failed'> {
    if (deps.credentials === undefined) return 'sign-in-failed';
    let personId: string | null;
    try {
      ({ personId } = await deps.credentials({ user: email, password, ip: address }));
    } catch {
      deps.onAuthFailure();
      return 'sign-in-failed';
    }
    if (personId === null) return 'sign-in-failed';
    const now = clock.now();
    if (bindings.size > MAX_BINDINGS) bindings.clear();
    bindings.set(address, { personId, until: now + (1440 - toSchoolTime(now).minuteOfDay) * 60_000 });
    return 'signed-in';
  }

  return { byAddress, identify, signIn, checksCredentials: deps.credentials !== undefined };
}
