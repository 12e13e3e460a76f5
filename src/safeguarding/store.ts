import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  Db,
  SafeguardingConcernTable,
  SafeguardingInvolvementTable,
  SafeguardingNotificationTable,
  SafeguardingTimelineTable,
} from '../platform/db/index.ts';

/** Kysely queries for concerns, the people in them, the timeline and the outbox; no rules here. */

/** A concern as stored. */
export type ConcernRow = Selectable<SafeguardingConcernTable>;
/** A person's part in a concern as stored. */
export type InvolvementRow = Selectable<SafeguardingInvolvementTable>;

/** Inserts a concern row (its free text already sealed). */
export async function insertConcern(db: Kysely<Db>, row: Insertable<SafeguardingConcernTable>): Promise<void> {
  await db.insertInto('safeguarding_concerns').values(row).execute();
}

/** A concern by id or by its reference (`HVN-…`). */
export async function findConcern(db: Kysely<Db>, ref: string): Promise<ConcernRow | undefined> {
  const column = /^HVN-/i.test(ref) ? 'reference' : 'id';
  return db
    .selectFrom('safeguarding_concerns')
    .selectAll()
    .where(column, '=', column === 'reference' ? ref.toUpperCase() : ref)
    .executeTakeFirst();
}

/** Filters for listing; visibility is decided afterwards, row by row, by `canSee`. */
export interface ConcernScan {
  /** Schools whose learner concerns the viewer reads (`*`: every school). */
  learnerSchools: readonly string[];
  /** Schools whose allegations about staff the viewer may handle (`*`: every school). */
  staffSchools: readonly string[];
  /** Concerns the viewer holds a break-glass grant on. */
  grantedIds: readonly string[];
  reporterAccountId: string;
  status?: string;
  category?: string;
  about?: string;
  assignedTo?: string;
  /** Only concerns this account reported. */
  mine?: boolean;
  /** Cursor: concerns created before this (created_at, id). */
  before?: { createdAt: string; id: string };
  limit: number;
}

/**
 * Candidate concerns for a list, newest first: a superset of what the viewer may see (their
 * schools' learner concerns or allegations, what they reported, what they broke glass on), so
 * the per-row decision has little to throw away.
 */
export async function scanConcerns(db: Kysely<Db>, scan: ConcernScan): Promise<ConcernRow[]> {
  let q = db.selectFrom('safeguarding_concerns').selectAll();
  if (scan.mine) q = q.where('reporter_account_id', '=', scan.reporterAccountId);
  else {
    q = q.where((eb) => {
      const inSchools = (schools: readonly string[]) => (schools.includes('*') ? eb.lit(true) : eb('school_id', 'in', [...schools]));
      const any = [eb('reporter_account_id', '=', scan.reporterAccountId)];
      if (scan.learnerSchools.length > 0) any.push(eb.and([eb('about', '=', 'learner'), inSchools(scan.learnerSchools)]));
      if (scan.staffSchools.length > 0) any.push(eb.and([eb('about', '=', 'staff'), inSchools(scan.staffSchools)]));
      if (scan.grantedIds.length > 0) any.push(eb('id', 'in', [...scan.grantedIds]));
      return eb.or(any);
    });
  }
  if (scan.status) q = q.where('status', '=', scan.status);
  if (scan.category) q = q.where('category', '=', scan.category);
  if (scan.about) q = q.where('about', '=', scan.about);
  if (scan.assignedTo) q = q.where('assigned_to', '=', scan.assignedTo);
  const before = scan.before;
  if (before) {
    q = q.where((eb) => eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]));
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(scan.limit).execute();
}

/** Inserts a person's part in a concern. */
export async function insertInvolvement(db: Kysely<Db>, row: Insertable<SafeguardingInvolvementTable>): Promise<void> {
  await db.insertInto('safeguarding_involvements').values(row).execute();
}

/** The people currently on some concerns (removed ones left out). */
export async function involvementsOf(db: Kysely<Db>, concernIds: readonly string[]): Promise<InvolvementRow[]> {
  if (concernIds.length === 0) return [];
  return db
    .selectFrom('safeguarding_involvements')
    .selectAll()
    .where('concern_id', 'in', [...concernIds])
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Concern ids a person is on, as any part. */
export async function concernIdsForPerson(db: Kysely<Db>, personId: string): Promise<string[]> {
  const rows = await db.selectFrom('safeguarding_involvements').select('concern_id').distinct().where('person_id', '=', personId).where('removed_at', 'is', null).execute();
  return rows.map((r) => r.concern_id);
}

/** Concern rows by id. */
export async function concernsByIds(db: Kysely<Db>, ids: readonly string[]): Promise<ConcernRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('safeguarding_concerns').selectAll().where('id', 'in', [...ids]).execute();
}

/** Concern ids the account holds an unexpired break-glass grant on. */
export async function activeBreakGlass(db: Kysely<Db>, accountId: string, nowIso: string, concernIds?: readonly string[]): Promise<Map<string, string>> {
  let q = db.selectFrom('safeguarding_break_glass').select(['concern_id', 'expires_at']).where('account_id', '=', accountId).where('expires_at', '>', nowIso);
  if (concernIds) {
    if (concernIds.length === 0) return new Map();
    q = q.where('concern_id', 'in', [...concernIds]);
  }
  const rows = await q.execute();
  const out = new Map<string, string>();
  for (const r of rows) if ((out.get(r.concern_id) ?? '') < r.expires_at) out.set(r.concern_id, r.expires_at);
  return out;
}

/** A timeline entry as stored. */
export type TimelineRow = Selectable<SafeguardingTimelineTable>;

/** Inserts one timeline entry. */
export async function insertTimeline(db: Kysely<Db>, row: Insertable<SafeguardingTimelineTable>): Promise<void> {
  await db.insertInto('safeguarding_timeline').values(row).execute();
}

/** Timeline entries of some concerns, in the order they were written. */
export async function timelineOf(db: Kysely<Db>, concernIds: readonly string[]): Promise<TimelineRow[]> {
  if (concernIds.length === 0) return [];
  return db.selectFrom('safeguarding_timeline').selectAll().where('concern_id', 'in', [...concernIds]).orderBy('at').orderBy('seq').execute();
}

/** An outbox row as stored. */
export type NotificationRow = Selectable<SafeguardingNotificationTable>;

/** Inserts one outbox notification. */
export async function insertNotification(db: Kysely<Db>, row: Insertable<SafeguardingNotificationTable>): Promise<void> {
  await db.insertInto('safeguarding_notifications').values(row).execute();
}

/** Outbox rows for some recipients in some schools (`*` for all), newest first. */
export async function listNotifications(db: Kysely<Db>, schools: readonly string[], recipients: readonly string[], limit: number): Promise<NotificationRow[]> {
  if (recipients.length === 0) return [];
  let q = db.selectFrom('safeguarding_notifications').selectAll().where('recipient', 'in', [...recipients]);
  if (!schools.includes('*')) {
    if (schools.length === 0) return [];
    q = q.where('school_id', 'in', [...schools]);
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The school a single-school install acts in, or all schools' ids. */
export async function schoolIds(db: Kysely<Db>): Promise<string[]> {
  return (await db.selectFrom('schools').select('id').orderBy('created_at').orderBy('id').execute()).map((r) => r.id);
}

/** People rows by id within one school (for involvement checks and names). */
export async function peopleIn(db: Kysely<Db>, schoolId: string | null, ids: readonly string[]) {
  if (ids.length === 0) return [];
  let q = db.selectFrom('people').select(['id', 'school_id', 'kind', 'first_name', 'last_name', 'year_group']).where('id', 'in', [...ids]);
  if (schoolId) q = q.where('school_id', '=', schoolId);
  return q.execute();
}

/** Person ids linked to accounts that hold `role` in a school (or every school). */
export async function personIdsWithRole(db: Kysely<Db>, role: string, schoolId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .innerJoin('account_roles', 'account_roles.account_id', 'accounts.id')
    .select('accounts.person_id')
    .where('account_roles.role', '=', role)
    .where('account_roles.school_id', 'in', [schoolId, '*'])
    .where('accounts.person_id', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.person_id ? [r.person_id] : []));
}

/** Active accounts with a role in a school, by id (to check owners and assignees). */
export async function accountInSchool(db: Kysely<Db>, accountId: string, schoolId: string): Promise<boolean> {
  const row = await db
    .selectFrom('accounts')
    .innerJoin('account_roles', 'account_roles.account_id', 'accounts.id')
    .select('accounts.id')
    .where('accounts.id', '=', accountId)
    .where('accounts.status', '=', 'active')
    .where('account_roles.school_id', 'in', [schoolId, '*'])
    .executeTakeFirst();
  return row !== undefined;
}
