/**
 * A filtering engine over a policy held in memory, built from the filtering core
 * (`compileSnapshot` + `decide`), for the DNS tests and the DNS benchmark: the same verdicts as
 * `haven.filtering` without its storage. `update` swaps the snapshot atomically and tells
 * listeners, as the real engine does on every change.
 */
import type { DnsFilterEngine } from '../../src/dns/index.ts';
import { compileSnapshot, type Snapshot } from '../../src/filtering/core/compile-snapshot.ts';
import { decide } from '../../src/filtering/core/decide.ts';
import { buildListIndex, type ListIndex, type ListSource } from '../../src/filtering/core/list-index.ts';
import type { ClientIdentity, Decision, PolicyGroup, PolicyRule, UnblockApproval } from '../../src/filtering/model.ts';
import { toSchoolTime } from '../../src/platform/clock.ts';

/** A device known by address. */
export interface StaticDevice {
  readonly address: string;
  readonly deviceId?: string;
  readonly personId?: string;
  readonly groups: readonly string[];
}

/** Everything a static engine decides from. */
export interface StaticPolicy {
  readonly schoolId: string;
  readonly lists?: readonly ListSource[] | ListIndex;
  readonly groups: readonly PolicyGroup[];
  readonly rules?: readonly PolicyRule[];
  readonly approvals?: readonly UnblockApproval[];
  readonly devices?: readonly StaticDevice[];
}

/** A static engine that can still be changed in place (tests of live policy). */
export interface StaticFilterEngine extends DnsFilterEngine {
  update(change: Partial<Omit<StaticPolicy, 'schoolId'>>): void;
}

/** Builds a static engine; see the module comment. */
export function createStaticFilterEngine(initial: StaticPolicy): StaticFilterEngine {
  let policy = initial;
  let revision = 1;
  let compiledAt = Date.now();
  let lists: ListIndex = toIndex(initial.lists ?? []);
  let snapshot: Snapshot = compile();
  let devices = deviceMap();
  const listeners = new Set<(revision: number) => void>();
  // toSchoolTime formats a date in Europe/London: do it once a minute, not once a query.
  let wallMinute = -1;
  let wall = { weekday: 0, minuteOfDay: 0 };

  function toIndex(l: readonly ListSource[] | ListIndex): ListIndex {
    return isListIndex(l) ? l : buildListIndex(l);
  }
  function compile(): Snapshot {
    return compileSnapshot({ lists, groups: policy.groups, rules: policy.rules ?? [], approvals: policy.approvals ?? [], revision: String(revision) });
  }
  function deviceMap(): Map<string, ClientIdentity> {
    return new Map(
      (policy.devices ?? []).map((d) => [
        d.address,
        { schoolId: policy.schoolId, groups: d.groups, source: 'device', ...(d.deviceId === undefined ? {} : { deviceId: d.deviceId }), ...(d.personId === undefined ? {} : { personId: d.personId }) },
      ]),
    );
  }
  const fallback: ClientIdentity = { schoolId: initial.schoolId, groups: [], source: 'default' };

  return {
    identify: (address) => devices.get(address) ?? fallback,
    decideFor: (client, host, atMs, url): Decision => {
      const minute = Math.floor(atMs / 60_000);
      if (minute !== wallMinute) {
        const t = toSchoolTime(atMs);
        wall = { weekday: t.weekday, minuteOfDay: t.minuteOfDay };
        wallMinute = minute;
      }
      return decide(snapshot, {
        host,
        groups: client.groups,
        at: wall,
        atMs,
        ...(client.personId === undefined ? {} : { person: client.personId }),
        ...(url === undefined ? {} : { url }),
      });
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    status: () => ({ revision, compiledAt }),
    update: (change) => {
      policy = { ...policy, ...change };
      if (change.lists !== undefined) lists = toIndex(change.lists);
      revision++;
      snapshot = compile();
      devices = deviceMap();
      compiledAt = Date.now();
      for (const l of listeners) l(revision);
    },
  };
}

function isListIndex(l: readonly ListSource[] | ListIndex): l is ListIndex {
  return !Array.isArray(l);
}
