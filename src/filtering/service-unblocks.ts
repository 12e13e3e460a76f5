/**
 * Temporary unblocking for teaching (F5): a teacher asks for a site or a category to be opened
 * for a group (or one person) for a period, with a reason; someone with `filtering:approve` who
 * is not the requester approves or refuses it with a note. An approval is a temporary
 * `allowed` rule of its subject, in force only inside its window (decisions name it), and it
 * expires by itself; the expiry job records it in the audit log. Illegal categories, and sites
 * on an illegal list, can never be requested. Counting requests per site and category shows
 * what teachers needed that the filter blocked (F12).
 */
import type { Selectable } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { FilterRequestTable } from '../platform/db/index.ts';
import { applyNow, checkReason, EVERY_SCHOOL, findSchoolGroup, findSchoolPerson, inScope, recordChange, resolveSchool, type SchoolScope } from './changes.ts';
import { parseSite } from './core/normalise-url.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { illegalListing } from './illegal.ts';
import { CATEGORY_INFO, isCategory, REQUEST_STATUSES, type RequestStatus } from './model.ts';

/** The longest an unblock may last: a period of study, not a permanent change (that is a rule). */
export const MAX_UNBLOCK_DAYS = 90;

/** A request as a teacher writes it; `startsAt` defaults to now. */
export interface UnblockInput {
  schoolId?: string;
  subject: { kind: 'group'; group: string } | { kind: 'person'; person: string };
  target: { kind: 'category'; category: string } | { kind: 'site'; site: string };
  startsAt?: string;
  endsAt: string;
  reason: string;
}

/** A request as the API shows it; `status` is `expired` once an approved window has ended. */
export interface UnblockView {
  id: string;
  schoolId: string;
  subject: { kind: 'group' | 'person'; id: string; name: string | null };
  target: { kind: 'category'; category: string } | { kind: 'site'; site: string };
  startsAt: string;
  endsAt: string;
  reason: string;
  status: RequestStatus;
  /** Approved and inside its window now. */
  active: boolean;
  requestedBy: { type: string; id: string | null };
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

function isoOrThrow(text: string, field: string): number {
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms)) throw filteringErrors.requestInvalid(`${field} ${JSON.stringify(text)} is not an ISO-8601 date and time`);
  return ms;
}

function viewOf(r: Selectable<FilterRequestTable>, nowMs: number, groupNames: ReadonlyMap<string, string>): UnblockView {
  const stored = REQUEST_STATUSES.find((s) => s === r.status) ?? 'pending';
  const ended = Date.parse(r.ends_at) <= nowMs;
  const status: RequestStatus = (stored === 'approved' || stored === 'pending') && ended ? 'expired' : stored;
  return {
    id: r.id,
    schoolId: r.school_id,
    subject: { kind: r.subject_kind === 'person' ? 'person' : 'group', id: r.subject_id, name: r.subject_kind === 'group' ? (groupNames.get(r.subject_id) ?? null) : null },
    target: r.target_kind === 'site' ? { kind: 'site', site: r.target } : { kind: 'category', category: r.target },
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    reason: r.reason,
    status,
    active: status === 'approved' && Date.parse(r.starts_at) <= nowMs && !ended,
    requestedBy: { type: r.requested_by_type, id: r.requested_by },
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
}

async function groupNamesOf(deps: FilteringDeps, schoolId: string): Promise<Map<string, string>> {
  const rows = await deps.db.selectFrom('groups').select(['id', 'name']).where('school_id', '=', schoolId).execute();
  return new Map(rows.map((g) => [g.id, g.name]));
}

/** Refuses a target no one may open; returns it as stored. */
function checkTarget(deps: FilteringDeps, target: UnblockInput['target']): { kind: 'category' | 'site'; text: string } {
  if (target.kind === 'category') {
    if (!isCategory(target.category)) throw filteringErrors.requestInvalid(`unknown category ${JSON.stringify(target.category)}`);
    if (CATEGORY_INFO[target.category].illegal) throw filteringErrors.illegalCategory(`unblocking ${target.category}`);
    return { kind: 'category', text: target.category };
  }
  const site = parseSite(target.site);
  if (site === undefined) throw filteringErrors.requestInvalid(`${JSON.stringify(target.site)} is not a host or host/path`);
  const text = site.host + (site.path ?? '');
  const illegal = illegalListing(deps.engine.current(), text);
  if (illegal !== undefined) throw filteringErrors.illegalCategory(`unblocking ${text} (listed as ${illegal.category})`);
  return { kind: 'site', text };
}

/** Asks for a site or category to be opened for a group or person for a period. */
export async function requestUnblock(deps: FilteringDeps, actor: Actor, input: UnblockInput, scope: SchoolScope = EVERY_SCHOOL): Promise<UnblockView> {
  const reason = checkReason(input.reason, 'an unblock request');
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  const now = deps.clock.now();
  const startsAt = input.startsAt === undefined ? now : isoOrThrow(input.startsAt, 'startsAt');
  const endsAt = isoOrThrow(input.endsAt, 'endsAt');
  if (endsAt <= startsAt) throw filteringErrors.requestInvalid('it must end after it starts');
  if (endsAt <= now) throw filteringErrors.requestInvalid('it ends in the past');
  if (endsAt - startsAt > MAX_UNBLOCK_DAYS * 86_400_000) throw filteringErrors.requestInvalid(`an unblock lasts at most ${MAX_UNBLOCK_DAYS} days; a lasting change is a rule`);
  if (input.target.kind === 'site') await deps.engine.ready();
  const target = checkTarget(deps, input.target);
  const subject =
    input.subject.kind === 'group'
      ? { kind: 'group', id: (await findSchoolGroup(deps.db, schoolId, input.subject.group)).id }
      : { kind: 'person', id: (await findSchoolPerson(deps.db, schoolId, input.subject.person)).id };
  const id = uuidv7(now);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('filter_requests')
      .values({
        id,
        school_id: schoolId,
        kind: 'unblock',
        subject_kind: subject.kind,
        subject_id: subject.id,
        target_kind: target.kind,
        target: target.text,
        starts_at: new Date(startsAt).toISOString(),
        ends_at: new Date(endsAt).toISOString(),
        reason,
        status: 'pending',
        requested_by_type: actor.type,
        requested_by: actor.id ?? null,
        requested_at: new Date(now).toISOString(),
        decided_by: null,
        decided_at: null,
        decision_note: null,
      })
      .execute();
    await recordChange(deps, trx, actor, {
      schoolId,
      action: 'filtering.unblock.requested',
      objectType: 'filter-request',
      objectId: id,
      reason,
      details: { subject: `${subject.kind}:${subject.id}`, target: `${target.kind}:${target.text}`, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString() },
    });
  });
  return getUnblock(deps, id, scope);
}

async function findRequest(deps: FilteringDeps, id: string, scope: SchoolScope): Promise<Selectable<FilterRequestTable>> {
  const row = await deps.db.selectFrom('filter_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined || !inScope(scope, row.school_id)) throw filteringErrors.requestNotFound(id);
  return row;
}

/** One request. */
export async function getUnblock(deps: FilteringDeps, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<UnblockView> {
  const row = await findRequest(deps, id, scope);
  return viewOf(row, deps.clock.now(), await groupNamesOf(deps, row.school_id));
}

/** Requests of a school, newest first; `status` filters on the shown status (so `expired` finds ended approvals too). */
export async function listUnblocks(deps: FilteringDeps, query: { schoolId?: string; status?: RequestStatus } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<UnblockView[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const rows = await deps.db.selectFrom('filter_requests').selectAll().where('school_id', '=', schoolId).orderBy('requested_at', 'desc').orderBy('id', 'desc').limit(1000).execute();
  const names = await groupNamesOf(deps, schoolId);
  const views = rows.map((r) => viewOf(r, deps.clock.now(), names));
  return query.status === undefined ? views : views.filter((v) => v.status === query.status);
}

/** Approves or refuses a pending request, with a note; an approval is in force (in its window) when the call returns. */
export async function decideUnblock(
  deps: FilteringDeps,
  actor: Actor,
  id: string,
  input: { decision: 'approve' | 'refuse'; note: string },
  scope: SchoolScope = EVERY_SCHOOL,
): Promise<UnblockView> {
  const note = checkReason(input.note, input.decision === 'approve' ? 'approving an unblock' : 'refusing an unblock');
  const row = await findRequest(deps, id, scope);
  const current = viewOf(row, deps.clock.now(), new Map());
  if (current.status !== 'pending') throw filteringErrors.requestDecided(id, current.status);
  if ((actor.type === 'account' || actor.type === 'token') && actor.id != null && actor.id === row.requested_by) throw filteringErrors.ownRequest();
  // Lists may have changed since the request was made.
  if (input.decision === 'approve') {
    if (current.target.kind === 'site') await deps.engine.ready();
    checkTarget(deps, current.target);
  }
  const status = input.decision === 'approve' ? 'approved' : 'refused';
  const now = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('filter_requests')
      .set({ status, decided_by: actor.id ?? null, decided_at: now, decision_note: note })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw filteringErrors.requestDecided(id, 'decided');
    await recordChange(deps, trx, actor, {
      schoolId: row.school_id,
      action: `filtering.unblock.${status}`,
      objectType: 'filter-request',
      objectId: id,
      reason: note,
      details: { subject: `${row.subject_kind}:${row.subject_id}`, target: `${row.target_kind}:${row.target}`, startsAt: row.starts_at, endsAt: row.ends_at },
    });
  });
  await applyNow(deps);
  return getUnblock(deps, id, scope);
}

/** Marks approved (and never-decided) requests whose window has ended as expired, one audit entry each; returns how many. */
export async function expireUnblocks(deps: FilteringDeps): Promise<number> {
  const now = new Date(deps.clock.now()).toISOString();
  const due = await deps.db.selectFrom('filter_requests').select(['id', 'school_id', 'status']).where('status', 'in', ['approved', 'pending']).where('ends_at', '<=', now).execute();
  for (const r of due) {
    await deps.db.transaction().execute(async (trx) => {
      const updated = await trx.updateTable('filter_requests').set({ status: 'expired' }).where('id', '=', r.id).where('status', '=', r.status).executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return;
      await recordChange(deps, trx, { type: 'system' }, { schoolId: r.school_id, action: 'filtering.unblock.expired', objectType: 'filter-request', objectId: r.id, reason: null, details: { was: r.status } });
    });
  }
  if (due.length > 0) await applyNow(deps);
  return due.length;
}

/** Requests per site and category (F12: what teachers needed that was blocked), most requested first. */
export interface UnblockCount {
  target: { kind: 'category'; category: string } | { kind: 'site'; site: string };
  requests: number;
  approved: number;
  refused: number;
  pending: number;
}

/** Counts requests per target since `since` (ISO), for the over-blocking report. */
export async function unblockCounts(deps: FilteringDeps, query: { schoolId?: string; since?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<UnblockCount[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  let q = deps.db.selectFrom('filter_requests').select(['target_kind', 'target', 'status', 'decided_at']).where('school_id', '=', schoolId);
  if (query.since !== undefined) q = q.where('requested_at', '>=', query.since);
  const counts = new Map<string, UnblockCount>();
  for (const r of await q.execute()) {
    const key = `${r.target_kind}:${r.target}`;
    let c = counts.get(key);
    if (c === undefined) {
      c = { target: r.target_kind === 'site' ? { kind: 'site', site: r.target } : { kind: 'category', category: r.target }, requests: 0, approved: 0, refused: 0, pending: 0 };
      counts.set(key, c);
    }
    c.requests++;
    if ((r.status === 'approved' || r.status === 'expired') && r.decided_at !== null) c.approved++;
    if (r.status === 'refused') c.refused++;
    if (r.status === 'pending') c.pending++;
  }
  return [...counts.values()].sort((a, b) => b.requests - a.requests);
}
