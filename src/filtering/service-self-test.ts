/**
 * The filter self-test (F11): for each group of a school, works out from the policy itself (the
 * group's rules, its template, approvals, the defaults) which categories should be blocked now,
 * then asks the live engine about each category's canary name (`pornography.canary.haven.test`,
 * in every snapshot) and compares. It also checks safe search on template groups, reports per
 * blocked category how many entries its lists supply and how old the newest version is, and
 * flags a category the policy blocks with nothing to block it with. The result is stored with
 * who ran it; it fails when a blocked category is open, or a required one is open to learners.
 */
import { toSchoolTime } from '../platform/clock.ts';
import { uuidv7 } from '../platform/crypto.ts';
import { EVERY_SCHOOL, findSchoolGroup, inScope, recordChange, resolveSchool, type SchoolScope } from './changes.ts';
import { canaryHost } from './core/list-index.ts';
import { compileTimeWindow, isWithinWindows, type CompiledWindow } from './core/time-window.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { CATEGORIES, CATEGORY_INFO, GROUP_TEMPLATES, GROUP_TEMPLATE_IDS, REQUIRED_CATEGORIES, RULE_LEVELS, type Category, type RuleLevel, type SafeSearchLevel, type TimeWindow } from './model.ts';

/** Group kinds whose members are learners: a required category open to one of them fails the test. */
const LEARNER_KINDS = ['class', 'year-group', 'key-stage'];

/** One category for one group. */
export interface SelfTestCategory {
  category: Category;
  expected: 'allow' | 'block';
  actual: 'allow' | 'block';
  ok: boolean;
  required: boolean;
  /** Where the expectation came from: `rule:<id>`, `template:<id>`, `approval:<id>`, `default` or `illegal`. */
  source: string;
}

/** One group's results. */
export interface SelfTestGroup {
  groupId: string;
  groupName: string;
  learners: boolean;
  safeSearch: SafeSearchLevel | null;
  safeSearchOk: boolean;
  categories: SelfTestCategory[];
}

/** Per category: what the lists supply for it. */
export interface SelfTestCoverage {
  category: Category;
  /** Groups whose policy blocks it. */
  blockedFor: number;
  entries: number;
  lists: number;
  newestVersionAt: string | null;
  ageDays: number | null;
  /** Blocked for someone, but no list supplies a single entry. */
  empty: boolean;
}

/** A stored self-test run. */
export interface SelfTestResult {
  id: string;
  schoolId: string;
  ranAt: string;
  ranBy: { type: string; id: string | null };
  passed: boolean;
  revision: number;
  groups: SelfTestGroup[];
  coverage: SelfTestCoverage[];
  /** One sentence per failure or warning. */
  problems: string[];
}

interface Expectation {
  readonly expected: 'allow' | 'block';
  readonly source: string;
}

/** The level a group's own rules give a category now: alternatives, so any allowing rule allows. */
function levelFromRules(rules: readonly { id: string; level: RuleLevel; windows: readonly CompiledWindow[]; nominatedGroups: readonly string[] }[], groupId: string, at: { weekday: number; minuteOfDay: number }): Expectation | undefined {
  if (rules.length === 0) return undefined;
  for (const r of rules) {
    const allows =
      r.level === 'allowed' ||
      (r.level === 'allowed-at-certain-times' && isWithinWindows(r.windows, at)) ||
      (r.level === 'allowed-for-nominated-users' && r.nominatedGroups.includes(groupId));
    if (allows) return { expected: 'allow', source: `rule:${r.id}` };
  }
  return { expected: 'block', source: `rule:${rules[0]?.id ?? ''}` };
}

/** Runs the self-test for a school's groups (or one group) and stores the result. */
export async function runSelfTest(deps: FilteringDeps, actor: Actor, input: { schoolId?: string; group?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<SelfTestResult> {
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  await deps.engine.ready();
  await deps.engine.refresh();
  const nowMs = deps.clock.now();
  const school = toSchoolTime(nowMs);
  const at = { weekday: school.weekday, minuteOfDay: school.minuteOfDay };
  const only = input.group === undefined ? undefined : await findSchoolGroup(deps.db, schoolId, input.group);
  const groups = (await deps.db.selectFrom('groups').select(['id', 'name', 'kind', 'template']).where('school_id', '=', schoolId).orderBy('priority', 'desc').orderBy('name').execute()).filter(
    (g) => only === undefined || g.id === only.id,
  );
  const ruleRows = await deps.db.selectFrom('filter_rules').selectAll().where('school_id', '=', schoolId).where('subject_kind', '=', 'group').where('target_kind', '=', 'category').execute();
  const approvals = await deps.db
    .selectFrom('filter_requests')
    .select(['id', 'subject_id', 'target'])
    .where('school_id', '=', schoolId)
    .where('status', '=', 'approved')
    .where('subject_kind', '=', 'group')
    .where('target_kind', '=', 'category')
    .where('starts_at', '<=', new Date(nowMs).toISOString())
    .where('ends_at', '>', new Date(nowMs).toISOString())
    .execute();

  const groupResults: SelfTestGroup[] = [];
  const problems: string[] = [];
  const blockedFor = new Map<Category, number>();
  for (const g of groups) {
    const template = GROUP_TEMPLATE_IDS.find((t) => t === g.template);
    const learners = template === 'learners' || LEARNER_KINDS.includes(g.kind);
    const client = { schoolId, groups: [g.id], source: 'default' as const };
    const categories: SelfTestCategory[] = [];
    for (const category of CATEGORIES) {
      const approval = approvals.find((a) => a.subject_id === g.id && a.target === category);
      const rules = ruleRows
        .filter((r) => r.subject_id === g.id && r.target === category)
        .map((r) => ({
          id: r.id,
          level: RULE_LEVELS.find((l) => l === r.level) ?? 'blocked',
          windows: parseWindows(r.windows),
          nominatedGroups: parseNominatedGroups(r.nominated),
        }));
      const templateLevel = template === undefined ? undefined : GROUP_TEMPLATES[template].levels[category];
      const expectation: Expectation = CATEGORY_INFO[category].illegal
        ? { expected: 'block', source: 'illegal' }
        : approval !== undefined
          ? { expected: 'allow', source: `approval:${approval.id}` }
          : (levelFromRules(rules, g.id, at) ??
            (templateLevel !== undefined
              ? { expected: templateLevel === 'allowed' ? 'allow' : 'block', source: `template:${template ?? ''}` }
              : { expected: CATEGORY_INFO[category].harmful ? 'block' : 'allow', source: 'default' }));
      const decision = deps.engine.decideFor(client, canaryHost(category), nowMs);
      const required = REQUIRED_CATEGORIES.includes(category);
      const ok = expectation.expected === 'allow' || decision.verdict === 'block';
      if (!ok) problems.push(`${category} should be blocked for ${g.name} (${expectation.source}) but the filter allows it`);
      if (learners && required && decision.verdict === 'allow') problems.push(`${category} is open for ${g.name}, a learners group (${decision.reason})`);
      if (expectation.expected === 'block') blockedFor.set(category, (blockedFor.get(category) ?? 0) + 1);
      categories.push({ category, expected: expectation.expected, actual: decision.verdict, ok: ok && !(learners && required && decision.verdict === 'allow'), required, source: expectation.source });
    }
    const safeSearch = deps.engine.decideFor(client, 'www.google.com', nowMs).safeSearch ?? null;
    const wanted = template === undefined ? undefined : GROUP_TEMPLATES[template].safeSearch;
    const safeSearchOk = template === undefined || (safeSearch !== null && (!learners || safeSearch === 'strict'));
    if (!safeSearchOk) problems.push(`safe search for ${g.name} is ${safeSearch ?? 'not set'}; the ${template ?? ''} template sets ${wanted ?? 'it'}`);
    groupResults.push({ groupId: g.id, groupName: g.name, learners, safeSearch, safeSearchOk, categories });
  }

  const coverage = await listCoverage(deps, blockedFor, nowMs);
  for (const c of coverage) if (c.empty) problems.push(`${c.category} is blocked for ${c.blockedFor} group(s) but no list supplies any entries: subscribe to or import a list for it`);
  // A warning, not a failure: removing access with no learning sites blocks everything, which is allowed but rarely meant.
  const snapshot = deps.engine.current();
  if (!snapshot.learningSites.has(schoolId)) {
    let restricted = 0;
    for (const rs of snapshot.restrictions.values()) if (rs.some((r) => r.schoolId === schoolId && r.startsAt <= nowMs && nowMs < r.endsAt)) restricted++;
    if (restricted > 0) problems.push(`${restricted} person(s) have network access removed but the school lists no learning sites, so everything is blocked for them: add learning sites (haven learning-sites add)`);
  }
  const passed = groupResults.every((g) => g.categories.every((c) => c.ok) && g.safeSearchOk);
  const id = uuidv7(nowMs);
  const result: SelfTestResult = {
    id,
    schoolId,
    ranAt: new Date(nowMs).toISOString(),
    ranBy: { type: actor.type, id: actor.id ?? null },
    passed,
    revision: deps.engine.current().revisionNumber,
    groups: groupResults,
    coverage,
    problems,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('filter_self_tests')
      .values({ id, school_id: schoolId, ran_at: result.ranAt, ran_by_type: actor.type, ran_by: actor.id ?? null, passed: passed ? 1 : 0, revision: result.revision, results: JSON.stringify({ groups: groupResults, coverage, problems }) })
      .execute();
    const failures = groupResults.reduce((n, g) => n + g.categories.filter((c) => !c.ok).length + (g.safeSearchOk ? 0 : 1), 0);
    await recordChange(deps, trx, actor, { schoolId, action: 'filtering.self_test.ran', objectType: 'filter-self-test', objectId: id, reason: null, details: { passed, failures, groups: groupResults.length } });
  });
  return result;
}

function parseWindows(text: string | null): CompiledWindow[] {
  try {
    const raw = text === null ? [] : (JSON.parse(text) as TimeWindow[]);
    return raw.flatMap((w) => {
      const c = compileTimeWindow(w);
      return typeof c === 'string' ? [] : [c];
    });
  } catch {
    return [];
  }
}

function parseNominatedGroups(text: string | null): string[] {
  try {
    return text === null ? [] : ((JSON.parse(text) as { groups?: string[] }).groups ?? []);
  } catch {
    return [];
  }
}

/** Entries and newest version per category, from the snapshot in use and the versions table. */
async function listCoverage(deps: FilteringDeps, blockedFor: ReadonlyMap<Category, number>, nowMs: number): Promise<SelfTestCoverage[]> {
  const snapshot = deps.engine.current();
  const versions = await deps.db
    .selectFrom('filter_lists')
    .innerJoin('filter_list_versions', 'filter_list_versions.id', 'filter_lists.current_version_id')
    .select(['filter_lists.id', 'filter_list_versions.created_at'])
    .where('filter_lists.enabled', '=', 1)
    .execute();
  const createdAt = new Map(versions.map((v) => [v.id, v.created_at]));
  return CATEGORIES.map((category) => {
    const lists = snapshot.lists.lists.filter((l) => !l.canary && l.category === category);
    const entries = lists.reduce((n, l) => n + l.domains + l.urls, 0);
    const newest = lists.map((l) => createdAt.get(l.id)).filter((t): t is string => t !== undefined).sort().at(-1) ?? null;
    const blocked = blockedFor.get(category) ?? 0;
    return {
      category,
      blockedFor: blocked,
      entries,
      lists: lists.length,
      newestVersionAt: newest,
      ageDays: newest === null ? null : Math.floor((nowMs - Date.parse(newest)) / 86_400_000),
      empty: blocked > 0 && entries === 0,
    };
  });
}

/** Stored self-test runs of a school, newest first. */
export async function listSelfTests(deps: FilteringDeps, query: { schoolId?: string; limit?: number } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<SelfTestResult[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const rows = await deps.db.selectFrom('filter_self_tests').selectAll().where('school_id', '=', schoolId).orderBy('ran_at', 'desc').limit(Math.min(Math.max(query.limit ?? 20, 1), 200)).execute();
  return rows.flatMap((r) => {
    if (!inScope(scope, r.school_id)) return [];
    let body: { groups?: SelfTestGroup[]; coverage?: SelfTestCoverage[]; problems?: string[] } = {};
    try {
      body = JSON.parse(r.results) as typeof body;
    } catch {
      body = {};
    }
    return [
      {
        id: r.id,
        schoolId: r.school_id,
        ranAt: r.ran_at,
        ranBy: { type: r.ran_by_type, id: r.ran_by },
        passed: r.passed === 1,
        revision: Number(r.revision),
        groups: body.groups ?? [],
        coverage: body.coverage ?? [],
        problems: body.problems ?? [],
      },
    ];
  });
}

