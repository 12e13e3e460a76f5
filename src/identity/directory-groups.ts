import { type Kysely, type Selectable, sql } from 'kysely';
import type { Db, GroupTable } from '../platform/db/index.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { uuidv7 } from '../platform/crypto.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { directoryErrors, EVERY_SCHOOL, inScope, resolveSchoolId, type SchoolScope } from './directory.ts';
import { identityErrors } from './errors.ts';
import { GROUP_PRIORITY, type Group, type GroupKind, type MembershipSource, type Person } from './model.ts';
import { checkGroupName } from './person-fields.ts';
import { groupFromRow, personFromRow } from './store.ts';

/**
 * Groups and who is in them. A membership records its source: `import` memberships follow
 * the MIS file on every import, `manual` ones are only ever changed by hand.
 */

/** Where a membership came from (the vocabulary lives in model.ts, which the dashboard shares). */
export { membershipSources, type MembershipSource } from './model.ts';

/** A group with how many active people are in it. */
export interface GroupSummary extends Group {
  memberCount: number;
}

/** A person in a group, and since when and why. */
export interface Member {
  person: Person;
  source: MembershipSource;
  since: string;
}

/** A group a person is in, and since when and why. */
export interface PersonGroup {
  group: Group;
  source: MembershipSource;
  since: string;
}

const PRIORITY_MAX = 10_000;

function sourceOf(value: string): MembershipSource {
  return value === 'import' ? 'import' : 'manual';
}

async function findGroup(db: Kysely<Db>, id: string, scope: SchoolScope): Promise<Selectable<GroupTable>> {
  const row = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !inScope(scope, row.school_id)) throw identityErrors.groupNotFound(id);
  return row;
}

async function findPersonRow(db: Kysely<Db>, id: string, scope: SchoolScope) {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !inScope(scope, row.school_id)) throw identityErrors.personNotFound(id);
  return row;
}

async function assertNameFree(db: Kysely<Db>, schoolId: string, name: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom('groups').select('id').where('school_id', '=', schoolId).where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw directoryErrors.groupExists(name);
}

function checkPriority(priority: number | undefined, issues: FieldIssue[]): void {
  if (priority !== undefined && (!Number.isInteger(priority) || priority < 0 || priority > PRIORITY_MAX)) {
    issues.push({ path: 'priority', message: `must be a whole number from 0 to ${PRIORITY_MAX}` });
  }
}

/** Groups in scope, highest priority first, with their active member counts. */
export async function listGroups(deps: IdentityDeps, query: { schoolId?: string; kind?: GroupKind } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<GroupSummary[]> {
  let q = deps.db.selectFrom('groups');
  if (!scope.includes('*')) q = q.where('groups.school_id', 'in', scope.length > 0 ? [...scope] : ['-']);
  if (query.schoolId !== undefined) q = q.where('groups.school_id', '=', query.schoolId);
  if (query.kind !== undefined) q = q.where('groups.kind', '=', query.kind);
  const rows = await q.selectAll('groups').orderBy('groups.priority', 'desc').orderBy('groups.name').execute();
  const counts = await q
    .innerJoin('memberships', 'memberships.group_id', 'groups.id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .where('people.status', '=', 'active')
    .select(['groups.id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('groups.id')
    .execute();
  const byGroup = new Map(counts.map((c) => [c.id, Number(c.n)]));
  return rows.map((r) => ({ ...groupFromRow(r), memberCount: byGroup.get(r.id) ?? 0 }));
}

/** One group with its member count. */
export async function getGroup(deps: IdentityDeps, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<GroupSummary> {
  const row = await findGroup(deps.db, id, scope);
  const count = await deps.db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('memberships.group_id', '=', id)
    .where('people.status', '=', 'active')
    .executeTakeFirst();
  return { ...groupFromRow(row), memberCount: Number(count?.n ?? 0) };
}

/** A new group; its priority defaults to its kind's ({@link GROUP_PRIORITY}). */
export interface GroupInput {
  schoolId?: string;
  name: string;
  kind: GroupKind;
  priority?: number;
}

/** Creates a group (any kind but `template`: those come with the school). */
export async function createGroup(deps: IdentityDeps, actor: Actor, input: GroupInput, scope: SchoolScope = EVERY_SCHOOL): Promise<GroupSummary> {
  if (input.kind === 'template') throw directoryErrors.groupKindInvalid();
  const issues: FieldIssue[] = [];
  const name = checkGroupName(input.name);
  if (!name.ok) issues.push({ path: 'name', message: name.message });
  checkPriority(input.priority, issues);
  if (!name.ok || issues.length > 0) throw directoryErrors.invalid('group', issues);
  const schoolId = await resolveSchoolId(deps.db, input.schoolId, scope);
  const now = deps.clock.now();
  const id = uuidv7(now);
  const priority = input.priority ?? GROUP_PRIORITY[input.kind];
  await deps.db.transaction().execute(async (trx) => {
    await assertNameFree(trx, schoolId, name.value);
    await trx
      .insertInto('groups')
      .values({ id, school_id: schoolId, name: name.value, kind: input.kind, priority, template: null, created_at: new Date(now).toISOString() })
      .execute();
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.group.created', subject: { type: 'group', id }, schoolId, details: { kind: input.kind, priority } },
      trx,
    );
  });
  return getGroup(deps, id);
}

/** Renames a group or changes its priority; template groups keep their names. */
export async function updateGroup(
  deps: IdentityDeps,
  actor: Actor,
  id: string,
  patch: { name?: string; priority?: number },
  scope: SchoolScope = EVERY_SCHOOL,
): Promise<GroupSummary> {
  const issues: FieldIssue[] = [];
  const name = patch.name === undefined ? undefined : checkGroupName(patch.name);
  if (name && !name.ok) issues.push({ path: 'name', message: name.message });
  checkPriority(patch.priority, issues);
  if (issues.length > 0) throw directoryErrors.invalid('group', issues);
  await deps.db.transaction().execute(async (trx) => {
    const row = await findGroup(trx, id, scope);
    const changes: { name?: string; priority?: number } = {};
    if (name?.ok && name.value !== row.name) {
      if (row.template !== null) throw directoryErrors.groupTemplateProtected(row.name);
      await assertNameFree(trx, row.school_id, name.value, row.id);
      changes.name = name.value;
    }
    if (patch.priority !== undefined && patch.priority !== row.priority) changes.priority = patch.priority;
    const fields = Object.keys(changes);
    if (fields.length === 0) return;
    await trx.updateTable('groups').set(changes).where('id', '=', row.id).execute();
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.group.updated', subject: { type: 'group', id: row.id }, schoolId: row.school_id, details: { fields: fields.sort() } },
      trx,
    );
  });
  return getGroup(deps, id, scope);
}

/** Deletes a group and its memberships (never a template group); the people stay. */
export async function deleteGroup(deps: IdentityDeps, actor: Actor, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await findGroup(trx, id, scope);
    if (row.template !== null) throw directoryErrors.groupTemplateProtected(row.name);
    const removed = await trx.deleteFrom('memberships').where('group_id', '=', row.id).executeTakeFirst();
    await trx.deleteFrom('groups').where('id', '=', row.id).execute();
    await deps.audit.append(
      {
        actor,
        ip: actor.ip ?? null,
        action: 'identity.group.deleted',
        subject: { type: 'group', id: row.id },
        schoolId: row.school_id,
        details: { kind: row.kind, members: Number(removed.numDeletedRows) },
      },
      trx,
    );
  });
}

/** The people in a group, by last then first name. */
export async function listMembers(deps: IdentityDeps, groupId: string, scope: SchoolScope = EVERY_SCHOOL): Promise<Member[]> {
  await findGroup(deps.db, groupId, scope);
  const rows = await deps.db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .selectAll('people')
    .select(['memberships.source as membership_source', 'memberships.created_at as membership_since'])
    .where('memberships.group_id', '=', groupId)
    .orderBy('people.last_name')
    .orderBy('people.first_name')
    .orderBy('people.id')
    .execute();
  return rows.map(({ membership_source, membership_since, ...person }) => ({ person: personFromRow(person), source: sourceOf(membership_source), since: membership_since }));
}

/** The groups a person is in, highest priority first. */
export async function groupsOfPerson(deps: IdentityDeps, personId: string, scope: SchoolScope = EVERY_SCHOOL): Promise<PersonGroup[]> {
  await findPersonRow(deps.db, personId, scope);
  const rows = await deps.db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .selectAll('groups')
    .select(['memberships.source as membership_source', 'memberships.created_at as membership_since'])
    .where('memberships.person_id', '=', personId)
    .orderBy('groups.priority', 'desc')
    .orderBy('groups.name')
    .execute();
  return rows.map(({ membership_source, membership_since, ...group }) => ({ group: groupFromRow(group), source: sourceOf(membership_source), since: membership_since }));
}

/**
 * Puts a person in a group by hand. A membership the import made becomes manual, so later
 * imports keep it. Idempotent: `changed` is false when it was already manual.
 */
export async function addMember(deps: IdentityDeps, actor: Actor, groupId: string, personId: string, scope: SchoolScope = EVERY_SCHOOL): Promise<{ changed: boolean }> {
  const at = new Date(deps.clock.now()).toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const group = await findGroup(trx, groupId, scope);
    const person = await findPersonRow(trx, personId, scope);
    if (group.school_id !== person.school_id) throw directoryErrors.membershipSchool();
    const existing = await trx.selectFrom('memberships').select('source').where('group_id', '=', groupId).where('person_id', '=', personId).executeTakeFirst();
    if (existing?.source === 'manual') return { changed: false };
    if (existing) await trx.updateTable('memberships').set({ source: 'manual' }).where('group_id', '=', groupId).where('person_id', '=', personId).execute();
    else await trx.insertInto('memberships').values({ group_id: groupId, person_id: personId, source: 'manual', created_at: at }).execute();
    await deps.audit.append(
      {
        actor,
        ip: actor.ip ?? null,
        action: 'identity.membership.added',
        subject: { type: 'group', id: groupId },
        schoolId: group.school_id,
        details: { person: personId, source: 'manual', ...(existing ? { was: sourceOf(existing.source) } : {}) },
      },
      trx,
    );
    return { changed: true };
  });
}

/**
 * Takes a person out of a group, whatever the source (an `import` membership comes back with
 * the next import if the file still says so). Idempotent: `changed` is false when they were not in it.
 */
export async function removeMember(deps: IdentityDeps, actor: Actor, groupId: string, personId: string, scope: SchoolScope = EVERY_SCHOOL): Promise<{ changed: boolean }> {
  return deps.db.transaction().execute(async (trx) => {
    const group = await findGroup(trx, groupId, scope);
    await findPersonRow(trx, personId, scope);
    const removed = await trx.deleteFrom('memberships').where('group_id', '=', groupId).where('person_id', '=', personId).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) return { changed: false };
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.membership.removed', subject: { type: 'group', id: groupId }, schoolId: group.school_id, details: { person: personId } },
      trx,
    );
    return { changed: true };
  });
}
