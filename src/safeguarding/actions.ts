import { uuidv7 } from '../platform/crypto.ts';
import { resolveConcern } from './access.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import type { ActionKind, ActionStatus } from './model.ts';
import { placeOf, sealOptional } from './sealed.ts';
import { accountInSchool } from './store.ts';
import { appendTimeline } from './timeline.ts';
import type { Viewer } from './viewer.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A hand-made action, or one of the matrix's kinds added by hand. */
export interface NewAction {
  kind: ActionKind;
  description?: string;
  ownerId?: string | null;
  dueOn?: string | null;
}

/** A change to an action: who owns it, when it is due, and whether it is done. */
export interface ActionChange {
  status?: ActionStatus;
  ownerId?: string | null;
  dueOn?: string | null;
  note?: string;
}

async function checkOwner(deps: SafeguardingDeps, schoolId: string, ownerId: string | null | undefined): Promise<void> {
  if (ownerId && !(await accountInSchool(deps.db, ownerId, schoolId))) throw safeguardingErrors.accountNotFound(ownerId);
}

function checkDue(dueOn: string | null | undefined): void {
  if (dueOn && (!DATE.test(dueOn) || Number.isNaN(Date.parse(`${dueOn}T00:00:00Z`)))) throw safeguardingErrors.actionInvalid(`due date ${JSON.stringify(dueOn)} is not YYYY-MM-DD`);
}

/** Adds an action with an owner and due date (item 3); `other` needs a description. */
export async function addAction(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: NewAction): Promise<{ id: string }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'add_action');
  if (c.row.status === 'closed') throw safeguardingErrors.closed();
  if (input.kind === 'other' && !input.description?.trim()) throw safeguardingErrors.actionInvalid('an action of kind other needs a description');
  await checkOwner(deps, c.row.school_id, input.ownerId);
  checkDue(input.dueOn);
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_actions')
      .values({
        id,
        concern_id: c.row.id,
        kind: input.kind,
        source: 'manual',
        status: 'open',
        description: sealOptional(deps.masterKey, placeOf('safeguarding_actions', id, 'description'), input.description?.trim()),
        owner_account_id: input.ownerId ?? null,
        due_on: input.dueOn ?? null,
        note: null,
        created_at: at,
        created_by: viewer.accountId,
        completed_at: null,
        completed_by: null,
        updated_at: at,
      })
      .execute();
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', c.row.id).execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'action-added', refId: id, actorAccountId: viewer.accountId, nowMs, details: { kind: input.kind, source: 'manual', owner: input.ownerId ?? null, due: input.dueOn ?? null } });
    await deps.audit.append(
      { actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'safeguarding.action.added', subject: { type: 'concern', id: c.row.id }, schoolId: c.row.school_id, details: { action: id, kind: input.kind } },
      trx,
    );
  });
  return { id };
}

/**
 * Updates an action: owner, due date, done or not needed (which needs a note saying why).
 * Proposed actions are tracked to one of those ends before the concern can close.
 */
export async function updateAction(deps: SafeguardingDeps, viewer: Viewer, ref: string, actionId: string, change: ActionChange): Promise<void> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'update_action');
  if (c.row.status === 'closed') throw safeguardingErrors.closed();
  const row = await deps.db.selectFrom('safeguarding_actions').selectAll().where('id', '=', actionId).where('concern_id', '=', c.row.id).executeTakeFirst();
  if (!row) throw safeguardingErrors.actionNotFound(actionId);
  if (change.status === 'not-needed' && !change.note?.trim()) throw safeguardingErrors.reasonRequired('marking an action not needed');
  await checkOwner(deps, c.row.school_id, change.ownerId);
  checkDue(change.dueOn);
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const set: Record<string, string | null> = { updated_at: at };
  if (change.ownerId !== undefined) set.owner_account_id = change.ownerId;
  if (change.dueOn !== undefined) set.due_on = change.dueOn;
  if (change.note !== undefined) set.note = sealOptional(deps.masterKey, placeOf('safeguarding_actions', row.id, 'note'), change.note.trim());
  if (change.status !== undefined && change.status !== row.status) {
    set.status = change.status;
    set.completed_at = change.status === 'open' ? null : at;
    set.completed_by = change.status === 'open' ? null : viewer.accountId;
  }
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('safeguarding_actions').set(set).where('id', '=', row.id).execute();
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', c.row.id).execute();
    await appendTimeline(trx, {
      concernId: c.row.id,
      kind: 'action-updated',
      refId: row.id,
      actorAccountId: viewer.accountId,
      nowMs,
      details: { status: set.status ?? row.status, owner: set.owner_account_id ?? row.owner_account_id, due: set.due_on ?? row.due_on },
    });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.action.updated',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { action: row.id, kind: row.kind, status: set.status ?? row.status, changed: Object.keys(set).filter((k) => k !== 'updated_at') },
      },
      trx,
    );
  });
}
