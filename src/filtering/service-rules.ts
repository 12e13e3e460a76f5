/**
 * The policy's rules: per school, per group or person, for a category or a site, at one of the
 * acceptable-use levels. Template groups carry their template's lines as rules too: they are
 * listed with the school's own rules, and a group's own rule for a category replaces its
 * template's line (deleting it restores the line). Every change names a reason, is recorded in
 * the change history and the audit log in one transaction, and is in force when the call returns.
 */
import type { Selectable } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { FilterRuleTable } from '../platform/db/index.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { applyNow, checkReason, EVERY_SCHOOL, findSchoolGroup, findSchoolPerson, inScope, recordChange, resolveSchool, type SchoolScope } from './changes.ts';
import { compileTimeWindow } from './core/time-window.ts';
import { parseSite } from './core/normalise-url.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { illegalListing } from './illegal.ts';
import { CATEGORY_INFO, GROUP_TEMPLATES, GROUP_TEMPLATE_IDS, isCategory, RULE_LEVELS, type Category, type RuleLevel, type TimeWindow } from './model.ts';

/** A rule as written by a caller: subjects, nominated people and groups by id (groups also by name). */
export interface RuleInput {
  schoolId?: string;
  subject: { kind: 'group'; group: string } | { kind: 'person'; person: string };
  target: { kind: 'category'; category: string } | { kind: 'site'; site: string };
  level: RuleLevel;
  windows?: TimeWindow[];
  nominated?: { people?: string[]; groups?: string[] };
  reason: string;
}

/** What may change on an existing rule (its subject and target are fixed: delete and add instead). */
export interface RulePatch {
  level?: RuleLevel;
  windows?: TimeWindow[];
  nominated?: { people?: string[]; groups?: string[] };
  reason: string;
}

/** A rule as the API shows it; `origin: 'template'` lines come from a template group's template. */
export interface RuleView {
  id: string;
  schoolId: string;
  origin: 'rule' | 'template';
  subject: { kind: 'group' | 'person'; id: string; name: string | null };
  target: { kind: 'category'; category: string } | { kind: 'site'; site: string };
  level: RuleLevel;
  windows: TimeWindow[];
  nominated: { people: string[]; groups: string[] };
  reason: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** Template lines only: the group's own rule that replaces this line, if any. */
  replacedBy: string | null;
}

function parseJsonArray<T>(text: string | null): T[] {
  if (text === null) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function levelOf(value: string): RuleLevel {
  return RULE_LEVELS.find((l) => l === value) ?? 'blocked';
}

function viewOf(r: Selectable<FilterRuleTable>, groupNames: ReadonlyMap<string, string>): RuleView {
  let nominated: { people?: string[]; groups?: string[] } = {};
  try {
    nominated = r.nominated === null ? {} : (JSON.parse(r.nominated) as typeof nominated);
  } catch {
    nominated = {};
  }
  return {
    id: r.id,
    schoolId: r.school_id,
    origin: 'rule',
    subject: { kind: r.subject_kind === 'person' ? 'person' : 'group', id: r.subject_id, name: r.subject_kind === 'group' ? (groupNames.get(r.subject_id) ?? null) : null },
    target: r.target_kind === 'site' ? { kind: 'site', site: r.target } : { kind: 'category', category: r.target },
    level: levelOf(r.level),
    windows: parseJsonArray<TimeWindow>(r.windows),
    nominated: { people: nominated.people ?? [], groups: nominated.groups ?? [] },
    reason: r.reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    replacedBy: null,
  };
}

/** The school's rules, then its template groups' template lines; optionally for one group or person. */
export async function listRules(deps: FilteringDeps, query: { schoolId?: string; subject?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<RuleView[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const groups = await deps.db.selectFrom('groups').select(['id', 'name', 'template']).where('school_id', '=', schoolId).execute();
  const names = new Map(groups.map((g) => [g.id, g.name]));
  let q = deps.db.selectFrom('filter_rules').selectAll().where('school_id', '=', schoolId);
  if (query.subject !== undefined) q = q.where('subject_id', '=', query.subject);
  const rows = await q.orderBy('created_at').orderBy('id').execute();
  const views = rows.map((r) => viewOf(r, names));
  for (const g of groups) {
    const template = GROUP_TEMPLATE_IDS.find((t) => t === g.template);
    if (template === undefined || (query.subject !== undefined && query.subject !== g.id)) continue;
    for (const [category, level] of Object.entries(GROUP_TEMPLATES[template].levels)) {
      if (level === undefined) continue;
      const own = views.find((v) => v.origin === 'rule' && v.subject.id === g.id && v.target.kind === 'category' && v.target.category === category);
      views.push({
        id: `template:${template}:${category}`,
        schoolId,
        origin: 'template',
        subject: { kind: 'group', id: g.id, name: g.name },
        target: { kind: 'category', category },
        level,
        windows: [],
        nominated: { people: [], groups: [] },
        reason: null,
        createdAt: null,
        updatedAt: null,
        replacedBy: own?.id ?? null,
      });
    }
  }
  return views;
}

/** Checks the level-specific parts of a rule and resolves nominated people and groups to ids. */
async function checkLevelParts(
  deps: FilteringDeps,
  schoolId: string,
  level: RuleLevel,
  windows: TimeWindow[] | undefined,
  nominated: { people?: string[]; groups?: string[] } | undefined,
): Promise<{ windows: string | null; nominated: string | null }> {
  const issues: FieldIssue[] = [];
  if (level === 'allowed-at-certain-times') {
    if (windows === undefined || windows.length === 0) issues.push({ path: 'windows', message: 'an allowed-at-certain-times rule needs at least one weekly window' });
    for (const [i, w] of (windows ?? []).entries()) {
      const c = compileTimeWindow(w);
      if (typeof c === 'string') issues.push({ path: `windows.${i}`, message: c });
    }
  } else if (windows !== undefined && windows.length > 0) issues.push({ path: 'windows', message: 'only allowed-at-certain-times rules have windows' });
  let resolved: { people: string[]; groups: string[] } | undefined;
  if (level === 'allowed-for-nominated-users') {
    const people: string[] = [];
    const groups: string[] = [];
    for (const p of nominated?.people ?? []) people.push((await findSchoolPerson(deps.db, schoolId, p)).id);
    for (const g of nominated?.groups ?? []) groups.push((await findSchoolGroup(deps.db, schoolId, g)).id);
    if (people.length + groups.length === 0) issues.push({ path: 'nominated', message: 'an allowed-for-nominated-users rule must nominate someone' });
    resolved = { people: [...new Set(people)], groups: [...new Set(groups)] };
  } else if ((nominated?.people?.length ?? 0) + (nominated?.groups?.length ?? 0) > 0) {
    issues.push({ path: 'nominated', message: 'only allowed-for-nominated-users rules nominate people or groups' });
  }
  if (issues.length > 0) throw filteringErrors.ruleInvalid(issues.map((i) => `${i.path} ${i.message}`).join('; '), issues);
  return {
    windows: level === 'allowed-at-certain-times' && windows !== undefined ? JSON.stringify(windows.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end }))) : null,
    nominated: resolved === undefined ? null : JSON.stringify(resolved),
  };
}

/** Checks the target: an illegal category is refused outright; a site is normalised, and may not be opened if an illegal list holds it. */
function checkTarget(deps: FilteringDeps, target: RuleInput['target'], level: RuleLevel): { kind: 'category' | 'site'; text: string } {
  if (target.kind === 'category') {
    if (!isCategory(target.category)) throw filteringErrors.ruleInvalid(`unknown category ${JSON.stringify(target.category)}`);
    const category: Category = target.category;
    if (CATEGORY_INFO[category].illegal) throw filteringErrors.illegalCategory(`a rule for ${category}`);
    if (level === 'blocked-illegal') throw filteringErrors.ruleInvalid('only child-abuse and terrorism are illegal categories; use blocked, or mark a site blocked-illegal');
    return { kind: 'category', text: category };
  }
  const site = parseSite(target.site);
  if (site === undefined) throw filteringErrors.ruleInvalid(`${JSON.stringify(target.site)} is not a host or host/path`);
  const text = site.host + (site.path ?? '');
  if (level !== 'blocked' && level !== 'blocked-illegal' && illegalListing(deps.engine.current(), text) !== undefined) {
    throw filteringErrors.illegalCategory(`opening ${text}`);
  }
  return { kind: 'site', text };
}

/** Adds a rule. */
export async function createRule(deps: FilteringDeps, actor: Actor, input: RuleInput, scope: SchoolScope = EVERY_SCHOOL): Promise<RuleView> {
  const reason = checkReason(input.reason, 'a rule change');
  if (!RULE_LEVELS.includes(input.level)) throw filteringErrors.ruleInvalid(`unknown level ${JSON.stringify(input.level)}`);
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  if (input.target.kind === 'site') await deps.engine.ready();
  const target = checkTarget(deps, input.target, input.level);
  const subject =
    input.subject.kind === 'group'
      ? { kind: 'group', id: (await findSchoolGroup(deps.db, schoolId, input.subject.group)).id }
      : { kind: 'person', id: (await findSchoolPerson(deps.db, schoolId, input.subject.person)).id };
  const parts = await checkLevelParts(deps, schoolId, input.level, input.windows, input.nominated);
  const now = new Date(deps.clock.now()).toISOString();
  const id = uuidv7(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('filter_rules')
      .values({
        id,
        school_id: schoolId,
        subject_kind: subject.kind,
        subject_id: subject.id,
        target_kind: target.kind,
        target: target.text,
        level: input.level,
        windows: parts.windows,
        nominated: parts.nominated,
        reason,
        created_at: now,
        created_by: actor.id ?? null,
        updated_at: now,
        updated_by: actor.id ?? null,
      })
      .execute();
    await recordChange(deps, trx, actor, {
      schoolId,
      action: 'filtering.rule.created',
      objectType: 'filter-rule',
      objectId: id,
      reason,
      details: { subject: `${subject.kind}:${subject.id}`, target: `${target.kind}:${target.text}`, level: input.level },
    });
  });
  await applyNow(deps);
  return getRule(deps, id, scope);
}

async function findRule(deps: FilteringDeps, id: string, scope: SchoolScope): Promise<Selectable<FilterRuleTable>> {
  const row = await deps.db.selectFrom('filter_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined || !inScope(scope, row.school_id)) throw filteringErrors.ruleNotFound(id);
  return row;
}

/** One rule. */
export async function getRule(deps: FilteringDeps, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<RuleView> {
  const row = await findRule(deps, id, scope);
  const group = row.subject_kind === 'group' ? await deps.db.selectFrom('groups').select(['id', 'name']).where('id', '=', row.subject_id).executeTakeFirst() : undefined;
  return viewOf(row, new Map(group === undefined ? [] : [[group.id, group.name]]));
}

/** Changes a rule's level, windows or nominations. */
export async function updateRule(deps: FilteringDeps, actor: Actor, id: string, patch: RulePatch, scope: SchoolScope = EVERY_SCHOOL): Promise<RuleView> {
  const reason = checkReason(patch.reason, 'a rule change');
  const row = await findRule(deps, id, scope);
  const current = viewOf(row, new Map());
  const level = patch.level ?? current.level;
  if (!RULE_LEVELS.includes(level)) throw filteringErrors.ruleInvalid(`unknown level ${JSON.stringify(level)}`);
  if (current.target.kind === 'site') await deps.engine.ready();
  checkTarget(deps, current.target, level);
  const levelChanged = level !== current.level;
  const windows = patch.windows ?? (levelChanged ? undefined : current.windows);
  const nominated = patch.nominated ?? (levelChanged ? undefined : current.nominated);
  const parts = await checkLevelParts(deps, row.school_id, level, windows, nominated);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('filter_rules')
      .set({ level, windows: parts.windows, nominated: parts.nominated, reason, updated_at: new Date(deps.clock.now()).toISOString(), updated_by: actor.id ?? null })
      .where('id', '=', id)
      .execute();
    await recordChange(deps, trx, actor, {
      schoolId: row.school_id,
      action: 'filtering.rule.updated',
      objectType: 'filter-rule',
      objectId: id,
      reason,
      details: { from: current.level, level },
    });
  });
  await applyNow(deps);
  return getRule(deps, id, scope);
}

/** Deletes a rule; a template group falls back to its template's line for that category. */
export async function deleteRule(deps: FilteringDeps, actor: Actor, id: string, reasonText: string, scope: SchoolScope = EVERY_SCHOOL): Promise<void> {
  const reason = checkReason(reasonText, 'deleting a rule');
  const row = await findRule(deps, id, scope);
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('filter_rules').where('id', '=', id).execute();
    await recordChange(deps, trx, actor, {
      schoolId: row.school_id,
      action: 'filtering.rule.deleted',
      objectType: 'filter-rule',
      objectId: id,
      reason,
      details: { subject: `${row.subject_kind}:${row.subject_id}`, target: `${row.target_kind}:${row.target}`, level: row.level },
    });
  });
  await applyNow(deps);
}
