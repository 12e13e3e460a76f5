/**
 * The response matrix's `remove-access` action made real: the DSL team removes a person's
 * network access (everything but the school's learning sites) until a time, through the
 * filtering service, and the action records which restriction did it. The restriction is
 * created first, in filtering's own audited transaction, so an action is never marked done for
 * access that was not removed; the note stays sealed here and never reaches filtering, whose
 * change history says only that it answers a safeguarding concern (ids and codes only).
 */
import { resolveConcern } from './access.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { placeOf, sealOptional } from './sealed.ts';
import { appendTimeline } from './timeline.ts';
import type { Viewer } from './viewer.ts';

/** What the DSL gives: until when (ISO-8601 or a duration such as `2d`), a note, and whose access when the concern has several subjects. */
export interface RemoveAccessInput {
  until: string;
  note?: string;
  personId?: string;
}

/** Removes the concern subject's network access and completes the `remove-access` action; returns the restriction. */
export async function removeAccess(deps: SafeguardingDeps, viewer: Viewer, ref: string, actionId: string, input: RemoveAccessInput): Promise<{ restrictionId: string; endsAt: string }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'remove_access');
  if (c.row.status === 'closed') throw safeguardingErrors.closed();
  const action = await deps.db.selectFrom('safeguarding_actions').selectAll().where('id', '=', actionId).where('concern_id', '=', c.row.id).executeTakeFirst();
  if (!action) throw safeguardingErrors.actionNotFound(actionId);
  if (action.kind !== 'remove-access') throw safeguardingErrors.actionInvalid(`action ${actionId} is not a remove-access action`);
  if (action.status !== 'open' || action.restriction_id) throw safeguardingErrors.actionInvalid(`action ${actionId} is already ${action.status}`);
  const subjects = [...new Set(c.people.filter((p) => p.part === 'subject' && p.person_id !== null).flatMap((p) => (p.person_id ? [p.person_id] : [])))];
  const personId = input.personId ?? (subjects.length === 1 ? subjects[0] : undefined);
  if (personId === undefined || !subjects.includes(personId)) {
    throw safeguardingErrors.actionInvalid(subjects.length === 0 ? 'the concern has no subject in the directory whose access could be removed' : 'name the subject (personId) whose access to remove');
  }
  if (deps.filtering === undefined) throw safeguardingErrors.actionInvalid('network access cannot be removed here: the filtering engine is not wired in');

  const restriction = await deps.filtering.createRestriction(
    viewer.actor,
    { schoolId: c.row.school_id, person: personId, until: input.until, reasonCode: 'safeguarding', reason: `network access removed in response to safeguarding concern ${c.row.id} (action ${action.id})` },
    [c.row.school_id],
  );

  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const note = input.note?.trim();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('safeguarding_actions')
      .set({
        status: 'done',
        completed_at: at,
        completed_by: viewer.accountId,
        restriction_id: restriction.id,
        updated_at: at,
        ...(note ? { note: sealOptional(deps.masterKey, placeOf('safeguarding_actions', action.id, 'note'), note) } : {}),
      })
      .where('id', '=', action.id)
      .execute();
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', c.row.id).execute();
    await appendTimeline(trx, {
      concernId: c.row.id,
      kind: 'action-updated',
      refId: action.id,
      actorAccountId: viewer.accountId,
      nowMs,
      details: { status: 'done', why: 'access-removed', restriction: restriction.id, until: restriction.endsAt, owner: action.owner_account_id, due: action.due_on },
    });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.action.access_removed',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { action: action.id, kind: action.kind, restriction: restriction.id, person: personId, until: restriction.endsAt },
      },
      trx,
    );
  });
  return { restrictionId: restriction.id, endsAt: restriction.endsAt };
}
