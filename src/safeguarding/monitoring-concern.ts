import { uuidv7 } from '../platform/crypto.ts';
import { requireCategory } from './categories.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { type ConcernReceipt, resolvePeople, writeConcern } from './report.ts';
import { placeOf, sealOptional } from './sealed.ts';
import { appendTimeline } from './timeline.ts';
import { schoolsWith, type Viewer } from './viewer.ts';

/** A monitoring alert the DSL team escalates (issue 10): it becomes a concern on the `monitoring` route. */
export interface MonitoringConcern {
  schoolId: string;
  /** The learner the alert is about; without one, `unknownUser` names who it was (a device, an address). */
  personId: string | null;
  unknownUser?: string;
  /** The monitoring category, kept as the concern's tag (decisions.md). */
  tag: string;
  /** The school's category; default `online-safety`. */
  category?: string;
  summary: string;
  occurredAt: string;
  /** The alert's id: the linked event. */
  alertId: string;
  /** A copy of the alert's essential fields (sealed), so the link survives monitoring's retention. */
  eventSummary: string;
  /** Severity 5 (risk to life): the concern starts escalated. */
  escalated: boolean;
  escalationReason?: string;
}

/**
 * Writes the concern for an escalated monitoring alert — the learner as subject, the school's
 * online-safety category, the alert linked as a `monitoring` event whose timeline entry carries
 * the monitoring category as its tag — so it appears in the learner's chronology. Needs
 * `concerns:report` in the school; the caller checks monitoring's own permission first.
 */
export async function reportFromMonitoring(deps: SafeguardingDeps, viewer: Viewer, input: MonitoringConcern): Promise<ConcernReceipt> {
  if (!schoolsWith(viewer, 'concerns:report').some((s) => s === input.schoolId || s === '*')) throw safeguardingErrors.forbidden('report concerns in this school');
  const people = await resolvePeople(
    deps.db,
    input.schoolId,
    'learner',
    input.personId ? [{ personId: input.personId, part: 'subject' }] : [{ name: input.unknownUser ?? 'Unknown user', part: 'subject', kind: 'learner' }],
  );
  const category = await requireCategory(deps, input.schoolId, input.category ?? 'online-safety', 'learner');
  return deps.db.transaction().execute(async (trx) => {
    const receipt = await writeConcern(trx, deps, {
      schoolId: input.schoolId,
      about: 'learner',
      aboutHeadteacher: false,
      route: 'monitoring',
      category,
      summary: input.summary,
      location: null,
      occurredAt: input.occurredAt,
      reporterAccountId: viewer.accountId,
      reporterContact: null,
      people,
      escalated: input.escalated || category.escalate,
      escalationReason: input.escalationReason ?? (input.escalated ? 'monitoring alert: risk to life' : null),
      actor: viewer.actor,
    });
    const nowMs = deps.clock.now();
    const id = uuidv7(nowMs);
    await trx
      .insertInto('safeguarding_event_links')
      .values({
        id,
        concern_id: receipt.id,
        source: 'monitoring',
        event_id: input.alertId,
        occurred_at: input.occurredAt,
        summary: sealOptional(deps.masterKey, placeOf('safeguarding_event_links', id, 'summary'), input.eventSummary),
        linked_by: viewer.accountId,
        created_at: new Date(nowMs).toISOString(),
      })
      .execute();
    await appendTimeline(trx, { concernId: receipt.id, kind: 'event-linked', refId: id, actorAccountId: viewer.accountId, nowMs, details: { source: 'monitoring', event: input.alertId, tags: [input.tag] } });
    return receipt;
  });
}
