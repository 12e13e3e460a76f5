import { reportFromMonitoring, type Viewer } from '../safeguarding/index.ts';
import { appendHistory } from './alerts.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { publishLive } from './notify-alerts.ts';
import { resolveAlert } from './read.ts';
import { openAt } from './sealed.ts';
import { insertTermIn, normalisePhrase } from './terms.ts';

/** The outcome of a triage step. */
export interface TriageResult {
  id: string;
  status: 'acknowledged' | 'false-positive' | 'escalated';
  concernId?: string;
  concernReference?: string;
  excluded?: string[];
}

/**
 * Closes an open (or acknowledged) alert with a new status in one transaction: the row, its
 * history, the audit entry; the escalation clock stops. Refuses one already closed.
 */
async function close(
  deps: MonitoringDeps,
  viewer: Viewer,
  id: string,
  to: 'acknowledged' | 'false-positive' | 'escalated',
  extra: { note?: string | null; details?: Record<string, string | number | boolean | null | string[]>; concernId?: string | null } = {},
): Promise<void> {
  const row = await resolveAlert(deps, viewer, id, 'monitoring:triage');
  const allowed = to === 'acknowledged' ? ['open'] : ['open', 'acknowledged'];
  if (!allowed.includes(row.status)) throw monitoringErrors.alertClosed(id, row.status);
  const nowMs = deps.clock.now();
  const now = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('monitoring_alerts')
      .set({
        status: to,
        next_escalation_at: null,
        updated_at: now,
        ...(row.acknowledged_at === null ? { acknowledged_at: now, acknowledged_by: viewer.accountId } : {}),
        ...(to === 'acknowledged' ? {} : { resolved_at: now, resolved_by: viewer.accountId }),
        ...(extra.concernId ? { concern_id: extra.concernId } : {}),
      })
      .where('id', '=', id)
      .where('status', 'in', allowed)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw monitoringErrors.alertClosed(id, 'changed');
    await appendHistory(trx, deps, { alertId: id, nowMs, action: to, accountId: viewer.accountId, details: extra.details ?? {}, note: extra.note ?? null });
    await deps.audit.append(
      { actor: viewer.actor, ip: viewer.actor.ip ?? null, action: `monitoring.alert.${to}`, subject: { type: 'monitoring-alert', id }, schoolId: row.school_id, details: extra.details ?? {} },
      trx,
    );
  });
  publishLive(deps, { id, schoolId: row.school_id, severity: row.severity, category: row.category, status: to });
}

/** Acknowledges an alert: the team has seen it; escalation stops (DSL team). */
export async function acknowledgeAlert(deps: MonitoringDeps, viewer: Viewer, id: string, note?: string): Promise<TriageResult> {
  await close(deps, viewer, id, 'acknowledged', { note: note ?? null });
  return { id, status: 'acknowledged' };
}

/** Texts up to this long are excluded whole by default; longer ones by the words around each match. */
const WHOLE_TEXT_EXCLUSION = 100;

/**
 * The default exclusions for a false positive: the whole text when it is short (a search), else
 * each match with a word either side — never the bare matched phrase, which would silence that
 * phrase everywhere. Occurrences with a severity-5 match give none: excluding risk-to-life
 * phrases takes phrases named by the DSL.
 */
export function defaultExclusions(text: string, matches: readonly { start: number; end: number; severity: number }[]): string[] {
  if (matches.some((m) => m.severity >= 5)) return [];
  if (text.length <= WHOLE_TEXT_EXCLUSION) return [normalisePhrase(text)];
  return matches.map((m) => {
    const left = text.slice(0, m.start).match(/(\S+\s+)?$/)?.[0] ?? '';
    const right = text.slice(m.end).match(/^(\s+\S+)?/)?.[0] ?? '';
    return normalisePhrase(left + text.slice(m.start, m.end) + right);
  });
}

/**
 * Marks an alert a false positive and feeds the school's exclusions: the phrases given, or else
 * {@link defaultExclusions} of each occurrence, are excluded from the school's lexicon from now
 * on (audited; they are listed with the school's terms and can be removed).
 */
export async function markFalsePositive(deps: MonitoringDeps, viewer: Viewer, id: string, input: { note?: string; exclude?: string[] } = {}): Promise<TriageResult> {
  const row = await resolveAlert(deps, viewer, id, 'monitoring:triage');
  let phrases = (input.exclude ?? []).map(normalisePhrase).filter((p) => p.length >= 2);
  if (input.exclude === undefined) {
    const occ = await deps.db.selectFrom('monitoring_alert_occurrences').select(['id', 'matches', 'text']).where('alert_id', '=', id).execute();
    const found = new Set<string>();
    for (const o of occ) {
      const text = openAt(deps.masterKey, 'monitoring_alert_occurrences', o.id, 'text', o.text) ?? '';
      const matches = JSON.parse(openAt(deps.masterKey, 'monitoring_alert_occurrences', o.id, 'matches', o.matches) ?? '[]') as { start: number; end: number; severity: number }[];
      if (matches.length === 0) continue;
      for (const p of defaultExclusions(text, matches)) found.add(p);
    }
    phrases = [...found].filter((p) => p.length >= 2 && p.length <= 200);
  }
  await close(deps, viewer, id, 'false-positive', { note: input.note ?? null, details: { excluded: phrases.length } });
  await deps.db.transaction().execute(async (trx) => {
    for (const phrase of phrases) await insertTermIn(trx, deps, { schoolId: row.school_id, term: { kind: 'exclude', phrase }, source: 'false-positive', alertId: id, accountId: viewer.accountId });
  });
  deps.lexicons.invalidate(row.school_id);
  return { id, status: 'false-positive', excluded: phrases };
}

/**
 * Escalates an alert to a safeguarding concern (R2): the learner as subject, the school's
 * online-safety category (or the one given), the monitoring category as the tag, the alert
 * linked as a `monitoring` event with a copy of its essentials — so it is in the learner's
 * chronology. Needs `monitoring:triage` and `concerns:report` (the DSL team has both).
 */
export async function escalateAlert(deps: MonitoringDeps, viewer: Viewer, id: string, input: { summary?: string; category?: string; personId?: string; note?: string } = {}): Promise<TriageResult> {
  const row = await resolveAlert(deps, viewer, id, 'monitoring:triage');
  if (row.status !== 'open' && row.status !== 'acknowledged') throw monitoringErrors.alertClosed(id, row.status);
  const occ = await deps.db.selectFrom('monitoring_alert_occurrences').select(['id', 'text', 'at', 'source']).where('alert_id', '=', id).orderBy('at').limit(20).execute();
  const texts = occ.map((o) => `${o.at} (${o.source}): ${openAt(deps.masterKey, 'monitoring_alert_occurrences', o.id, 'text', o.text) ?? ''}`);
  const personId = input.personId ?? row.person_id;
  const essentials = [
    `Monitoring alert ${row.id}: severity ${row.severity}, ${row.category}${row.occurrences > 1 ? `, ${row.occurrences} occurrences` : ''}, ${row.first_at} to ${row.last_at}`,
    row.device_id ? `Device: ${row.device_id}` : null,
    row.client_address ? `Address: ${row.client_address}` : null,
    ...texts,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
  const receipt = await reportFromMonitoring(deps.safeguarding, viewer, {
    schoolId: row.school_id,
    personId,
    ...(personId ? {} : { unknownUser: row.device_id ? `Unknown user of device ${row.device_id}` : `Unknown user at ${row.client_address ?? 'an unknown address'}` }),
    tag: row.category,
    ...(input.category ? { category: input.category } : {}),
    summary: input.summary ?? essentials,
    occurredAt: row.first_at,
    alertId: row.id,
    eventSummary: essentials,
    escalated: row.severity >= 5,
  });
  await close(deps, viewer, id, 'escalated', { note: input.note ?? null, concernId: receipt.id, details: { concern: receipt.id } });
  return { id, status: 'escalated', concernId: receipt.id, concernReference: receipt.reference };
}
