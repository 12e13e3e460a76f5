import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { decide, type Resolved, resolveConcern } from './access.ts';
import { requireCategory } from './categories.ts';
import { closeBlockers } from './core/close-check.ts';
import { type ExistingAction, proposeActions } from './core/response-matrix.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import {
  type ActionKind,
  type ActionStatus,
  type ConcernAbout,
  type ConcernLevel,
  type ConcernOutcome,
  type ConcernStatus,
  type FeedbackAudience,
  matrixActionKinds,
  type ReferralAgency,
} from './model.ts';
import { type NewInvolvement, resolvePeople } from './report.ts';
import { placeOf, sealOptional, sealText } from './sealed.ts';
import { accountInSchool, findConcern, insertInvolvement, involvementsOf, personIdsWithRole } from './store.ts';
import { appendTimeline, queueNotification } from './timeline.ts';
import { viewerFromAccount, type Viewer } from './viewer.ts';

/** What the DSL team (or, for allegations, the headteacher or chair) may change at triage. */
export interface TriageChange {
  category?: string;
  level?: ConcernLevel;
  levelRationale?: string;
  /** An account id, or null to unassign. */
  assignedTo?: string | null;
  /** Move a concern between learner and staff (an allegation found during triage); needs a fitting category. */
  about?: ConcernAbout;
  aboutHeadteacher?: boolean;
}

function audit(deps: SafeguardingDeps, viewer: Viewer, trx: Kysely<Db>, c: Resolved, action: string, details: Record<string, string | number | boolean | null | readonly string[]>) {
  return deps.audit.append({ actor: viewer.actor, ip: viewer.actor.ip ?? null, action, subject: { type: 'concern', id: c.row.id }, schoolId: c.row.school_id, details }, trx);
}

function touch(trx: Kysely<Db>, id: string, at: string) {
  return trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', id).execute();
}

/** Loads a concern its manager is about to change; closed concerns must be reopened first. */
async function forChange(deps: SafeguardingDeps, viewer: Viewer, ref: string, operation: string, allowClosed = false): Promise<Resolved> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', operation);
  if (!allowClosed && c.row.status === 'closed') throw safeguardingErrors.closed();
  return c;
}

/**
 * Applies the response matrix of a (new) category to a concern's actions in the caller's
 * transaction: adds what it proposes, withdraws untouched proposals it no longer makes.
 */
async function applyMatrix(trx: Kysely<Db>, concernId: string, actions: readonly string[], nowMs: number, actorId: string | null): Promise<string[]> {
  const rows = await trx.selectFrom('safeguarding_actions').selectAll().where('concern_id', '=', concernId).execute();
  const existing: ExistingAction[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind as ActionKind,
    source: r.source === 'matrix' ? 'matrix' : 'manual',
    status: r.status as ActionStatus,
    touched: r.owner_account_id !== null || r.due_on !== null || r.note !== null,
  }));
  const proposal = proposeActions(matrixActionKinds.filter((k) => actions.includes(k)), existing, matrixActionKinds);
  const at = new Date(nowMs).toISOString();
  for (const kind of proposal.add) {
    const id = uuidv7(nowMs);
    await trx
      .insertInto('safeguarding_actions')
      .values({ id, concern_id: concernId, kind, source: 'matrix', status: 'open', description: null, owner_account_id: null, due_on: null, note: null, created_at: at, created_by: actorId, completed_at: null, completed_by: null, updated_at: at })
      .execute();
    await appendTimeline(trx, { concernId, kind: 'action-added', refId: id, actorAccountId: actorId, nowMs, details: { kind, source: 'matrix' } });
  }
  for (const id of proposal.withdraw) {
    await trx.updateTable('safeguarding_actions').set({ status: 'not-needed', updated_at: at, completed_at: at, completed_by: actorId }).where('id', '=', id).execute();
    await appendTimeline(trx, { concernId, kind: 'action-updated', refId: id, actorAccountId: actorId, nowMs, details: { status: 'not-needed', why: 'category-changed' } });
  }
  return proposal.add;
}

/**
 * Triage (item 3): category (re-proposing the matrix's actions), level with its rationale,
 * assignment, and moving a concern that turns out to be an allegation about staff (after which
 * the DSL team no longer sees it). Setting a level on a `new` concern starts it.
 */
export async function triageConcern(deps: SafeguardingDeps, viewer: Viewer, ref: string, change: TriageChange): Promise<{ id: string; visible: boolean }> {
  const c = await forChange(deps, viewer, ref, 'triage');
  const row = c.row;
  const about = change.about ?? (row.about === 'staff' ? 'staff' : 'learner');
  if (change.about && change.about !== row.about && !change.category) throw safeguardingErrors.categoryInvalid('moving a concern needs a category that fits it');
  const category = change.category !== undefined || about !== row.about ? await requireCategory(deps, row.school_id, change.category ?? row.category, about) : null;
  if (change.level !== undefined && !change.levelRationale?.trim()) throw safeguardingErrors.levelRationaleRequired();
  if (change.assignedTo) {
    if (!(await accountInSchool(deps.db, change.assignedTo, row.school_id))) throw safeguardingErrors.accountNotFound(change.assignedTo);
    const assignee = await viewerFromAccount(deps.db, change.assignedTo);
    if (decide(assignee, row, c.people, false).access !== 'manage') throw safeguardingErrors.forbidden('assign a concern to someone who may not handle it');
  }
  let aboutHeadteacher = row.about_headteacher === 1;
  if (about === 'staff') {
    const heads = new Set(await personIdsWithRole(deps.db, 'headteacher', row.school_id));
    aboutHeadteacher = change.aboutHeadteacher ?? (aboutHeadteacher || c.people.some((p) => p.part === 'alleged-perpetrator' && p.person_id !== null && heads.has(p.person_id)));
  } else aboutHeadteacher = false;
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const set: Record<string, string | number | null> = { updated_at: at };
    const changed: string[] = [];
    let proposed: string[] = [];
    if (category && category.code !== row.category) {
      set.category = category.code;
      changed.push('category');
      proposed = await applyMatrix(trx, row.id, category.actions, nowMs, viewer.accountId);
      if (category.escalate && row.escalated === 0) {
        set.escalated = 1;
        set.escalated_at = at;
        set.escalation_reason = sealText(deps.masterKey, placeOf('safeguarding_concerns', row.id, 'escalation_reason'), `category ${category.code}`);
        await appendTimeline(trx, { concernId: row.id, kind: 'escalated', actorAccountId: viewer.accountId, nowMs, details: { why: 'category' } });
      }
    }
    if (change.level !== undefined) {
      set.level = change.level;
      set.level_rationale = sealOptional(deps.masterKey, placeOf('safeguarding_concerns', row.id, 'level_rationale'), change.levelRationale);
      changed.push('level');
      if (row.status === 'new') set.status = 'in-progress';
    }
    if (change.assignedTo !== undefined && change.assignedTo !== row.assigned_to) {
      set.assigned_to = change.assignedTo;
      changed.push('assignedTo');
      await appendTimeline(trx, { concernId: row.id, kind: 'assigned', actorAccountId: viewer.accountId, nowMs, details: { to: change.assignedTo } });
    }
    if (about !== row.about || (about === 'staff' && aboutHeadteacher !== (row.about_headteacher === 1))) {
      set.about = about;
      set.about_headteacher = aboutHeadteacher ? 1 : 0;
      if (about === 'staff') set.assigned_to = null;
      changed.push('about');
      await appendTimeline(trx, { concernId: row.id, kind: 'moved', actorAccountId: viewer.accountId, nowMs, details: { about, aboutHeadteacher } });
      await queueNotification(trx, { schoolId: row.school_id, kind: 'concern.received', recipient: about === 'learner' ? 'dsl-team' : aboutHeadteacher ? 'chair-of-governors' : 'headteacher', severity: 4, concernId: row.id, nowMs });
    }
    if (changed.some((x) => x === 'category' || x === 'level')) {
      await appendTimeline(trx, { concernId: row.id, kind: 'triaged', actorAccountId: viewer.accountId, nowMs, details: { category: (set.category as string | undefined) ?? row.category, level: (set.level as string | undefined) ?? row.level } });
    }
    if (set.status) await appendTimeline(trx, { concernId: row.id, kind: 'status', actorAccountId: viewer.accountId, nowMs, details: { from: row.status, to: String(set.status) } });
    await trx.updateTable('safeguarding_concerns').set(set).where('id', '=', row.id).execute();
    await audit(deps, viewer, trx, c, 'safeguarding.concern.triaged', {
      changed,
      category: (set.category as string | undefined) ?? row.category,
      level: (set.level as string | undefined) ?? row.level,
      assignedTo: change.assignedTo ?? row.assigned_to,
      about,
      proposedActions: proposed,
    });
  });
  const after = await findConcern(deps.db, row.id);
  const visible = after ? decide(viewer, after, await involvementsOf(deps.db, [row.id]), false).access !== 'none' : false;
  return { id: row.id, visible };
}

/** A status change; closing needs an outcome, reopening a reason. */
export interface StatusChange {
  status: ConcernStatus;
  outcome?: ConcernOutcome;
  outcomeNote?: string;
  reason?: string;
}

/**
 * Moves a concern through new → in progress → closed. No concern closes without an outcome
 * and note, without the referral its escalation or image screening requires, or with actions
 * still open. A closed concern reopens with a reason.
 */
export async function setStatus(deps: SafeguardingDeps, viewer: Viewer, ref: string, change: StatusChange): Promise<void> {
  const c = await forChange(deps, viewer, ref, 'change_status', true);
  const from = c.row.status;
  const to = change.status;
  if (from === to || to === 'new' || (from === 'closed' && to !== 'in-progress')) throw safeguardingErrors.statusInvalid(from, to);
  if (from === 'closed' && !change.reason?.trim()) throw safeguardingErrors.reasonRequired('reopening a concern');
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  if (to === 'closed') {
    const [referrals, actions, screenings] = await Promise.all([
      deps.db.selectFrom('safeguarding_referrals').select('agency').where('concern_id', '=', c.row.id).execute(),
      deps.db.selectFrom('safeguarding_actions').select('status').where('concern_id', '=', c.row.id).execute(),
      deps.db.selectFrom('safeguarding_screenings').select('immediate_referral').where('concern_id', '=', c.row.id).execute(),
    ]);
    const blockers = closeBlockers({
      outcome: change.outcome ?? null,
      outcomeNote: change.outcomeNote ?? null,
      escalated: c.row.escalated === 1,
      screeningNeedsReferral: screenings.some((s) => s.immediate_referral === 1),
      referralAgencies: referrals.map((r) => r.agency as ReferralAgency),
      actionStatuses: actions.map((a) => a.status as ActionStatus),
    });
    if (blockers.length > 0) throw safeguardingErrors.cannotClose(blockers);
  }
  await deps.db.transaction().execute(async (trx) => {
    const set =
      to === 'closed'
        ? { status: to, outcome: change.outcome ?? null, outcome_note: sealOptional(deps.masterKey, placeOf('safeguarding_concerns', c.row.id, 'outcome_note'), change.outcomeNote), closed_at: at, updated_at: at }
        : { status: to, closed_at: null, updated_at: at, ...(from === 'closed' ? { outcome: null, outcome_note: null } : {}) };
    await trx.updateTable('safeguarding_concerns').set(set).where('id', '=', c.row.id).execute();
    if (from === 'closed' && change.reason) await addNoteIn(trx, deps, c.row.id, viewer, `Reopened: ${change.reason.trim()}`, nowMs);
    await appendTimeline(trx, { concernId: c.row.id, kind: 'status', actorAccountId: viewer.accountId, nowMs, details: { from, to, outcome: change.outcome ?? null } });
    await audit(deps, viewer, trx, c, 'safeguarding.concern.status_changed', { from, to, outcome: to === 'closed' ? (change.outcome ?? null) : null });
  });
}

async function addNoteIn(trx: Kysely<Db>, deps: SafeguardingDeps, concernId: string, viewer: Viewer, text: string, nowMs: number, feedback?: { audience: FeedbackAudience; givenAt: string | null }): Promise<string> {
  const id = uuidv7(nowMs);
  await trx
    .insertInto('safeguarding_notes')
    .values({
      id,
      concern_id: concernId,
      kind: feedback ? 'feedback' : 'note',
      audience: feedback?.audience ?? null,
      body: sealText(deps.masterKey, placeOf('safeguarding_notes', id, 'body'), text),
      author_account_id: viewer.accountId,
      given_at: feedback ? (feedback.givenAt ?? new Date(nowMs).toISOString()) : null,
      created_at: new Date(nowMs).toISOString(),
    })
    .execute();
  await appendTimeline(trx, { concernId, kind: feedback ? 'feedback' : 'note', refId: id, actorAccountId: viewer.accountId, nowMs, details: feedback ? { audience: feedback.audience } : {} });
  return id;
}

/** Adds a case note (sealed). */
export async function addNote(deps: SafeguardingDeps, viewer: Viewer, ref: string, text: string): Promise<{ id: string }> {
  const c = await forChange(deps, viewer, ref, 'add_note', true);
  const nowMs = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const id = await addNoteIn(trx, deps, c.row.id, viewer, text, nowMs);
    await touch(trx, c.row.id, new Date(nowMs).toISOString());
    await audit(deps, viewer, trx, c, 'safeguarding.note.added', { note: id });
    return { id };
  });
}

/** Records feedback given to the reporter or others involved (R7); the reporter sees when. */
export async function addFeedback(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: { audience: FeedbackAudience; text: string; givenAt?: string }): Promise<{ id: string }> {
  const c = await forChange(deps, viewer, ref, 'add_feedback', true);
  const nowMs = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const id = await addNoteIn(trx, deps, c.row.id, viewer, input.text, nowMs, { audience: input.audience, givenAt: input.givenAt ?? null });
    await touch(trx, c.row.id, new Date(nowMs).toISOString());
    await audit(deps, viewer, trx, c, 'safeguarding.feedback.recorded', { note: id, audience: input.audience });
    return { id };
  });
}

/** Adds a person to a concern. A member of staff as alleged perpetrator on a learner concern must be moved to staff instead. */
export async function addPerson(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: NewInvolvement): Promise<{ id: string }> {
  const c = await forChange(deps, viewer, ref, 'add_person');
  const about = c.row.about === 'staff' ? 'staff' : 'learner';
  const [p] = await resolvePeople(deps.db, c.row.school_id, about, [input]);
  if (!p) throw safeguardingErrors.involvementInvalid('no person given');
  if (about === 'learner' && p.part === 'alleged-perpetrator' && p.kind === 'staff') {
    throw safeguardingErrors.involvementInvalid('naming a member of staff as alleged perpetrator makes this an allegation: move it to staff first');
  }
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  await deps.db.transaction().execute(async (trx) => {
    await insertInvolvement(trx, {
      id,
      concern_id: c.row.id,
      person_id: p.personId,
      part: p.part,
      kind: p.kind,
      name: sealOptional(deps.masterKey, placeOf('safeguarding_involvements', id, 'name'), p.name),
      year_group: p.yearGroup,
      from_report: 0,
      removed_at: null,
      created_at: at,
    });
    await touch(trx, c.row.id, at);
    await appendTimeline(trx, { concernId: c.row.id, kind: 'person-added', refId: id, actorAccountId: viewer.accountId, nowMs, details: { part: p.part, person: p.personId } });
    await audit(deps, viewer, trx, c, 'safeguarding.person.added', { involvement: id, part: p.part, person: p.personId });
  });
  return { id };
}

/** Takes a person off a concern (kept in the record as removed). */
export async function removePerson(deps: SafeguardingDeps, viewer: Viewer, ref: string, involvementId: string): Promise<void> {
  const c = await forChange(deps, viewer, ref, 'remove_person');
  const p = c.people.find((x) => x.id === involvementId);
  if (!p) throw safeguardingErrors.involvementNotFound(involvementId);
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('safeguarding_involvements').set({ removed_at: at }).where('id', '=', p.id).execute();
    await touch(trx, c.row.id, at);
    await appendTimeline(trx, { concernId: c.row.id, kind: 'person-removed', refId: p.id, actorAccountId: viewer.accountId, nowMs, details: { part: p.part, person: p.person_id } });
    await audit(deps, viewer, trx, c, 'safeguarding.person.removed', { involvement: p.id });
  });
}
