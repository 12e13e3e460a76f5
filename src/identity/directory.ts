import { type Kysely, type Selectable, sql } from 'kysely';
import { toSchoolTime } from '../platform/clock.ts';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db, PersonTable, SchoolTable } from '../platform/db/index.ts';
import { AppError, type FieldIssue } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import type { Person, PersonKind } from './model.ts';
import { checkDateOfBirth, checkEmail, checkExternalId, checkName, checkYearGroup, type FieldCheck, TEMPLATE_FOR_KIND } from './person-fields.ts';
import { insertSchool } from './setup.ts';
import { defaultSchool, personFromRow } from './store.ts';

/**
 * The school directory: schools and the people they record (groups and memberships sit beside
 * it). Every change is audited in the transaction that makes it, with ids, codes and counts
 * only — never names.
 */

/** A school as the API shows it. */
export interface School {
  id: string;
  organisationId: string;
  name: string;
  urn: string | null;
  createdAt: string;
}

/** The schools a caller may act in (a principal's `schoolIds`); `*` means every school of the organisation. */
export type SchoolScope = readonly string[];

/** The scope of the server's own command line and of organisation-wide accounts. */
export const EVERY_SCHOOL: SchoolScope = ['*'];

/** The directory's own error codes (identity's shared ones are in {@link identityErrors}). */
export const directoryErrors = {
  invalid: (what: string, issues: FieldIssue[]) =>
    new AppError(`identity.${what}_invalid`, 'invalid', `the ${what} is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, { issues }),
  personExists: (externalId: string) =>
    new AppError('identity.person_exists', 'conflict', `a person with id ${JSON.stringify(externalId)} already exists in this school`),
  schoolExists: (name: string) => new AppError('identity.school_exists', 'conflict', `a school named ${JSON.stringify(name)} already exists`),
  schoolScope: () => new AppError('identity.school_scope', 'forbidden', 'adding a school needs an account for every school of the organisation'),
  groupExists: (name: string) => new AppError('identity.group_exists', 'conflict', `a group named ${JSON.stringify(name)} already exists in this school`),
  groupTemplateProtected: (name: string) =>
    new AppError('identity.group_template_protected', 'conflict', `${JSON.stringify(name)} is one of the school's template groups: it cannot be renamed or deleted`),
  groupKindInvalid: () => new AppError('identity.group_kind_invalid', 'invalid', 'template groups come with the school: choose another kind'),
  membershipSchool: () => new AppError('identity.membership_school_mismatch', 'invalid', 'the person and the group belong to different schools'),
};

/** Whether a scope lets its holder act in a school. */
export function inScope(scope: SchoolScope, schoolId: string): boolean {
  return scope.includes('*') || scope.includes(schoolId);
}

/** The school a request acts in: the one named (if visible), else the default school, else the first of the scope. */
export async function resolveSchoolId(db: Kysely<Db>, schoolId: string | undefined, scope: SchoolScope): Promise<string> {
  if (schoolId !== undefined) {
    const row = await db.selectFrom('schools').select('id').where('id', '=', schoolId).executeTakeFirst();
    if (!row || !inScope(scope, row.id)) throw identityErrors.schoolNotFound(schoolId);
    return row.id;
  }
  if (scope.includes('*')) {
    const first = await defaultSchool(db);
    if (!first) throw identityErrors.noSchool();
    return first.id;
  }
  const first = scope[0];
  if (first === undefined) throw identityErrors.noSchool();
  return first;
}

/** Today's date in the UK, the bound for dates of birth. */
export function todayOf(deps: Pick<IdentityDeps, 'clock'>): string {
  return toSchoolTime(deps.clock.now()).date;
}

function schoolFromRow(r: Selectable<SchoolTable>): School {
  return { id: r.id, organisationId: r.organisation_id, name: r.name, urn: r.urn, createdAt: r.created_at };
}

/** The schools in scope, oldest first. */
export async function listSchools(deps: IdentityDeps, scope: SchoolScope = EVERY_SCHOOL): Promise<School[]> {
  const rows = await deps.db.selectFrom('schools').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.filter((r) => inScope(scope, r.id)).map(schoolFromRow);
}

/** One school, if it is in scope. */
export async function getSchool(deps: IdentityDeps, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<School> {
  const row = await deps.db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !inScope(scope, row.id)) throw identityErrors.schoolNotFound(id);
  return schoolFromRow(row);
}

/** Adds a school to the organisation (a trust runs several), with its three template groups. */
export async function createSchool(deps: IdentityDeps, actor: Actor, input: { name: string; urn?: string | null }, scope: SchoolScope = EVERY_SCHOOL): Promise<School> {
  if (!scope.includes('*')) throw directoryErrors.schoolScope();
  const issues: FieldIssue[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) issues.push({ path: 'name', message: 'must be 1 to 200 characters' });
  const urn = input.urn?.trim() || null;
  if (urn !== null && !/^\d{6,7}$/.test(urn)) issues.push({ path: 'urn', message: 'must be the 6 or 7 digits of the URN' });
  if (issues.length > 0) throw directoryErrors.invalid('school', issues);
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const org = await trx.selectFrom('organisations').select('id').orderBy('created_at').executeTakeFirst();
    if (!org) throw identityErrors.noSchool();
    const clash = await trx.selectFrom('schools').select('id').where('organisation_id', '=', org.id).where(sql<string>`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
    if (clash) throw directoryErrors.schoolExists(name);
    const schoolId = await insertSchool(trx, { organisationId: org.id, name, urn, nowMs: now });
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.school.created', subject: { type: 'school', id: schoolId }, schoolId, details: { organisation: org.id } },
      trx,
    );
    return schoolId;
  });
  return getSchool(deps, id);
}

/** Filters for {@link listPeople}; `search` matches names or the external id. */
export interface PeopleQuery {
  schoolId?: string;
  kind?: PersonKind;
  groupId?: string;
  status?: 'active' | 'left';
  search?: string;
  limit?: number;
  offset?: number;
}

/** People in scope, by last then first name, a page at a time with the total that match. */
export async function listPeople(deps: IdentityDeps, query: PeopleQuery = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<{ people: Person[]; total: number }> {
  let q = deps.db.selectFrom('people');
  if (!scope.includes('*')) q = q.where('people.school_id', 'in', scope.length > 0 ? [...scope] : ['-']);
  if (query.schoolId !== undefined) q = q.where('people.school_id', '=', query.schoolId);
  if (query.kind !== undefined) q = q.where('people.kind', '=', query.kind);
  if (query.status !== undefined) q = q.where('people.status', '=', query.status);
  if (query.groupId !== undefined) {
    const groupId = query.groupId;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('memberships').select('memberships.person_id').whereRef('memberships.person_id', '=', 'people.id').where('memberships.group_id', '=', groupId)),
    );
  }
  const search = query.search?.trim().toLowerCase();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(({ or, eb }) =>
      or([
        eb(sql<string>`lower(people.first_name || ' ' || people.last_name)`, 'like', sql<string>`${pattern} escape '\\'`),
        eb(sql<string>`lower(people.last_name || ' ' || people.first_name)`, 'like', sql<string>`${pattern} escape '\\'`),
        eb(sql<string>`lower(people.external_id)`, '=', search),
      ]),
    );
  }
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), 1000);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const total = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  const rows = await q.selectAll('people').orderBy('people.last_name').orderBy('people.first_name').orderBy('people.id').limit(limit).offset(offset).execute();
  return { people: rows.map(personFromRow), total: Number(total?.n ?? 0) };
}

async function findPerson(db: Kysely<Db>, id: string, scope: SchoolScope): Promise<Selectable<PersonTable>> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !inScope(scope, row.school_id)) throw identityErrors.personNotFound(id);
  return row;
}

/** One person, if their school is in scope. */
export async function getPerson(deps: IdentityDeps, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<Person> {
  return personFromRow(await findPerson(deps.db, id, scope));
}

/** A new person; the school defaults as in {@link resolveSchoolId}. */
export interface PersonInput {
  schoolId?: string;
  externalId?: string | null;
  kind: PersonKind;
  firstName: string;
  lastName: string;
  dateOfBirth?: string | null;
  email?: string | null;
  yearGroup?: string | null;
}

/** Changes to a person; a field left out stays as it is, `null` clears it. */
export type PersonPatch = Partial<Omit<PersonInput, 'schoolId'>> & { status?: 'active' | 'left' };

type PersonColumns = Partial<Pick<PersonTable, 'external_id' | 'kind' | 'first_name' | 'last_name' | 'date_of_birth' | 'email' | 'year_group' | 'status'>>;

/** Checks a patch field by field, collecting every problem before refusing. */
function checkPersonPatch(patch: PersonPatch, today: string): PersonColumns {
  const issues: FieldIssue[] = [];
  const out: PersonColumns = {};
  const take = <T>(path: string, result: FieldCheck<T>): T | undefined => {
    if (result.ok) return result.value;
    issues.push({ path, message: result.message });
    return undefined;
  };
  const nullable = (path: string, value: string | null | undefined, check: (v: string) => FieldCheck<string>): string | null | undefined =>
    value === undefined ? undefined : value === null || value.trim() === '' ? null : take(path, check(value));
  if (patch.firstName !== undefined) out.first_name = take('firstName', checkName(patch.firstName));
  if (patch.lastName !== undefined) out.last_name = take('lastName', checkName(patch.lastName));
  if (patch.kind !== undefined) out.kind = patch.kind;
  if (patch.status !== undefined) out.status = patch.status;
  if (patch.externalId !== undefined) out.external_id = nullable('externalId', patch.externalId, checkExternalId);
  if (patch.dateOfBirth !== undefined) out.date_of_birth = nullable('dateOfBirth', patch.dateOfBirth, (v) => checkDateOfBirth(v, today));
  if (patch.email !== undefined) out.email = nullable('email', patch.email, checkEmail);
  if (patch.yearGroup !== undefined) out.year_group = nullable('yearGroup', patch.yearGroup, checkYearGroup);
  if (issues.length > 0) throw directoryErrors.invalid('person', issues);
  for (const key of Object.keys(out) as (keyof PersonColumns)[]) if (out[key] === undefined) delete out[key];
  return out;
}

function copyIfChanged<K extends keyof PersonColumns>(to: PersonColumns, from: PersonColumns, row: Selectable<PersonTable>, key: K): void {
  const value = from[key];
  if (value !== undefined && value !== row[key]) to[key] = value;
}

async function assertExternalIdFree(trx: Kysely<Db>, schoolId: string, externalId: string | null | undefined, exceptId?: string): Promise<void> {
  if (!externalId) return;
  let q = trx.selectFrom('people').select('id').where('school_id', '=', schoolId).where('external_id', '=', externalId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw directoryErrors.personExists(externalId);
}

/** Puts a person in (or takes them out of) the template group of their kind. */
async function syncKindTemplate(trx: Kysely<Db>, person: { id: string; schoolId: string }, from: PersonKind | null, to: PersonKind, at: string): Promise<void> {
  const old = from ? TEMPLATE_FOR_KIND[from] : undefined;
  const next = TEMPLATE_FOR_KIND[to];
  if (old === next) return;
  const templates = await trx.selectFrom('groups').select(['id', 'template']).where('school_id', '=', person.schoolId).where('template', 'is not', null).execute();
  const oldGroup = templates.find((g) => g.template === old);
  const newGroup = templates.find((g) => g.template === next);
  if (old && oldGroup) await trx.deleteFrom('memberships').where('group_id', '=', oldGroup.id).where('person_id', '=', person.id).execute();
  if (next && newGroup) {
    const has = await trx.selectFrom('memberships').select('person_id').where('group_id', '=', newGroup.id).where('person_id', '=', person.id).executeTakeFirst();
    if (!has) await trx.insertInto('memberships').values({ group_id: newGroup.id, person_id: person.id, source: 'manual', created_at: at }).execute();
  }
}

/** Records a person by hand and puts them in their kind's template group (learners, staff or guests). */
export async function createPerson(deps: IdentityDeps, actor: Actor, input: PersonInput, scope: SchoolScope = EVERY_SCHOOL): Promise<Person> {
  const { status: _status, ...fields } = checkPersonPatch({ ...input, status: 'active' }, todayOf(deps));
  const schoolId = await resolveSchoolId(deps.db, input.schoolId, scope);
  const now = deps.clock.now();
  const at = new Date(now).toISOString();
  const id = uuidv7(now);
  await deps.db.transaction().execute(async (trx) => {
    await assertExternalIdFree(trx, schoolId, fields.external_id);
    await trx
      .insertInto('people')
      .values({
        id,
        school_id: schoolId,
        external_id: fields.external_id ?? null,
        kind: input.kind,
        first_name: fields.first_name ?? '',
        last_name: fields.last_name ?? '',
        date_of_birth: fields.date_of_birth ?? null,
        email: fields.email ?? null,
        year_group: fields.year_group ?? null,
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await syncKindTemplate(trx, { id, schoolId }, null, input.kind, at);
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.person.created', subject: { type: 'person', id }, schoolId, details: { school: schoolId, kind: input.kind } },
      trx,
    );
  });
  return getPerson(deps, id);
}

/**
 * Changes a person's fields (only those that differ are written and audited, by name of field);
 * a change of kind moves them to the new kind's template group.
 */
export async function updatePerson(deps: IdentityDeps, actor: Actor, id: string, patch: PersonPatch, scope: SchoolScope = EVERY_SCHOOL): Promise<Person> {
  const wanted = checkPersonPatch(patch, todayOf(deps));
  const at = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findPerson(trx, id, scope);
    const changes: PersonColumns = {};
    for (const key of Object.keys(wanted) as (keyof PersonColumns)[]) copyIfChanged(changes, wanted, row, key);
    const fields = Object.keys(changes);
    if (fields.length === 0) return;
    await assertExternalIdFree(trx, row.school_id, changes.external_id, row.id);
    await trx.updateTable('people').set({ ...changes, updated_at: at }).where('id', '=', row.id).execute();
    if (changes.kind) await syncKindTemplate(trx, { id: row.id, schoolId: row.school_id }, row.kind as PersonKind, changes.kind as PersonKind, at);
    const action = fields.length === 1 && changes.status === 'left' ? 'identity.person.left' : 'identity.person.updated';
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action, subject: { type: 'person', id: row.id }, schoolId: row.school_id, details: { fields: fields.sort() } },
      trx,
    );
  });
  return getPerson(deps, id);
}

/** Marks a person as having left the school; their record and memberships stay for the history. */
export async function markPersonLeft(deps: IdentityDeps, actor: Actor, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<Person> {
  return updatePerson(deps, actor, id, { status: 'left' }, scope);
}
