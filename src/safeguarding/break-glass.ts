import { uuidv7 } from '../platform/crypto.ts';
import { concernFacts } from './access.ts';
import { canBreakGlass, canSee } from './core/can-see.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { BREAK_GLASS_MINUTES } from './model.ts';
import { placeOf, sealText } from './sealed.ts';
import { findConcern, involvementsOf } from './store.ts';
import { appendTimeline, queueNotification } from './timeline.ts';
import { factsIn, type Viewer } from './viewer.ts';

/**
 * Break-glass (item 10): a senior member of staff who cannot read a learner concern gives a
 * reason and gets a read-only view for {@link BREAK_GLASS_MINUTES} minutes. The grant, the
 * reason (sealed) and every read under it are audited, and the DSL team is notified through
 * the outbox. It never opens allegations about staff, nor withheld images.
 */
export async function openBreakGlass(deps: SafeguardingDeps, viewer: Viewer, ref: string, reason: string): Promise<{ concernId: string; expiresAt: string }> {
  const row = await findConcern(deps.db, ref);
  if (!row) throw safeguardingErrors.concernNotFound(ref);
  const people = await involvementsOf(deps.db, [row.id]);
  const facts = factsIn(viewer, row.school_id, false);
  const concern = concernFacts(row, people);
  if (!canBreakGlass(facts, concern)) {
    const now = canSee(facts, concern);
    await deps.audit.append({
      actor: viewer.actor,
      ip: viewer.actor.ip ?? null,
      action: 'safeguarding.break_glass.refused',
      subject: { type: 'concern', id: row.id },
      schoolId: row.school_id,
      details: { access: now.access, reason: now.reason },
    });
    if (now.access === 'none') throw safeguardingErrors.concernNotFound(ref);
    throw safeguardingErrors.breakGlassRefused();
  }
  if (!reason.trim()) throw safeguardingErrors.reasonRequired('break-glass access');
  const nowMs = deps.clock.now();
  const id = uuidv7(nowMs);
  const expiresAt = new Date(nowMs + BREAK_GLASS_MINUTES * 60_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_break_glass')
      .values({
        id,
        concern_id: row.id,
        account_id: viewer.accountId,
        reason: sealText(deps.masterKey, placeOf('safeguarding_break_glass', id, 'reason'), reason.trim()),
        granted_at: new Date(nowMs).toISOString(),
        expires_at: expiresAt,
      })
      .execute();
    await appendTimeline(trx, { concernId: row.id, kind: 'break-glass', refId: id, actorAccountId: viewer.accountId, nowMs, details: { until: expiresAt } });
    await queueNotification(trx, {
      schoolId: row.school_id,
      kind: 'break-glass.opened',
      recipient: 'dsl-team',
      severity: 4,
      concernId: row.id,
      nowMs,
      payload: { grant: id, account: viewer.accountId, until: expiresAt },
    });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.break_glass.opened',
        subject: { type: 'concern', id: row.id },
        schoolId: row.school_id,
        details: { grant: id, until: expiresAt },
      },
      trx,
    );
  });
  return { concernId: row.id, expiresAt };
}
