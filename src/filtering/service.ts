/**
 * The filtering service: every audited use case (rules, lists, devices and subnets, unblock
 * requests, access restrictions and learning sites, the self-test, checks and the change
 * history) bound to one set of deps, so routes, the CLI and jobs call
 * `service.createRule(actor, input, scope)` without carrying the deps.
 */
import { EVERY_SCHOOL, resolveSchool, type SchoolScope } from './changes.ts';
import type { FilteringDeps } from './deps.ts';
import { checkHost } from './service-check.ts';
import { getList, importList, listLists, removeList, rollbackList } from './service-lists.ts';
import { addDevice, addSubnet, getSchoolSettings, listDevices, listSubnets, removeDevice, removeSubnet, setDefaultGroup } from './service-network.ts';
import { createRule, deleteRule, getRule, listRules, updateRule } from './service-rules.ts';
import { listSelfTests, runSelfTest } from './service-self-test.ts';
import { summariseFilterLog } from './service-log-summary.ts';
import { listCatalogue, refreshDueLists, refreshList, subscribe } from './service-subscriptions.ts';
import { changeLearningSites, listLearningSites } from './service-learning-sites.ts';
import { createRestriction, endRestriction, getRestriction, listRestrictions } from './service-restrictions.ts';
import { decideUnblock, expireUnblocks, getUnblock, listUnblocks, requestUnblock, unblockCounts } from './service-unblocks.ts';

/** One entry of the policy's change history: who changed what, when, and why. */
export interface ChangeView {
  id: string;
  schoolId: string | null;
  at: string;
  actor: { type: string; id: string | null };
  action: string;
  object: { type: string; id: string };
  reason: string;
}

/** The change history of a school's policy and of the shared lists, newest first. */
export async function listChanges(deps: FilteringDeps, query: { schoolId?: string; limit?: number } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<ChangeView[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const rows = await deps.db
    .selectFrom('filter_changes')
    .selectAll()
    .where((eb) => eb.or([eb('school_id', '=', schoolId), eb('school_id', 'is', null)]))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(query.limit ?? 100, 1), 1000))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    at: r.at,
    actor: { type: r.actor_type, id: r.actor_id },
    action: r.action,
    object: { type: r.object_type, id: r.object_id },
    reason: r.reason,
  }));
}

type Bound<F> = F extends (deps: FilteringDeps, ...args: infer A) => infer R ? (...args: A) => R : never;

function bind<F extends (deps: FilteringDeps, ...args: never[]) => unknown>(deps: FilteringDeps, fn: F): Bound<F> {
  return ((...args: never[]) => fn(deps, ...args)) as Bound<F>;
}

/** Builds the service over its deps. */
export function createFilteringService(deps: FilteringDeps) {
  return {
    deps,
    engine: deps.engine,
    listRules: bind(deps, listRules),
    getRule: bind(deps, getRule),
    createRule: bind(deps, createRule),
    updateRule: bind(deps, updateRule),
    deleteRule: bind(deps, deleteRule),
    listLists: bind(deps, listLists),
    getList: bind(deps, getList),
    importList: bind(deps, importList),
    removeList: bind(deps, removeList),
    rollbackList: bind(deps, rollbackList),
    listDevices: bind(deps, listDevices),
    addDevice: bind(deps, addDevice),
    removeDevice: bind(deps, removeDevice),
    listSubnets: bind(deps, listSubnets),
    addSubnet: bind(deps, addSubnet),
    removeSubnet: bind(deps, removeSubnet),
    getSchoolSettings: bind(deps, getSchoolSettings),
    setDefaultGroup: bind(deps, setDefaultGroup),
    requestUnblock: bind(deps, requestUnblock),
    decideUnblock: bind(deps, decideUnblock),
    getUnblock: bind(deps, getUnblock),
    listUnblocks: bind(deps, listUnblocks),
    unblockCounts: bind(deps, unblockCounts),
    expireUnblocks: bind(deps, expireUnblocks),
    createRestriction: bind(deps, createRestriction),
    endRestriction: bind(deps, endRestriction),
    getRestriction: bind(deps, getRestriction),
    listRestrictions: bind(deps, listRestrictions),
    listLearningSites: bind(deps, listLearningSites),
    changeLearningSites: bind(deps, changeLearningSites),
    check: bind(deps, checkHost),
    runSelfTest: bind(deps, runSelfTest),
    listSelfTests: bind(deps, listSelfTests),
    listChanges: bind(deps, listChanges),
    summariseLog: bind(deps, summariseFilterLog),
    listCatalogue,
    subscribe: bind(deps, subscribe),
    refreshList: bind(deps, refreshList),
    refreshDueLists: bind(deps, refreshDueLists),
  };
}

/** The bound use cases; see {@link createFilteringService}. */
export type FilteringService = ReturnType<typeof createFilteringService>;
