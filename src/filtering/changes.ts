/**
 * What every filtering change shares: the school it acts in (within the caller's scope), a
 * required reason, and one record of it — a row in the policy's change history (which keeps the
 * reason) plus an audit entry (ids and codes only) in the same transaction.
 */
import { type Kysely, sql } from 'kysely';
import type { AuditDetails } from '../audit/index.ts';
import { EVERY_SCHOOL, type SchoolScope } from '../identity/index.ts';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';

export { EVERY_SCHOOL, type SchoolScope };

/** Whether a scope lets its holder act in a school. */
export function inScope(scope: SchoolScope, schoolId: string): boolean {
  return scope.includes('*') || scope.includes(schoolId);
}

/** The school a call acts in: the one named (if in scope), else the installation's first school, else the first of the scope. */
export async function resolveSchool(db: Kysely<Db>, schoolId: string | undefined, scope: SchoolScope): Promise<string> {
  if (schoolId !== undefined) {
    const row = await db.selectFrom('schools').select('id').where('id', '=', schoolId).executeTakeFirst();
    if (row === undefined || !inScope(scope, row.id)) throw filteringErrors.schoolNotFound(schoolId);
    return row.id;
  }
  if (scope.includes('*')) {
    const first = await db.selectFrom('schools').select('id').orderBy('created_at').orderBy('id').executeTakeFirst();
    if (first === undefined) throw filteringErrors.noSchool();
    return first.id;
  }
  const first = scope[0];
  if (first === undefined) throw filteringErrors.noSchool();
  return first;
}

/** A required reason, trimmed; throws `filtering.reason_required` when missing or too short. */
export function checkReason(reason: string | undefined, what: string): string {
  const text = (reason ?? '').trim().replace(/\s+/g, ' ');
  if (text.length < 3 || text.length > 500) throw filteringErrors.reasonRequired(what);
  return text;
}

/** A group of the school, by id or (case-insensitive) name. */
export async function findSchoolGroup(db: Kysely<Db>, schoolId: string, ref: string): Promise<{ id: string; name: string; template: string | null; priority: number }> {
  const row = await db
    .selectFrom('groups')
    .select(['id', 'name', 'template', 'priority'])
    .where('school_id', '=', schoolId)
    .where((eb) => eb.or([eb('id', '=', ref), eb(sql<string>`lower(name)`, '=', ref.toLowerCase())]))
    .orderBy(sql`case when id = ${ref} then 0 else 1 end`)
    .executeTakeFirst();
  if (row === undefined) throw filteringErrors.groupNotFound(ref);
  return { ...row, priority: Number(row.priority) };
}

/** An active person of the school, by id or external id (UPN). */
export async function findSchoolPerson(db: Kysely<Db>, schoolId: string, ref: string): Promise<{ id: string }> {
  const row = await db
    .selectFrom('people')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('id', '=', ref), eb('external_id', '=', ref)]))
    .executeTakeFirst();
  if (row === undefined) throw filteringErrors.personNotFound(ref);
  return row;
}

/** One change to record. */
export interface ChangeRecord {
  schoolId: string | null;
  /** The audit action, `filtering.<thing>.<verb>`. */
  action: string;
  objectType: string;
  objectId: string;
  /** Null for changes that need none (the device register); the history then says so. */
  reason: string | null;
  /** Ids, codes and counts only. */
  details?: AuditDetails;
}

/** Writes the change history row (with the reason) and the audit entry (without it) in `trx`. */
export async function recordChange(deps: Pick<FilteringDeps, 'audit' | 'clock'>, trx: Kysely<Db>, actor: Actor, change: ChangeRecord): Promise<string> {
  const id = uuidv7(deps.clock.now());
  const details = change.details ?? {};
  if (change.reason !== null) {
    await trx
      .insertInto('filter_changes')
      .values({
        id,
        school_id: change.schoolId,
        at: new Date(deps.clock.now()).toISOString(),
        actor_type: actor.type,
        actor_id: actor.id ?? null,
        action: change.action,
        object_type: change.objectType,
        object_id: change.objectId,
        reason: change.reason,
        details: JSON.stringify(details),
      })
      .execute();
  }
  await deps.audit.append(
    {
      actor,
      ip: actor.ip ?? null,
      action: change.action,
      subject: { type: change.objectType, id: change.objectId },
      schoolId: change.schoolId,
      details: { ...details, ...(change.reason === null ? {} : { change: id }) },
    },
    trx,
  );
  return id;
}

/** Makes a committed change take effect in this process before the call returns (other processes follow within a second). */
export async function applyNow(deps: Pick<FilteringDeps, 'engine'>): Promise<void> {
  await deps.engine.refresh();
}
