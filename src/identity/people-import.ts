import type { Insertable, Kysely, Selectable } from 'kysely';
import { sha256Hex, uuidv7 } from '../platform/crypto.ts';
import type { Db, GroupTable, MembershipTable, PersonTable } from '../platform/db/index.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { EVERY_SCHOOL, resolveSchoolId, type SchoolScope, todayOf } from './directory.ts';
import { GROUP_PRIORITY, type GroupKind, type ImportChangeAction, type PersonKind } from './model.ts';
import { COLUMN_LABELS, type ImportColumn, type ImportIssue, type ImportRow, type ParsedPeopleCsv, parsePeopleCsv } from './people-csv.ts';
import { TEMPLATE_FOR_KIND } from './person-fields.ts';

/**
 * `haven import people` and `POST /api/v1/people/import`: brings a school's MIS export into
 * the directory in one transaction. Rows match people on (school, external id); only changed
 * fields are written; `import` memberships follow the file while manual ones are never
 * touched; nobody is deleted. A dry run computes the very same plan and stops before writing.
 */

/** How an import runs. */
export interface PeopleImportOptions {
  schoolId?: string;
  /** Compute and report the changes without writing anything. */
  dryRun?: boolean;
  /** Import the valid rows even when others are invalid (reported, not imported). */
  skipInvalid?: boolean;
  /** Mark people of the kinds in the file who are missing from it as having left. */
  markLeft?: boolean;
}

export { importChangeActions, type ImportChangeAction } from './model.ts';

/** One change an import makes (ids and group names, never people's names). */
export interface ImportChange {
  action: ImportChangeAction;
  line: number | null;
  externalId: string | null;
  group: string | null;
  fields: string[];
}

/** What an import did, or would do (dry run), or would have done (rejected). */
export interface PeopleImportSummary {
  schoolId: string;
  sha256: string;
  dryRun: boolean;
  /** Invalid rows (without `skipInvalid`) or an unusable file stopped the import. */
  rejected: boolean;
  /** Whether anything was written (a real run that was not rejected). */
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  groupsCreated: number;
  membershipsAdded: number;
  membershipsRemoved: number;
  /** Active people of the kinds in the file whom the file no longer lists. */
  notInFile: number;
  markedLeft: number;
  ignoredColumns: string[];
  errors: ImportIssue[];
  changes: ImportChange[];
}

/** The problem an import answers with when invalid rows stopped it (HTTP 400, CLI exit 2). */
export function importRejectedError(summary: PeopleImportSummary): AppError {
  const what = summary.invalid > 0 ? `${summary.invalid} of ${summary.rows} rows are invalid` : 'the file cannot be read as a people list';
  return new AppError('identity.import_invalid', 'invalid', `${what}: nothing was imported`, {
    issues: summary.errors.map((e) => ({ line: e.line, path: e.field, message: e.message })),
    details: { rows: summary.rows, invalid: summary.invalid },
  });
}

interface ImportState {
  people: Selectable<PersonTable>[];
  groups: Selectable<GroupTable>[];
  memberships: { group_id: string; person_id: string; source: string }[];
}

type PersonChanges = Partial<Pick<PersonTable, 'kind' | 'first_name' | 'last_name' | 'date_of_birth' | 'email' | 'year_group' | 'status'>>;

interface ImportPlan {
  insertPeople: Insertable<PersonTable>[];
  updatePeople: { id: string; set: PersonChanges }[];
  markLeft: string[];
  insertGroups: Insertable<GroupTable>[];
  addMemberships: Insertable<MembershipTable>[];
  removeMemberships: { group_id: string; person_id: string }[];
  issues: ImportIssue[];
  invalid: number;
  unchanged: number;
  notInFile: number;
  changes: ImportChange[];
}

const FIELD_NAMES: Record<keyof PersonChanges, string> = {
  kind: 'kind',
  first_name: 'firstName',
  last_name: 'lastName',
  date_of_birth: 'dateOfBirth',
  email: 'email',
  year_group: 'yearGroup',
  status: 'status',
};

async function loadState(db: Kysely<Db>, schoolId: string): Promise<ImportState> {
  const people = await db.selectFrom('people').selectAll().where('school_id', '=', schoolId).execute();
  const groups = await db.selectFrom('groups').selectAll().where('school_id', '=', schoolId).execute();
  const memberships = await db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .select(['memberships.group_id', 'memberships.person_id', 'memberships.source'])
    .where('groups.school_id', '=', schoolId)
    .execute();
  return { people, groups, memberships };
}

/** Works out every change against the current state; pure apart from the ids it is given. */
function planImport(parsed: ParsedPeopleCsv, state: ImportState, ctx: { schoolId: string; at: string; markLeft: boolean; newId: () => string }): ImportPlan {
  const plan: ImportPlan = { insertPeople: [], updatePeople: [], markLeft: [], insertGroups: [], addMemberships: [], removeMemberships: [], issues: [], invalid: 0, unchanged: 0, notInFile: 0, changes: [] };
  const byExternalId = new Map(state.people.flatMap((p) => (p.external_id ? [[p.external_id, p] as const] : [])));
  const groupByName = new Map(state.groups.map((g) => [g.name.toLowerCase(), { id: g.id, name: g.name, kind: g.kind }]));
  const groupById = new Map([...groupByName.values()].map((g) => [g.id, g]));
  const templateGroup = new Map(state.groups.flatMap((g) => (g.template ? [[g.template, g.id] as const] : [])));
  const membershipsOf = new Map<string, Map<string, string>>();
  for (const m of state.memberships) {
    const of = membershipsOf.get(m.person_id) ?? new Map<string, string>();
    of.set(m.group_id, m.source);
    membershipsOf.set(m.person_id, of);
  }
  const has = (c: ImportColumn): boolean => parsed.columns.has(c);
  const fieldName = (c: ImportColumn): string => parsed.headers[c] ?? COLUMN_LABELS[c];
  const managed = (kind: string): boolean => kind === 'template' || (kind === 'year-group' && has('yearGroup')) || (kind === 'class' && has('classes'));
  const kindsInFile = new Set<string>();

  for (const row of parsed.rows) {
    const wanted: { kind: GroupKind; name: string; column: ImportColumn }[] = [];
    if (has('yearGroup') && row.yearGroup) wanted.push({ kind: 'year-group', name: row.yearGroup, column: 'yearGroup' });
    if (has('classes')) for (const name of row.classes) wanted.push({ kind: 'class', name, column: 'classes' });
    const clashes = wanted.filter((w) => {
      const g = groupByName.get(w.name.toLowerCase());
      return g !== undefined && g.kind !== w.kind;
    });
    if (clashes.length > 0) {
      plan.invalid += 1;
      for (const w of clashes) {
        const g = groupByName.get(w.name.toLowerCase());
        plan.issues.push({ line: row.line, field: fieldName(w.column), message: `${JSON.stringify(g?.name ?? w.name)} is already a ${g?.kind ?? ''} group, not a ${w.kind}: rename one of them` });
      }
      continue;
    }
    const existing = byExternalId.get(row.externalId);
    const kind: PersonKind = row.kind ?? (existing?.kind as PersonKind | undefined) ?? 'learner';
    kindsInFile.add(kind);
    const personId = existing?.id ?? ctx.newId();
    const target: PersonChanges = { kind, first_name: row.firstName, last_name: row.lastName, status: 'active' };
    if (has('dateOfBirth')) target.date_of_birth = row.dateOfBirth;
    if (has('email')) target.email = row.email;
    if (has('yearGroup')) target.year_group = row.yearGroup;
    if (!existing) {
      plan.insertPeople.push({ id: personId, school_id: ctx.schoolId, external_id: row.externalId, kind, first_name: row.firstName, last_name: row.lastName, date_of_birth: row.dateOfBirth, email: row.email, year_group: row.yearGroup, status: 'active', created_at: ctx.at, updated_at: ctx.at });
      plan.changes.push({ action: 'create-person', line: row.line, externalId: row.externalId, group: null, fields: [] });
    } else {
      const set = diffPerson(existing, target);
      const fields = Object.keys(set) as (keyof PersonChanges)[];
      if (fields.length === 0) plan.unchanged += 1;
      else {
        plan.updatePeople.push({ id: existing.id, set });
        plan.changes.push({ action: 'update-person', line: row.line, externalId: row.externalId, group: null, fields: fields.map((f) => FIELD_NAMES[f]).sort() });
      }
    }

    const desired = new Set<string>();
    const template = TEMPLATE_FOR_KIND[kind];
    const templateId = template ? templateGroup.get(template) : undefined;
    if (templateId) desired.add(templateId);
    for (const w of wanted) {
      let g = groupByName.get(w.name.toLowerCase());
      if (!g) {
        g = { id: ctx.newId(), name: w.name, kind: w.kind };
        groupByName.set(w.name.toLowerCase(), g);
        groupById.set(g.id, g);
        plan.insertGroups.push({ id: g.id, school_id: ctx.schoolId, name: w.name, kind: w.kind, priority: GROUP_PRIORITY[w.kind], template: null, created_at: ctx.at });
        plan.changes.push({ action: 'create-group', line: row.line, externalId: null, group: w.name, fields: [] });
      }
      desired.add(g.id);
    }
    const current = membershipsOf.get(personId) ?? new Map<string, string>();
    for (const groupId of desired) {
      if (current.has(groupId)) continue;
      plan.addMemberships.push({ group_id: groupId, person_id: personId, source: 'import', created_at: ctx.at });
      plan.changes.push({ action: 'add-member', line: row.line, externalId: row.externalId, group: groupById.get(groupId)?.name ?? null, fields: [] });
    }
    for (const [groupId, source] of current) {
      const g = groupById.get(groupId);
      if (source !== 'import' || desired.has(groupId) || !g || !managed(g.kind)) continue;
      plan.removeMemberships.push({ group_id: groupId, person_id: personId });
      plan.changes.push({ action: 'remove-member', line: row.line, externalId: row.externalId, group: g.name, fields: [] });
    }
  }

  // Only kinds the file lists can be missing from it: a pupils-only file says nothing about staff.
  for (const p of state.people) {
    if (!p.external_id || p.status !== 'active' || parsed.ids.has(p.external_id) || !kindsInFile.has(p.kind)) continue;
    plan.notInFile += 1;
    if (!ctx.markLeft) continue;
    plan.markLeft.push(p.id);
    plan.changes.push({ action: 'mark-left', line: null, externalId: p.external_id, group: null, fields: ['status'] });
  }
  return plan;
}

function diffPerson(row: Selectable<PersonTable>, target: PersonChanges): PersonChanges {
  const out: PersonChanges = {};
  for (const key of Object.keys(target) as (keyof PersonChanges)[]) copyIfChanged(out, target, row, key);
  return out;
}

function copyIfChanged<K extends keyof PersonChanges>(to: PersonChanges, from: PersonChanges, row: Selectable<PersonTable>, key: K): void {
  const value = from[key];
  if (value !== undefined && value !== row[key]) to[key] = value;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes a plan in batches: identical updates (a year group moving up) share one statement. */
async function applyPlan(trx: Kysely<Db>, plan: ImportPlan, at: string): Promise<void> {
  for (const batch of chunks(plan.insertGroups, 200)) await trx.insertInto('groups').values(batch).execute();
  for (const batch of chunks(plan.insertPeople, 500)) await trx.insertInto('people').values(batch).execute();
  const sameChange = new Map<string, { set: PersonChanges; ids: string[] }>();
  for (const u of plan.updatePeople) {
    const key = JSON.stringify(Object.entries(u.set).sort(([a], [b]) => a.localeCompare(b)));
    const entry = sameChange.get(key) ?? { set: u.set, ids: [] };
    entry.ids.push(u.id);
    sameChange.set(key, entry);
  }
  for (const { set, ids } of sameChange.values()) {
    for (const batch of chunks(ids, 500)) await trx.updateTable('people').set({ ...set, updated_at: at }).where('id', 'in', batch).execute();
  }
  for (const batch of chunks(plan.markLeft, 500)) await trx.updateTable('people').set({ status: 'left', updated_at: at }).where('id', 'in', batch).execute();
  for (const batch of chunks(plan.addMemberships, 1000)) await trx.insertInto('memberships').values(batch).execute();
  const removals = new Map<string, string[]>();
  for (const r of plan.removeMemberships) removals.set(r.group_id, [...(removals.get(r.group_id) ?? []), r.person_id]);
  for (const [groupId, people] of removals) {
    for (const batch of chunks(people, 500)) await trx.deleteFrom('memberships').where('group_id', '=', groupId).where('person_id', 'in', batch).execute();
  }
}

function summarise(parsed: ParsedPeopleCsv, plan: ImportPlan, base: { schoolId: string; sha256: string; dryRun: boolean; skipInvalid: boolean }): PeopleImportSummary {
  const invalid = parsed.invalidRecords + plan.invalid;
  const errors = [...parsed.issues, ...plan.issues].sort((a, b) => a.line - b.line);
  const rejected = parsed.fatal || (invalid > 0 && !base.skipInvalid);
  return {
    schoolId: base.schoolId,
    sha256: base.sha256,
    dryRun: base.dryRun,
    rejected,
    written: !rejected && !base.dryRun,
    rows: parsed.records,
    created: plan.insertPeople.length,
    updated: plan.updatePeople.length,
    unchanged: plan.unchanged,
    invalid,
    groupsCreated: plan.insertGroups.length,
    membershipsAdded: plan.addMemberships.length,
    membershipsRemoved: plan.removeMemberships.length,
    notInFile: plan.notInFile,
    markedLeft: plan.markLeft.length,
    ignoredColumns: parsed.ignoredColumns,
    errors,
    changes: plan.changes,
  };
}

/**
 * Imports a people CSV into a school. Returns the summary in every case: when rows are invalid
 * (and `skipInvalid` is off) nothing is written and `rejected` is set — callers answer that with
 * {@link importRejectedError}. One audit entry records the counts and the file's SHA-256.
 */
export async function importPeople(
  deps: IdentityDeps,
  actor: Actor,
  file: Buffer | string,
  options: PeopleImportOptions = {},
  scope: SchoolScope = EVERY_SCHOOL,
): Promise<PeopleImportSummary> {
  const schoolId = await resolveSchoolId(deps.db, options.schoolId, scope);
  const parsed = parsePeopleCsv(file, todayOf(deps));
  const now = deps.clock.now();
  const at = new Date(now).toISOString();
  const base = { schoolId, sha256: sha256Hex(file), dryRun: options.dryRun === true, skipInvalid: options.skipInvalid === true };
  const run = async (db: Kysely<Db>): Promise<PeopleImportSummary> => {
    const state = parsed.fatal ? { people: [], groups: [], memberships: [] } : await loadState(db, schoolId);
    const plan = planImport(parsed, state, { schoolId, at, markLeft: options.markLeft === true, newId: () => uuidv7(now) });
    const summary = summarise(parsed, plan, base);
    if (!summary.written) return summary;
    await applyPlan(db, plan, at);
    await deps.audit.append(
      {
        actor,
        ip: actor.ip ?? null,
        action: 'identity.people.imported',
        subject: { type: 'school', id: schoolId },
        schoolId,
        details: {
          sha256: summary.sha256,
          rows: summary.rows,
          created: summary.created,
          updated: summary.updated,
          unchanged: summary.unchanged,
          invalid: summary.invalid,
          groupsCreated: summary.groupsCreated,
          membershipsAdded: summary.membershipsAdded,
          membershipsRemoved: summary.membershipsRemoved,
          notInFile: summary.notInFile,
          markedLeft: summary.markedLeft,
          skipInvalid: base.skipInvalid,
          markLeft: options.markLeft === true,
        },
      },
      db,
    );
    return summary;
  };
  // A dry run only reads; a real run reads and writes in one transaction, so it is all or nothing.
  if (base.dryRun || parsed.fatal) return run(deps.db);
  try {
    return await deps.db.transaction().execute(run);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    throw new AppError('identity.import_conflict', 'conflict', 'the directory changed while the import ran (another import at the same time?): run it again', { cause: err });
  }
}

/** Whether a database error is a unique-key clash (PostgreSQL 23505, SQLite's constraint codes). */
function isUniqueViolation(err: unknown): boolean {
  const code = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export type { ImportIssue, ImportRow };
