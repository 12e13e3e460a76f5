import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/index.ts';
import type { Notifier } from '../platform/notify/index.ts';
import { appendHistory, type RaisedAlert } from './alerts.ts';
import type { MonitoringDeps } from './deps.ts';
import { ROTA_ROLES } from './model.ts';
import { type LoadedSettings, loadSettings } from './settings.ts';

/**
 * Who is told about a serious alert, and when (M3, decisions.md): the school's rota (by default
 * the DSL, deputies and online-safety lead) by email as soon as it is raised — severity 4 held
 * until quiet hours end, severity 5 always at once — and by signed webhook and live push at
 * once. Nobody acknowledges within the school's escalation time: the rota roles left out of the
 * rota (deputies, when a school puts only the DSL on it), then the headteacher, then the
 * trust's safeguarding lead (addresses in the settings) are told, one step per interval.
 * Messages carry severity, category, school and a link — never a learner's name or text.
 */

/** One step of the escalation ladder. */
type Step = { to: 'roles'; roles: string[] } | { to: 'trust'; emails: string[] };

/** The ladder after the rota, skipping empty steps. */
export function escalationSteps(settings: Pick<LoadedSettings, 'notifyRoles' | 'escalationEmails'>): Step[] {
  const rest = ROTA_ROLES.filter((r) => !settings.notifyRoles.includes(r));
  const steps: Step[] = [];
  if (rest.length > 0) steps.push({ to: 'roles', roles: [...rest] });
  steps.push({ to: 'roles', roles: ['headteacher'] });
  if (settings.escalationEmails.length > 0) steps.push({ to: 'trust', emails: settings.escalationEmails });
  return steps;
}

/** Email addresses of active accounts holding any of `roles` in the school (or in every school). */
export async function emailsForRoles(db: Kysely<Db>, schoolId: string, roles: readonly string[]): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .innerJoin('account_roles', 'account_roles.account_id', 'accounts.id')
    .select('accounts.email')
    .where('accounts.status', '=', 'active')
    .where('account_roles.role', 'in', [...roles])
    .where('account_roles.school_id', 'in', [schoolId, '*'])
    .execute();
  return [...new Set(rows.map((r) => r.email))].sort();
}

interface AlertFacts {
  id: string;
  schoolId: string;
  severity: number;
  category: string;
}

async function schoolName(db: Kysely<Db>, schoolId: string): Promise<string> {
  const s = await db.selectFrom('schools').select('name').where('id', '=', schoolId).executeTakeFirst();
  return s?.name ?? 'your school';
}

/** The email about an alert: severity, category, school and a link; nothing about who or what. */
export function alertEmail(notifier: Pick<Notifier, 'link'>, a: AlertFacts, school: string, step: 'raised' | 'escalated'): { subject: string; text: string; html: string } {
  const link = notifier.link(`/monitoring/alerts/${a.id}`);
  const urgency = a.severity >= 5 ? 'Risk to life' : 'Serious';
  const subject = `[Haven] ${step === 'escalated' ? 'Unacknowledged' : urgency} monitoring alert (severity ${a.severity}, ${a.category}) - ${school}`;
  const lead = step === 'escalated' ? 'A serious monitoring alert has not been acknowledged by the safeguarding team. Please make sure someone on the team has seen it.' : 'Haven has raised a serious monitoring alert.';
  const text = [lead, '', `School: ${school}`, `Severity: ${a.severity} (${urgency.toLowerCase()})`, `Category: ${a.category}`, '', `Open it (sign-in required): ${link}`, '', 'This message holds no names or text by design; the alert is in Haven.'].join('\n');
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<p>${esc(lead)}</p><ul><li>School: ${esc(school)}</li><li>Severity: ${a.severity} (${esc(urgency.toLowerCase())})</li><li>Category: ${esc(a.category)}</li></ul><p><a href="${esc(link)}">Open the alert in Haven</a> (sign-in required).</p><p>This message holds no names or text by design.</p>`;
  return { subject, text, html };
}

async function sendEmail(deps: MonitoringDeps, to: string[], a: AlertFacts, step: 'raised' | 'escalated'): Promise<'sent' | 'no-recipients' | 'disabled' | 'failed'> {
  const notifier = deps.notifier;
  if (!notifier || !notifier.emailEnabled) return 'disabled';
  if (to.length === 0) return 'no-recipients';
  try {
    await notifier.email({ to, ...alertEmail(notifier, a, await schoolName(deps.db, a.schoolId), step), headers: { 'x-haven-alert': a.id } });
    return 'sent';
  } catch (err) {
    deps.logger.error({ err, alert: a.id }, 'alert email failed');
    return 'failed';
  }
}

async function sendWebhook(deps: MonitoringDeps, settings: LoadedSettings, a: AlertFacts, type: string, extra: Record<string, unknown> = {}): Promise<'sent' | 'none' | 'failed'> {
  const notifier = deps.notifier;
  if (!notifier || !settings.webhook.url || !settings.webhookSecret) return 'none';
  try {
    await notifier.webhook(settings.webhook.url, settings.webhookSecret, {
      type,
      id: `${a.id}:${type}:${String(extra.level ?? 0)}`,
      payload: { alertId: a.id, schoolId: a.schoolId, severity: a.severity, category: a.category, link: notifier.link(`/monitoring/alerts/${a.id}`), ...extra },
    });
    return 'sent';
  } catch (err) {
    deps.logger.warn({ err, alert: a.id }, 'alert webhook failed');
    return 'failed';
  }
}

/** Pushes an alert's codes to open dashboards of the school's monitoring team. */
export function publishLive(deps: MonitoringDeps, a: AlertFacts & { status: string }, type = 'monitoring.alert'): void {
  deps.notifier?.live.publish({ schoolId: a.schoolId, permission: 'monitoring:read' }, { type, data: { alertId: a.id, severity: a.severity, category: a.category, status: a.status } });
}

/**
 * After raising (outside the transaction): a live push for each alert, the rota's email for each
 * whose email is due now, then a webhook for each that just became serious. Webhooks are not
 * awaited — a receiver that is down (retries with backoff) must never hold up the emails or the
 * next batch of searches; each failure is logged.
 */
export async function afterRaise(deps: MonitoringDeps, raised: readonly (RaisedAlert & { schoolId: string })[]): Promise<void> {
  for (const r of raised) publishLive(deps, { id: r.alertId, schoolId: r.schoolId, severity: r.severity, category: r.category, status: 'open' });
  const due = raised.filter((r) => r.notifyNow).map((r) => r.alertId);
  if (due.length > 0) await sendDueNotifications(deps, due);
  const settingsBySchool = new Map<string, LoadedSettings>();
  for (const r of raised.filter((x) => x.becameSerious)) {
    let settings = settingsBySchool.get(r.schoolId);
    if (!settings) settingsBySchool.set(r.schoolId, (settings = await loadSettings(deps, r.schoolId)));
    void sendWebhook(deps, settings, { id: r.alertId, schoolId: r.schoolId, severity: r.severity, category: r.category }, 'monitoring.alert.raised');
  }
}

/**
 * Emails the rota about open alerts whose email is due (all of them, or those in `ids`), once:
 * each alert is claimed by setting `notified_at` first, so two processes never both send. The
 * escalation clock starts when the email goes. Returns how many were sent.
 */
export async function sendDueNotifications(deps: MonitoringDeps, ids?: readonly string[]): Promise<number> {
  const nowMs = deps.clock.now();
  const now = new Date(nowMs).toISOString();
  let q = deps.db.selectFrom('monitoring_alerts').select(['id', 'school_id', 'severity', 'category']).where('status', '=', 'open').where('notified_at', 'is', null).where('notify_due_at', '<=', now);
  if (ids) q = q.where('id', 'in', ids.length > 0 ? [...ids] : ['']);
  const rows = await q.orderBy('notify_due_at').limit(500).execute();
  let sent = 0;
  for (const row of rows) {
    const settings = await loadSettings(deps, row.school_id);
    const next = new Date(nowMs + settings.escalationMinutes * 60_000).toISOString();
    const claimed = await deps.db.updateTable('monitoring_alerts').set({ notified_at: now, next_escalation_at: next, updated_at: now }).where('id', '=', row.id).where('notified_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const facts = { id: row.id, schoolId: row.school_id, severity: row.severity, category: row.category };
    const to = await emailsForRoles(deps.db, row.school_id, settings.notifyRoles);
    const email = await sendEmail(deps, to, facts, 'raised');
    await deps.db.transaction().execute((trx) => appendHistory(trx, deps, { alertId: row.id, nowMs, action: 'notified', accountId: null, details: { roles: settings.notifyRoles, recipients: to.length, email } }));
    if (email === 'sent') sent++;
  }
  return sent;
}

/**
 * The escalation job: every open serious alert whose time ran out moves one step up the
 * ladder ({@link escalationSteps}); acknowledging an alert stops it. Returns the steps taken.
 */
export async function runAlertEscalations(deps: MonitoringDeps): Promise<number> {
  const nowMs = deps.clock.now();
  const now = new Date(nowMs).toISOString();
  const rows = await deps.db
    .selectFrom('monitoring_alerts')
    .select(['id', 'school_id', 'severity', 'category', 'escalation_level'])
    .where('status', '=', 'open')
    .where('next_escalation_at', '<=', now)
    .orderBy('next_escalation_at')
    .limit(500)
    .execute();
  let taken = 0;
  for (const row of rows) {
    const settings = await loadSettings(deps, row.school_id);
    const steps = escalationSteps(settings);
    const step = steps[row.escalation_level];
    const level = row.escalation_level + 1;
    const next = step && level < steps.length ? new Date(nowMs + settings.escalationMinutes * 60_000).toISOString() : null;
    const claimed = await deps.db
      .updateTable('monitoring_alerts')
      .set({ escalation_level: step ? level : row.escalation_level, next_escalation_at: next, updated_at: now })
      .where('id', '=', row.id)
      .where('status', '=', 'open')
      .where('escalation_level', '=', row.escalation_level)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1 || !step) continue;
    const facts = { id: row.id, schoolId: row.school_id, severity: row.severity, category: row.category };
    const to = step.to === 'roles' ? await emailsForRoles(deps.db, row.school_id, step.roles) : step.emails;
    const email = await sendEmail(deps, to, facts, 'escalated');
    // Not awaited, as at raising: a webhook receiver that is down must not hold up the other alerts.
    void sendWebhook(deps, settings, facts, 'monitoring.alert.escalated', { level });
    const webhook = settings.webhook.url && settings.webhookSecret ? 'queued' : 'none';
    publishLive(deps, { ...facts, status: 'open' }, 'monitoring.alert.escalated');
    await deps.db.transaction().execute(async (trx) => {
      await appendHistory(trx, deps, { alertId: row.id, nowMs, action: 'escalated', accountId: null, details: { level, to: step.to === 'roles' ? step.roles : ['trust-safeguarding-lead'], recipients: to.length, email, webhook } });
      await deps.audit.append(
        { actor: { type: 'system', id: 'monitoring' }, ip: null, action: 'monitoring.alert.escalated', subject: { type: 'monitoring-alert', id: row.id }, schoolId: row.school_id, details: { level, recipients: to.length } },
        trx,
      );
    });
    taken++;
  }
  return taken;
}
