import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { emailReleaseAt } from '../platform/notify/index.ts';
import type { Match } from './core/analyse.ts';
import type { MonitoringDeps } from './deps.ts';
import { type AlertSource, type MonitoringCategory, NOTIFY_SEVERITY, type Severity } from './model.ts';
import { sealAt } from './sealed.ts';
import type { LoadedSettings } from './settings.ts';

/** Repeats of the same risk by the same person (or device) join the open alert for this long. */
export const GROUP_WINDOW_MS = 24 * 3_600_000;

/** A match as kept with an alert occurrence: where in the text, what, how serious. */
export interface StoredMatch {
  start: number;
  end: number;
  category: MonitoringCategory;
  severity: number;
  entry: string;
}

/** Something that crossed the school's threshold and may raise (or repeat) an alert. */
export interface AlertInput {
  schoolId: string;
  source: AlertSource;
  /** The search event, filter event or ingested item behind it (an id). */
  eventId: string;
  at: number;
  personId: string | null;
  deviceId: string | null;
  clientAddress: string | null;
  text: string;
  severity: Severity;
  /** Highest severity first; the first is the alert's category. */
  categories: readonly MonitoringCategory[];
  matches: readonly (Match | StoredMatch)[];
}

/** What raising did. */
export interface RaisedAlert {
  alertId: string;
  /** False when the input joined an open alert as a repeat. */
  created: boolean;
  severity: number;
  category: MonitoringCategory;
  /** The rota's email is due now (severity at or above {@link NOTIFY_SEVERITY}, outside quiet hours or severity 5). */
  notifyNow: boolean;
  /** The alert has just become serious (created at, or raised to, {@link NOTIFY_SEVERITY} or above): webhook and live go at once. */
  becameSerious: boolean;
}

/** The grouping key: school, who (person, else device, else address), and the risk category. */
export function groupKeyOf(i: Pick<AlertInput, 'schoolId' | 'personId' | 'deviceId' | 'clientAddress'>, category: string): string {
  const who = i.personId ? `p:${i.personId}` : i.deviceId ? `d:${i.deviceId}` : `a:${i.clientAddress ?? 'unknown'}`;
  return `${i.schoolId}|${who}|${category}`;
}

function toStored(m: Match | StoredMatch): StoredMatch {
  return { start: m.start, end: m.end, category: m.category, severity: m.severity, entry: m.entry };
}

/** Appends one entry to an alert's history (codes and ids; an optional sealed note). */
export async function appendHistory(
  trx: Kysely<Db>,
  deps: Pick<MonitoringDeps, 'masterKey'>,
  e: { alertId: string; nowMs: number; action: string; accountId: string | null; details?: Record<string, unknown>; note?: string | null },
): Promise<void> {
  const id = uuidv7(e.nowMs);
  const last = await trx.selectFrom('monitoring_alert_history').select((eb) => eb.fn.max('seq').as('seq')).where('alert_id', '=', e.alertId).executeTakeFirst();
  await trx
    .insertInto('monitoring_alert_history')
    .values({
      id,
      alert_id: e.alertId,
      seq: Number(last?.seq ?? 0) + 1,
      at: new Date(e.nowMs).toISOString(),
      action: e.action,
      actor_account_id: e.accountId,
      details: JSON.stringify(e.details ?? {}),
      note: e.note ? sealAt(deps.masterKey, 'monitoring_alert_history', id, 'note', e.note) : null,
    })
    .execute();
}

/**
 * Raises an alert, or adds a repeat to the open one for the same person and category (within
 * {@link GROUP_WINDOW_MS}), in the caller's transaction. The text and matches are sealed; a
 * serious alert (severity ≥ {@link NOTIFY_SEVERITY}) gets its notification time — at once, or
 * for severity 4 when quiet hours end; severity 5 always at once. Audited as `monitoring.alert.raised`
 * (ids and codes only). The caller sends what is due after the commit.
 */
export async function raiseAlertIn(trx: Kysely<Db>, deps: MonitoringDeps, input: AlertInput, settings: LoadedSettings): Promise<RaisedAlert> {
  const nowMs = deps.clock.now();
  const now = new Date(nowMs).toISOString();
  const at = new Date(input.at).toISOString();
  const category = input.categories[0] ?? 'suicide-self-harm';
  const key = groupKeyOf(input, category);
  const open = await trx
    .selectFrom('monitoring_alerts')
    .selectAll()
    .where('group_key', '=', key)
    .where('status', '=', 'open')
    .where('last_at', '>=', new Date(input.at - GROUP_WINDOW_MS).toISOString())
    .orderBy('last_at', 'desc')
    .executeTakeFirst();
  const occurrenceId = uuidv7(input.at);
  const dueAt = (severity: number) => (severity >= NOTIFY_SEVERITY ? emailReleaseAt(nowMs, severity, settings.quietHours) : null);
  let alertId: string;
  let severity: number;
  let created: boolean;
  let notifyNow = false;
  let becameSerious: boolean;
  if (open) {
    alertId = open.id;
    created = false;
    severity = Math.max(open.severity, input.severity);
    becameSerious = open.severity < NOTIFY_SEVERITY && severity >= NOTIFY_SEVERITY;
    const categories = [...new Set([...(JSON.parse(open.categories) as string[]), ...input.categories])];
    // A repeat that makes the alert serious (or more serious) brings its notification forward.
    let notifyDue = open.notify_due_at;
    if (open.notified_at === null && severity >= NOTIFY_SEVERITY) {
      const due = dueAt(severity) ?? nowMs;
      notifyDue = notifyDue === null ? new Date(due).toISOString() : new Date(Math.min(Date.parse(notifyDue), due)).toISOString();
      notifyNow = Date.parse(notifyDue) <= nowMs;
    }
    await trx
      .updateTable('monitoring_alerts')
      .set({
        severity,
        categories: JSON.stringify(categories),
        last_at: at > open.last_at ? at : open.last_at,
        occurrences: open.occurrences + 1,
        notify_due_at: notifyDue,
        updated_at: now,
      })
      .where('id', '=', open.id)
      .execute();
    if (severity > open.severity) await appendHistory(trx, deps, { alertId, nowMs, action: 'severity-raised', accountId: null, details: { from: open.severity, to: severity } });
  } else {
    alertId = uuidv7(input.at);
    created = true;
    severity = input.severity;
    becameSerious = severity >= NOTIFY_SEVERITY;
    const due = dueAt(severity);
    notifyNow = due !== null && due <= nowMs;
    await trx
      .insertInto('monitoring_alerts')
      .values({
        id: alertId,
        school_id: input.schoolId,
        status: 'open',
        severity,
        category,
        categories: JSON.stringify(input.categories),
        source: input.source,
        group_key: key,
        person_id: input.personId,
        device_id: input.deviceId,
        client_address: input.clientAddress,
        first_at: at,
        last_at: at,
        occurrences: 1,
        notify_due_at: due === null ? null : new Date(due).toISOString(),
        notified_at: null,
        escalation_level: 0,
        next_escalation_at: null,
        acknowledged_at: null,
        acknowledged_by: null,
        resolved_at: null,
        resolved_by: null,
        concern_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await appendHistory(trx, deps, { alertId, nowMs, action: 'raised', accountId: null, details: { source: input.source, severity, category } });
    await deps.audit.append(
      { actor: { type: 'system', id: 'monitoring' }, ip: null, action: 'monitoring.alert.raised', subject: { type: 'monitoring-alert', id: alertId }, schoolId: input.schoolId, details: { source: input.source, severity, category } },
      trx,
    );
  }
  await trx
    .insertInto('monitoring_alert_occurrences')
    .values({
      id: occurrenceId,
      alert_id: alertId,
      at,
      source: input.source,
      event_id: input.eventId,
      severity: input.severity,
      text: sealAt(deps.masterKey, 'monitoring_alert_occurrences', occurrenceId, 'text', input.text),
      matches: sealAt(deps.masterKey, 'monitoring_alert_occurrences', occurrenceId, 'matches', JSON.stringify(input.matches.map(toStored))),
    })
    .execute();
  return { alertId, created, severity, category, notifyNow, becameSerious };
}
