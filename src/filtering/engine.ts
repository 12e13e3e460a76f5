/**
 * The live filter engine: compiles policy, lists and the identity map into one immutable
 * {@link Snapshot}, answers `identify` and `decideFor` from memory, and follows changes.
 *
 * Change feed: every change anywhere in Haven is audited in its own transaction, so the audit
 * chain head is a revision row bumped by every change, filtering's and identity's alike, and
 * the engine polls it (every 250 ms; on PostgreSQL a trigger also NOTIFYs, so it hears at once).
 * The actions recorded since the last revision say what to reload: identity changes rebuild
 * only the identity map, rule, unblock, restriction and learning-site changes only the policy, list changes only the lists
 * whose version moved (the others' entries are kept, decompressed, in memory). A reload that
 * fails keeps the old snapshot, records why, and is retried with a growing delay.
 */
import type { Kysely } from 'kysely';
import { toSchoolTime, type Clock } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import type { ChangeListener, Db, Dialect } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';
import { compileSnapshot, type Snapshot as PolicySnapshot } from './core/compile-snapshot.ts';
import { decide } from './core/decide.ts';
import { buildIdentityMap, identifyClient, identityOfPerson, type IdentityMap } from './core/identity-map.ts';
import { buildListIndex, type ListIndex, type ListSource } from './core/list-index.ts';
import type { WallTime } from './core/time-window.ts';
import { decodeListContent, splitListContent } from './list-content.ts';
import { isCategory, type AccessRestriction, type ClientIdentity, type Decision, type LearningSites, type PolicyRule, type UnblockApproval } from './model.ts';
import { actionsSince, type GroupRow, loadApprovals, loadGroups, loadIdentityRows, loadLearningSites, loadListContent, loadListMeta, loadRestrictions, loadRules, readRevision } from './store.ts';

/** The compiled policy and lists plus the identity map, immutable; replaced whole on every change. */
export interface Snapshot extends PolicySnapshot {
  readonly identities: IdentityMap;
  /** The change revision (audit sequence number) this snapshot reflects. */
  readonly revisionNumber: number;
  /** Epoch ms when it was compiled. */
  readonly compiledAt: number;
}

/** What the DNS filter, the proxy and the API ask of filtering; see {@link createFilterEngine}. */
export interface FilterEngine {
  /** The current snapshot (policy + lists + identity map); replaced atomically on change. */
  current(): Snapshot;
  /** Who is asking, from the client address (and the listener's school if it has one). Pure in-memory. */
  identify(address: string, schoolId?: string): ClientIdentity;
  /** The verdict for a host (or full URL) for that client at `atMs`; computes Europe/London wall time itself, cached per minute so the hot path does no Intl work. Never touches the database. */
  decideFor(client: ClientIdentity, host: string, atMs: number, url?: string): Decision;
  /** Called after every swap (for caches keyed on the snapshot). Returns an unsubscribe. */
  onChange(listener: (revision: number) => void): () => void;
  /** The revision of the snapshot in use and when it was compiled. */
  status(): { revision: number; compiledAt: number; lastError?: string };
}

/** The engine as main/ holds it: the interface plus loading, refreshing and closing. */
export interface FilterEngineHandle extends FilterEngine {
  /** Loads the first snapshot if it is not loaded yet (lazy engines); rejects when it cannot. */
  ready(): Promise<void>;
  /** Checks for changes now and applies them (a change made in this process is then in force). */
  refresh(): Promise<void>;
  /** A known person's identity (groups from the directory), for checks; undefined when unknown. */
  identifyPerson(personId: string): ClientIdentity | undefined;
  close(): Promise<void>;
}

/** What the engine needs; `listen` (PostgreSQL) calls back on every committed change. */
export interface FilterEngineDeps {
  db: Kysely<Db>;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
  pollMs?: number;
  /** Load on the first `ready()` rather than now (one-shot CLI commands that may not need it). */
  lazy?: boolean;
  listen?: (onChange: () => void) => Promise<ChangeListener | undefined>;
}

type Scope = 'all' | 'groups' | 'identity' | 'policy' | 'lists';

/** Audit action prefixes and what they make the engine reload. */
const SCOPES: readonly (readonly [string, Scope])[] = [
  ['identity.group.', 'groups'],
  ['identity.school.', 'groups'],
  ['identity.people.', 'groups'],
  ['identity.setup.', 'groups'],
  ['identity.membership.', 'identity'],
  ['identity.person.', 'identity'],
  ['filtering.device.', 'identity'],
  ['filtering.subnet.', 'identity'],
  ['filtering.settings.', 'identity'],
  ['filtering.rule.', 'policy'],
  ['filtering.unblock.', 'policy'],
  ['filtering.restriction.', 'policy'],
  ['filtering.learning-sites.', 'policy'],
  ['filtering.list.', 'lists'],
];

/** What reloading an audit action requires, if anything. */
export function scopeOfAction(action: string): Scope | undefined {
  return SCOPES.find(([prefix]) => action.startsWith(prefix))?.[1];
}

/** The slowest the engine polls while a PostgreSQL LISTEN connection is up (a safety net only). */
const LISTENING_POLL_MS = 5000;
const MAX_BACKOFF_MS = 30_000;

interface CachedList {
  readonly versionId: string;
  readonly name: string;
  readonly category: string;
  /** Decompressed entries, one per line: kept so another list's change does not reread this one. */
  readonly raw: Buffer;
}

/** Starts the engine: loads the first snapshot (unless lazy), then follows changes. */
export async function createFilterEngine(deps: FilterEngineDeps): Promise<FilterEngineHandle> {
  const { db, clock, logger } = deps;
  const pollMs = deps.pollMs ?? 250;
  const listeners = new Set<(revision: number) => void>();
  let snapshot: Snapshot | undefined;
  let policy: PolicySnapshot | undefined;
  let groups: GroupRow[] = [];
  let rules: PolicyRule[] = [];
  let approvals: UnblockApproval[] = [];
  let restrictions: AccessRestriction[] = [];
  let learningSites: LearningSites[] = [];
  let lists: ListIndex | undefined;
  let listCache = new Map<string, CachedList>();
  let seenSeq = -1;
  const pending = new Set<Scope>();
  let lastError: string | undefined;
  let failures = 0;
  let closed = false;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let listener: ChangeListener | undefined;
  let wallMinute = Number.NaN;
  let wall: WallTime = { weekday: 0, minuteOfDay: 0 };

  async function reloadLists(): Promise<{ index: ListIndex; cache: Map<string, CachedList> } | undefined> {
    const meta = await loadListMeta(db);
    const cache = new Map<string, CachedList>();
    let changed = lists === undefined || meta.length !== listCache.size;
    for (const m of meta) {
      const known = listCache.get(m.id);
      if (known?.versionId === m.versionId) {
        if (known.name !== m.name || known.category !== m.category) changed = true;
        cache.set(m.id, { ...known, name: m.name, category: m.category });
        continue;
      }
      const content = await loadListContent(db, m.versionId);
      if (content === undefined) throw new Error(`list ${m.name}: version ${m.versionId} is missing`);
      cache.set(m.id, { versionId: m.versionId, name: m.name, category: m.category, raw: await decodeListContent(content) });
      changed = true;
    }
    if (!changed) return undefined;
    const sources: ListSource[] = [];
    for (const [id, c] of cache) {
      if (!isCategory(c.category)) {
        logger.warn({ list: id, category: c.category }, 'list has an unknown category; left out');
        continue;
      }
      sources.push({ id, name: c.name, category: c.category, ...splitListContent(c.raw) });
    }
    return { index: buildListIndex(sources), cache };
  }

  async function reload(scopes: ReadonlySet<Scope>, head: number): Promise<void> {
    const started = clock.now();
    const all = scopes.has('all') || policy === undefined || snapshot === undefined;
    const nextGroups = all || scopes.has('groups') ? await loadGroups(db) : groups;
    const identities =
      all || scopes.has('groups') || scopes.has('identity') || snapshot === undefined
        ? buildIdentityMap({ ...(await loadIdentityRows(db)), groups: nextGroups.map((g) => ({ id: g.id, schoolId: g.schoolId, priority: g.priority, template: g.templateName })) })
        : snapshot.identities;
    const policyChanged = all || scopes.has('policy');
    const nextRules = policyChanged ? await loadRules(db) : rules;
    const nextApprovals = policyChanged ? await loadApprovals(db, clock.now()) : approvals;
    const nextRestrictions = policyChanged ? await loadRestrictions(db, clock.now()) : restrictions;
    const nextLearningSites = policyChanged ? await loadLearningSites(db) : learningSites;
    const listsReloaded = all || scopes.has('lists') ? await reloadLists() : undefined;
    const nextLists = listsReloaded?.index ?? lists;
    if (nextLists === undefined) throw new Error('no list index');
    const recompile = all || scopes.has('groups') || policyChanged || listsReloaded !== undefined;
    const nextPolicy = recompile || policy === undefined ? compileSnapshot({ lists: nextLists, groups: nextGroups, rules: nextRules, approvals: nextApprovals, restrictions: nextRestrictions, learningSites: nextLearningSites, revision: String(head) }) : policy;
    for (const w of recompile ? nextPolicy.warnings : []) logger.warn({ code: w.code, id: w.id }, w.message);
    for (const s of identities === snapshot?.identities ? [] : identities.skipped) logger.warn(s);
    // Everything read and compiled: swap in one assignment.
    groups = nextGroups;
    rules = nextRules;
    approvals = nextApprovals;
    restrictions = nextRestrictions;
    learningSites = nextLearningSites;
    lists = nextLists;
    if (listsReloaded !== undefined) listCache = listsReloaded.cache;
    policy = nextPolicy;
    snapshot = { ...nextPolicy, revision: String(head), identities, revisionNumber: head, compiledAt: clock.now() };
    logger.debug({ revision: head, scopes: [...scopes], ms: clock.now() - started }, 'filter snapshot compiled');
    for (const l of listeners) {
      try {
        l(head);
      } catch (err) {
        logger.error({ err }, 'filter snapshot listener failed');
      }
    }
  }

  async function check(): Promise<void> {
    try {
      const head = await readRevision(db);
      if (snapshot === undefined || head < seenSeq) pending.add('all');
      else if (head > seenSeq) {
        for (const action of await actionsSince(db, seenSeq, head)) {
          const scope = scopeOfAction(action);
          if (scope !== undefined) pending.add(scope);
        }
      }
      if (pending.size > 0) await reload(pending, head);
      pending.clear();
      seenSeq = head;
      failures = 0;
      lastError = undefined;
    } catch (err) {
      failures++;
      lastError = err instanceof Error ? err.message : String(err);
      logger.error({ err }, snapshot === undefined ? 'filter snapshot could not be compiled' : 'filter snapshot could not be recompiled; keeping the previous one');
    }
  }

  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  function refresh(): Promise<void> {
    if (running === undefined) {
      running = check().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return refresh();
    });
    return queued;
  }

  function schedule(): void {
    if (closed) return;
    const normal = listener?.listening === true ? LISTENING_POLL_MS : pollMs;
    const delay = failures === 0 ? normal : Math.min(MAX_BACKOFF_MS, pollMs * 2 ** Math.min(failures, 10));
    timer = setTimeout(() => {
      void refresh().then(schedule);
    }, delay);
    timer.unref();
  }

  let starting: Promise<void> | undefined;
  function start(): Promise<void> {
    starting ??= (async () => {
      started = true;
      await refresh();
      if (deps.listen !== undefined && !closed) listener = await deps.listen(() => void refresh());
      schedule();
    })();
    return starting;
  }

  function current(): Snapshot {
    if (snapshot === undefined) {
      throw new AppError('filtering.not_loaded', 'unavailable', `the filter policy is not loaded${lastError === undefined ? '' : `: ${lastError}`}`);
    }
    return snapshot;
  }

  if (deps.lazy !== true) await start();

  return {
    current,
    identify: (address, schoolId) => identifyClient(current().identities, address, schoolId),
    identifyPerson: (personId) => identityOfPerson(current().identities, personId),
    decideFor(client, host, atMs, url) {
      const s = current();
      const minute = Math.floor(atMs / 60_000);
      if (minute !== wallMinute) {
        // London's offset is always whole hours, so a UTC minute is a London minute.
        const t = toSchoolTime(atMs);
        wall = { weekday: t.weekday, minuteOfDay: t.minuteOfDay };
        wallMinute = minute;
      }
      return decide(s, {
        host,
        groups: client.groups,
        at: wall,
        atMs,
        ...(url === undefined ? {} : { url }),
        ...(client.personId === undefined ? {} : { person: client.personId }),
      });
    },
    onChange(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    status() {
      return { revision: snapshot?.revisionNumber ?? -1, compiledAt: snapshot?.compiledAt ?? 0, ...(lastError === undefined ? {} : { lastError }) };
    },
    async ready() {
      await start();
      current();
    },
    refresh: async () => {
      if (started) await refresh();
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await listener?.close();
      await running;
    },
  };
}
