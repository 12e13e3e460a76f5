/**
 * What the engine reads to compile a snapshot: schools, groups, people and memberships (from
 * identity's tables, read in bulk here rather than one call per person), devices and subnets,
 * rules, approved unblocks and list versions; and the audit chain head, whose sequence number
 * every change bumps in its own transaction and which the engine follows as its revision.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Db, FilterRuleTable } from '../platform/db/index.ts';
import type { IdentityInput } from './core/identity-map.ts';
import { RESTRICTION_REASONS, RULE_LEVELS, isCategory, type AccessRestriction, type LearningSites, type Category, type PolicyGroup, type PolicyRule, type RuleLevel, type RuleSubject, type RuleTarget, type TimeWindow, type UnblockApproval, GROUP_TEMPLATE_IDS, IDENTITY_MODES, type Nomination } from './model.ts';

/** The audit chain head's sequence number (0 before the first entry). */
export async function readRevision(db: Kysely<Db>): Promise<number> {
  const head = await db.selectFrom('audit_head').select('seq').where('chain', '=', 'main').executeTakeFirst();
  return Number(head?.seq ?? 0);
}

/** The distinct audit actions recorded after `afterSeq`, up to and including `untilSeq`. */
export async function actionsSince(db: Kysely<Db>, afterSeq: number, untilSeq: number): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().where('seq', '>', afterSeq).where('seq', '<=', untilSeq).execute();
  return rows.map((r) => r.action);
}

/** A group with the school it belongs to and its kind, for the policy and the identity map. */
export interface GroupRow extends PolicyGroup {
  readonly schoolId: string;
  readonly kind: string;
  readonly templateName: string | null;
}

/** Every group of every school, highest priority first. */
export async function loadGroups(db: Kysely<Db>): Promise<GroupRow[]> {
  const rows = await db.selectFrom('groups').select(['id', 'school_id', 'name', 'kind', 'priority', 'template']).orderBy('priority', 'desc').orderBy('name').execute();
  return rows.map((r) => {
    const template = GROUP_TEMPLATE_IDS.find((t) => t === r.template);
    return {
      id: r.id,
      schoolId: r.school_id,
      name: r.name,
      kind: r.kind,
      priority: Number(r.priority),
      templateName: r.template,
      ...(template === undefined ? {} : { template }),
    };
  });
}

/** The identity map's inputs except groups: schools with their default group, active people, memberships, devices and subnets. */
export async function loadIdentityRows(db: Kysely<Db>): Promise<Omit<IdentityInput, 'groups'>> {
  const schools = await db
    .selectFrom('schools')
    .leftJoin('filter_school_settings', 'filter_school_settings.school_id', 'schools.id')
    .select(['schools.id', 'filter_school_settings.default_group_id'])
    .orderBy('schools.created_at')
    .orderBy('schools.id')
    .execute();
  const people = await db.selectFrom('people').select(['id', 'school_id']).where('status', '=', 'active').execute();
  const memberships = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['memberships.person_id', 'memberships.group_id'])
    .where('people.status', '=', 'active')
    .execute();
  const devices = await db.selectFrom('filter_devices').select(['id', 'school_id', 'ip', 'person_id', 'group_id']).orderBy('id').execute();
  const subnets = await db.selectFrom('filter_subnets').select(['id', 'school_id', 'cidr', 'group_id', 'identity_mode']).orderBy('id').execute();
  return {
    schools: schools.map((s) => ({ id: s.id, defaultGroupId: s.default_group_id ?? null })),
    people: people.map((p) => ({ id: p.id, schoolId: p.school_id })),
    memberships: memberships.map((m) => ({ personId: m.person_id, groupId: m.group_id })),
    devices: devices.map((d) => ({ id: d.id, schoolId: d.school_id, ip: d.ip, personId: d.person_id, groupId: d.group_id })),
    subnets: subnets.map((s) => ({ id: s.id, schoolId: s.school_id, cidr: s.cidr, groupId: s.group_id, identityMode: IDENTITY_MODES.find((m) => m === s.identity_mode) ?? 'none' })),
  };
}

/** Parses stored JSON at the edge; a damaged value reads as undefined (the compiler then warns). */
function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRuleLevel(value: string): value is RuleLevel {
  return RULE_LEVELS.some((l) => l === value);
}

/** The subject of a stored rule or request. */
export function subjectOf(kind: string, id: string): RuleSubject {
  return kind === 'person' ? { kind: 'person', person: id } : { kind: 'group', group: id };
}

/** The target of a stored rule or request; an unknown category is passed on as read, for the compiler to refuse with a warning. */
export function targetOf(kind: string, target: string): RuleTarget {
  if (kind === 'site') return { kind: 'site', site: target };
  return { kind: 'category', category: isCategory(target) ? target : (target as Category) };
}

/** A stored rule as the policy compiler reads it. */
export function ruleFromRow(r: Selectable<FilterRuleTable>): PolicyRule {
  const windows = parseJson(r.windows);
  const nominated = parseJson(r.nominated);
  return {
    id: r.id,
    subject: subjectOf(r.subject_kind, r.subject_id),
    target: targetOf(r.target_kind, r.target),
    level: isRuleLevel(r.level) ? r.level : ('blocked' satisfies RuleLevel),
    ...(Array.isArray(windows) ? { windows: windows as TimeWindow[] } : {}),
    ...(typeof nominated === 'object' && nominated !== null ? { nominated: nominated as Nomination } : {}),
  };
}

/** Every rule of every school. */
export async function loadRules(db: Kysely<Db>): Promise<PolicyRule[]> {
  const rows = await db.selectFrom('filter_rules').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(ruleFromRow);
}

/** Approved unblocks that have not yet ended at `nowMs`. */
export async function loadApprovals(db: Kysely<Db>, nowMs: number): Promise<UnblockApproval[]> {
  const rows = await db
    .selectFrom('filter_requests')
    .select(['id', 'subject_kind', 'subject_id', 'target_kind', 'target', 'starts_at', 'ends_at'])
    .where('status', '=', 'approved')
    .where('ends_at', '>', new Date(nowMs).toISOString())
    .execute();
  return rows.map((r) => ({
    id: r.id,
    subject: subjectOf(r.subject_kind, r.subject_id),
    target: targetOf(r.target_kind, r.target),
    startsAt: Date.parse(r.starts_at),
    endsAt: Date.parse(r.ends_at),
  }));
}

/** An enabled list with a current version, as the engine indexes it. */
export interface ListMeta {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly versionId: string;
}

/** The enabled lists that have a current version. */
export async function loadListMeta(db: Kysely<Db>): Promise<ListMeta[]> {
  const rows = await db
    .selectFrom('filter_lists')
    .select(['id', 'name', 'category', 'current_version_id'])
    .where('enabled', '=', 1)
    .where('current_version_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.flatMap((r) => (r.current_version_id === null ? [] : [{ id: r.id, name: r.name, category: r.category, versionId: r.current_version_id }]));
}

/** The compressed content of one list version. */
export async function loadListContent(db: Kysely<Db>, versionId: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('filter_list_versions').select('content').where('id', '=', versionId).executeTakeFirst();
  return row?.content;
}

/** The effective end of a stored restriction: the planned end, or when it was ended by hand if earlier (epoch ms). */
export function restrictionEndMs(r: { ends_at: string; ended_at: string | null }): number {
  const planned = Date.parse(r.ends_at);
  return r.ended_at === null ? planned : Math.min(planned, Date.parse(r.ended_at));
}

/** Access restrictions that have not yet ended at `nowMs`, as the policy compiler reads them. */
export async function loadRestrictions(db: Kysely<Db>, nowMs: number): Promise<AccessRestriction[]> {
  const rows = await db
    .selectFrom('filter_restrictions')
    .select(['id', 'school_id', 'person_id', 'starts_at', 'ends_at', 'ended_at', 'reason_code'])
    .where('ends_at', '>', new Date(nowMs).toISOString())
    .where('ended_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    schoolId: r.school_id,
    startsAt: Date.parse(r.starts_at),
    endsAt: restrictionEndMs(r),
    reasonCode: RESTRICTION_REASONS.find((c) => c === r.reason_code) ?? 'other',
    allowSites: 'learning-sites',
  }));
}

/** Every school's learning sites, sorted. */
export async function loadLearningSites(db: Kysely<Db>): Promise<LearningSites[]> {
  const rows = await db.selectFrom('filter_learning_sites').select(['school_id', 'site']).orderBy('school_id').orderBy('site').execute();
  const bySchool = new Map<string, string[]>();
  for (const r of rows) {
    const sites = bySchool.get(r.school_id);
    if (sites === undefined) bySchool.set(r.school_id, [r.site]);
    else sites.push(r.site);
  }
  return [...bySchool].map(([schoolId, sites]) => ({ schoolId, sites }));
}
