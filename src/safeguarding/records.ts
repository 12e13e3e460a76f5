import { uuidv7 } from '../platform/crypto.ts';
import { resolveConcern } from './access.ts';
import { type NewAttachment, storeAttachment } from './attachments.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { type InvestigationDecision, type RecordKind, SENIOR_ROLES } from './model.ts';
import { placeOf, sealJson } from './sealed.ts';
import { peopleIn } from './store.ts';
import { appendTimeline } from './timeline.ts';
import { rolesIn, viewerFromAccount, type Viewer } from './viewer.ts';

/**
 * A record of R9: information shared (with whom), a device searched or an item confiscated
 * (by whom), why, and whether consent was sought — and if not, why not.
 */
export interface NewRecord {
  kind: RecordKind;
  occurredAt: string;
  personId?: string;
  counterpart: string;
  reason: string;
  consentSought: boolean;
  consentNote?: string;
  detail?: string;
}

/** Records sharing, a search or a confiscation on a concern (its managers only); all text sealed. */
export async function addRecord(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: NewRecord): Promise<{ id: string }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'add_record');
  if (!input.counterpart.trim() || !input.reason.trim()) throw safeguardingErrors.recordInvalid('say with whom (or by whom) and why');
  if (!input.consentSought && !input.consentNote?.trim()) throw safeguardingErrors.recordInvalid('consent was not sought: say why not');
  if (input.personId && (await peopleIn(deps.db, c.row.school_id, [input.personId])).length === 0) throw safeguardingErrors.personNotFound(input.personId);
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_records')
      .values({
        id,
        concern_id: c.row.id,
        kind: input.kind,
        person_id: input.personId ?? null,
        occurred_at: input.occurredAt,
        consent_sought: input.consentSought ? 1 : 0,
        details: sealJson(deps.masterKey, placeOf('safeguarding_records', id, 'details'), {
          counterpart: input.counterpart.trim(),
          reason: input.reason.trim(),
          consentNote: input.consentNote?.trim() || null,
          detail: input.detail?.trim() || null,
        }),
        recorded_by: viewer.accountId,
        created_at: at,
      })
      .execute();
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', c.row.id).execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'record', refId: id, actorAccountId: viewer.accountId, nowMs, details: { kind: input.kind, consentSought: input.consentSought } });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: `safeguarding.record.${input.kind}`,
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { record: id, consentSought: input.consentSought },
      },
      trx,
    );
  });
  return { id };
}

/** A device investigation (R6): two or more senior staff, the designated device, what was found, the decision. */
export interface NewInvestigation {
  staff: string[];
  device: string;
  urls: string[];
  findings?: string;
  decision: InvestigationDecision;
  decisionNote?: string;
  startedAt: string;
  concludedAt?: string;
  screenshots?: NewAttachment[];
}

/**
 * Records a device investigation. At least two different senior staff must be named (their
 * accounts hold a senior role in the school), so nobody investigates alone; screenshots are
 * stored as sealed attachments linked to the investigation.
 */
export async function addInvestigation(deps: SafeguardingDeps, viewer: Viewer, ref: string, input: NewInvestigation): Promise<{ id: string; screenshots: string[] }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'add_investigation');
  const staff = [...new Set(input.staff)];
  if (staff.length < 2) throw safeguardingErrors.investigationInvalid('name at least two senior members of staff');
  const ids: string[] = [];
  for (const s of staff) {
    const who = await viewerFromAccount(deps.db, s).catch(() => null);
    if (!who || !rolesIn(who, c.row.school_id).some((r) => (SENIOR_ROLES as readonly string[]).includes(r))) {
      throw safeguardingErrors.investigationInvalid(`${JSON.stringify(s)} is not a senior member of staff of this school (${SENIOR_ROLES.join(', ')})`);
    }
    if (!ids.includes(who.accountId)) ids.push(who.accountId);
  }
  if (ids.length < 2) throw safeguardingErrors.investigationInvalid('name at least two different senior members of staff');
  if (!input.device.trim()) throw safeguardingErrors.investigationInvalid('name the designated device used');
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  return deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_investigations')
      .values({
        id,
        concern_id: c.row.id,
        staff: JSON.stringify(ids),
        decision: input.decision,
        details: sealJson(deps.masterKey, placeOf('safeguarding_investigations', id, 'details'), {
          device: input.device.trim(),
          urls: input.urls.map((u) => u.trim()).filter(Boolean),
          findings: input.findings?.trim() || null,
          decisionNote: input.decisionNote?.trim() || null,
        }),
        started_at: input.startedAt,
        concluded_at: input.concludedAt ?? null,
        recorded_by: viewer.accountId,
        created_at: at,
      })
      .execute();
    const screenshots: string[] = [];
    for (const file of input.screenshots ?? []) {
      screenshots.push((await storeAttachment(trx, deps, { concernId: c.row.id, schoolId: c.row.school_id, category: c.row.category, investigationId: id, file, viewer, nowMs })).id);
    }
    await trx.updateTable('safeguarding_concerns').set({ updated_at: at }).where('id', '=', c.row.id).execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'investigation', refId: id, actorAccountId: viewer.accountId, nowMs, details: { decision: input.decision, staff: ids, screenshots: screenshots.length } });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.investigation.recorded',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { investigation: id, decision: input.decision, staff: ids, screenshots },
      },
      trx,
    );
    return { id, screenshots };
  });
}
