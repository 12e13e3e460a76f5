/**
 * Factories for filtering tests (here and in the DNS, proxy and extension tests): a small
 * school's lists, groups and rules with sensible defaults that each test overrides.
 */
import type { Category, PolicyGroup, PolicyRule, UnblockApproval } from '../model.ts';
import { compileSnapshot, type Snapshot, type SnapshotInput } from './compile-snapshot.ts';
import type { DecideInput } from './decide.ts';
import { buildListIndex, type ListIndex, type ListSource } from './list-index.ts';

/** A list with one category; `domains` and `urls` as a parser would give them. */
export function buildList(id: string, category: Category, domains: readonly string[], urls: readonly string[] = []): ListSource {
  return { id, name: `${id} list`, category, domains, urls };
}

/** The lists most tests share: illegal lists, overlapping entries, a URL list, an IDN entry. */
export function buildSchoolLists(extra: readonly ListSource[] = []): ListIndex {
  return buildListIndex([
    buildList('iwf', 'child-abuse', ['abuse.example', 'bad.mixed.example'], ['files.example/iwf/item']),
    buildList('ctiru', 'terrorism', ['terror.example']),
    buildList('malware', 'malware', ['bral.com', 'static-ads.bral.com', 'metrics.shop.example']),
    buildList('ads', 'ads-tracking', ['static-ads.bral.com', 'tracker.example']),
    buildList('adult', 'pornography', ['porn.example', 'xn--bcher-kva.example'], ['host.example/adult']),
    buildList('social', 'social-media', ['social.example', 'mixed.example']),
    buildList('games', 'games', ['games.example']),
    buildList('gambling', 'gambling', ['bet.example']),
    ...extra,
  ]);
}

/** A group at priority 250 (identity's default for a custom group) unless overridden. */
export function buildGroup(id: string, overrides: Partial<PolicyGroup> = {}): PolicyGroup {
  return { id, name: id, priority: 250, ...overrides };
}

/** The usual groups, at identity's default priorities: the three templates (100), a key stage (200), a year group (300) and a class (400). */
export function buildSchoolGroups(extra: readonly PolicyGroup[] = []): PolicyGroup[] {
  return [
    buildGroup('learners', { name: 'Learners', priority: 100, template: 'learners' }),
    buildGroup('staff', { name: 'Staff', priority: 100, template: 'staff' }),
    buildGroup('guests', { name: 'Guests', priority: 100, template: 'guests' }),
    buildGroup('ks3', { name: 'Key stage 3', priority: 200 }),
    buildGroup('y7', { name: 'Year 7', priority: 300 }),
    buildGroup('7b', { name: '7B', priority: 400 }),
    ...extra,
  ];
}

/** A category rule for a group (`blocked` unless overridden). */
export function buildRule(id: string, overrides: Partial<PolicyRule> = {}): PolicyRule {
  return {
    id,
    subject: { kind: 'group', group: 'learners' },
    target: { kind: 'category', category: 'games' },
    level: 'blocked',
    ...overrides,
  };
}

/** 2026-09-07T09:00:00Z, a Monday (10:00 in London). */
export const MONDAY_0900_UTC = 1788771600000;

/** An approval for a group, open from `startsAt` for an hour unless overridden. */
export function buildApproval(id: string, overrides: Partial<UnblockApproval> = {}): UnblockApproval {
  const startsAt = overrides.startsAt ?? MONDAY_0900_UTC;
  return {
    id,
    subject: { kind: 'group', group: 'y7' },
    target: { kind: 'category', category: 'games' },
    startsAt,
    endsAt: startsAt + 3_600_000,
    ...overrides,
  };
}

/** A snapshot over the school lists and groups with the given rules and approvals. */
export function buildSnapshot(overrides: Partial<SnapshotInput> = {}): Snapshot {
  return compileSnapshot({ lists: buildSchoolLists(), groups: buildSchoolGroups(), rules: [], ...overrides });
}

/** A request on Monday at 10:00 London time unless overridden. */
export function buildRequest(host: string, overrides: Partial<DecideInput> = {}): DecideInput {
  return { host, groups: ['learners'], at: { weekday: 1, minuteOfDay: 600 }, ...overrides };
}
