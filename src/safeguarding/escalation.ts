import { uuidv7 } from '../platform/crypto.ts';
import { resolveConcern } from './access.ts';
import { imageAccess } from './core/can-see.ts';
import { type ScreeningAnswers, type ScreeningResult, screenImages } from './core/screen-images.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { ESCALATION_AGENCIES, NUDE_IMAGES, type ReferralAgency } from './model.ts';
import { placeOf, sealJson, sealOptional, sealText } from './sealed.ts';
import { appendTimeline, queueNotification } from './timeline.ts';
import type { Viewer } from './viewer.ts';

/**
 * Flags a concern for referral to the police or social care (R4): suspected illegal activity
 * or serious harm. The flag stays; the concern cannot close until the referral is recorded.
 */
export async function escalateConcern(deps: SafeguardingDeps, viewer: Viewer, ref: string, reason: string): Promise<void> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'escalate');
  if (c.row.status === 'closed') throw safeguardingErrors.closed();
  if (!reason.trim()) throw safeguardingErrors.reasonRequired('escalating a concern');
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('safeguarding_concerns')
      .set({
        escalated: 1,
        escalated_at: c.row.escalated_at ?? at,
        escalation_reason: sealText(deps.masterKey, placeOf('safeguarding_concerns', c.row.id, 'escalation_reason'), reason.trim()),
        updated_at: at,
        ...(c.row.status === 'new' ? { status: 'in-progress' } : {}),
      })
      .where('id', '=', c.row.id)
      .execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'escalated', actorAccountId: viewer.accountId, nowMs, details: { why: 'manual' } });
    await queueNotification(trx, {
      schoolId: c.row.school_id,
      kind: 'concern.escalated',
      recipient: c.row.about === 'learner' ? 'dsl-team' : c.row.about_headteacher === 1 ? 'chair-of-governors' : 'headteacher',
      severity: 5,
      concernId: c.row.id,
      nowMs,
      payload: { category: c.row.category },
    });
    await deps.audit.append(
      { actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'safeguarding.concern.escalated', subject: { type: 'concern', id: c.row.id }, schoolId: c.row.school_id, details: {} },
      trx,
    );
  });
}

/** A referral to an outside agency: to whom, when, their reference (R4). */
export interface NewReferral {
  agency: ReferralAgency;
  referredAt: string;
  reference?: string;
  contact?: string;
  note?: string;
}

/**
 * Records a referral. A referral to the police or social care (or the LADO) also completes the
 * matrix's open action asking for it.
 */
export async function addReferral(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: NewReferral): Promise<{ id: string }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'add_referral');
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_referrals')
      .values({
        id,
        concern_id: c.row.id,
        agency: input.agency,
        referred_at: input.referredAt,
        details: sealJson(deps.masterKey, placeOf('safeguarding_referrals', id, 'details'), {
          reference: input.reference?.trim() || null,
          contact: input.contact?.trim() || null,
          note: input.note?.trim() || null,
        }),
        recorded_by: viewer.accountId,
        created_at: at,
      })
      .execute();
    let completed: string[] = [];
    const completes = ESCALATION_AGENCIES.includes(input.agency) ? 'refer-police-social-care' : input.agency === 'lado' ? 'refer-lado' : null;
    if (completes) {
      const open = await trx.selectFrom('safeguarding_actions').select('id').where('concern_id', '=', c.row.id).where('kind', '=', completes).where('status', '=', 'open').execute();
      completed = open.map((a) => a.id);
      for (const aid of completed) {
        await trx.updateTable('safeguarding_actions').set({ status: 'done', completed_at: at, completed_by: viewer.accountId, updated_at: at }).where('id', '=', aid).execute();
        await appendTimeline(trx, { concernId: c.row.id, kind: 'action-updated', refId: aid, actorAccountId: viewer.accountId, nowMs, details: { status: 'done', why: 'referral-recorded' } });
      }
    }
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', c.row.id).execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'referral', refId: id, actorAccountId: viewer.accountId, nowMs, details: { agency: input.agency } });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.referral.recorded',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { referral: id, agency: input.agency, completedActions: completed },
      },
      trx,
    );
  });
  return { id };
}

/**
 * The DSL's screening of a nude or semi-nude image incident against the five points (R5).
 * Any "yes" escalates the concern, which then cannot close without a referral to the police
 * or social care. Only the DSL team may screen (as only they may see the images).
 */
export async function recordScreening(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: { answers: ScreeningAnswers; note?: string }): Promise<ScreeningResult & { id: string }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'screen_images');
  if (!imageAccess(c.visibility).remove) throw safeguardingErrors.imageWithheld();
  if (c.row.category !== NUDE_IMAGES) throw safeguardingErrors.screeningNotApplicable();
  if (c.row.status === 'closed') throw safeguardingErrors.closed();
  const result = screenImages(input.answers);
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_screenings')
      .values({
        id,
        concern_id: c.row.id,
        answers: JSON.stringify(input.answers),
        immediate_referral: result.immediateReferral ? 1 : 0,
        note: sealOptional(deps.masterKey, placeOf('safeguarding_screenings', id, 'note'), input.note?.trim()),
        screened_by: viewer.accountId,
        created_at: at,
      })
      .execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'screening', refId: id, actorAccountId: viewer.accountId, nowMs, details: { immediateReferral: result.immediateReferral, reasons: result.reasons } });
    if (result.immediateReferral && c.row.escalated === 0) {
      await trx
        .updateTable('safeguarding_concerns')
        .set({ escalated: 1, escalated_at: at, escalation_reason: sealText(deps.masterKey, placeOf('safeguarding_concerns', c.row.id, 'escalation_reason'), `image screening: ${result.reasons.join(', ')}`) })
        .where('id', '=', c.row.id)
        .execute();
      await appendTimeline(trx, { concernId: c.row.id, kind: 'escalated', actorAccountId: viewer.accountId, nowMs, details: { why: 'screening' } });
    }
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at, ...(c.row.status === 'new' ? { status: 'in-progress' } : {}) }).where('id', '=', c.row.id).execute();
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.screening.recorded',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { screening: id, immediateReferral: result.immediateReferral, reasons: result.reasons },
      },
      trx,
    );
  });
  return { id, ...result };
}
