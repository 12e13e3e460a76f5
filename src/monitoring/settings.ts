import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/index.ts';
import { DEFAULT_QUIET_HOURS, parseClockTime, type QuietHours } from '../platform/notify/index.ts';
import type { Viewer } from '../safeguarding/index.ts';
import { requireIn } from './access.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { openAt, sealOptionalAt } from './sealed.ts';
import { DEFAULT_ALERT_THRESHOLD, ROTA_ROLES, type RotaRole } from './model.ts';

/** A school's monitoring settings as the dashboard shows them (the webhook secret never leaves). */
export interface MonitoringSettings {
  schoolId: string;
  /** Severity at and above which a result becomes an alert (default 3). */
  threshold: number;
  /** Minutes an urgent alert may stay unacknowledged before the next step is told. */
  escalationMinutes: number;
  /** Roles told at once of a serious alert (decisions.md: DSL, deputies and online-safety lead). */
  notifyRoles: RotaRole[];
  /** The last escalation step (the trust's safeguarding lead): addresses, not accounts. */
  escalationEmails: string[];
  quietHours: QuietHours;
  webhook: { url: string | null; secretSet: boolean };
  /** Blocks in one risk category by one person within `blockWindowMinutes` that raise an alert. */
  blockBurst: number;
  blockWindowMinutes: number;
  /** Days a captured search is kept (M5). */
  searchRetentionDays: number;
  /** Days a triaged alert is kept after it was closed; escalated ones live on in the concern. */
  alertRetentionDays: number;
  updatedAt: string | null;
}

/** The settings with the webhook secret opened, for the notifier only. */
export interface LoadedSettings extends MonitoringSettings {
  webhookSecret: string | null;
}

/** What a school gets until it changes anything. */
export function defaultSettings(schoolId: string, quietHours: QuietHours = DEFAULT_QUIET_HOURS): LoadedSettings {
  return {
    schoolId,
    threshold: DEFAULT_ALERT_THRESHOLD,
    escalationMinutes: 15,
    notifyRoles: [...ROTA_ROLES],
    escalationEmails: [],
    quietHours: { ...quietHours },
    webhook: { url: null, secretSet: false },
    webhookSecret: null,
    blockBurst: 3,
    blockWindowMinutes: 10,
    searchRetentionDays: 90,
    alertRetentionDays: 365,
    updatedAt: null,
  };
}

const isRota = (r: string): r is RotaRole => ROTA_ROLES.some((x) => x === r);

/** Reads a school's settings (defaults where it has none), opening the webhook secret. */
export async function loadSettings(deps: Pick<MonitoringDeps, 'db' | 'masterKey' | 'defaultQuietHours'>, schoolId: string): Promise<LoadedSettings> {
  const row = await deps.db.selectFrom('monitoring_settings').selectAll().where('school_id', '=', schoolId).executeTakeFirst();
  if (!row) return defaultSettings(schoolId, deps.defaultQuietHours);
  const secret = openAt(deps.masterKey, 'monitoring_settings', schoolId, 'webhook_secret', row.webhook_secret);
  return {
    schoolId,
    threshold: row.threshold,
    escalationMinutes: row.escalation_minutes,
    notifyRoles: (JSON.parse(row.notify_roles) as string[]).filter(isRota),
    escalationEmails: JSON.parse(row.escalation_emails) as string[],
    quietHours: { start: row.quiet_start, end: row.quiet_end, weekends: row.quiet_weekends === 1 },
    webhook: { url: row.webhook_url, secretSet: secret !== null },
    webhookSecret: secret,
    blockBurst: row.block_burst,
    blockWindowMinutes: row.block_window_minutes,
    searchRetentionDays: row.search_retention_days,
    alertRetentionDays: row.alert_retention_days,
    updatedAt: row.updated_at,
  };
}

/** The settings without the secret. */
export function settingsView(s: LoadedSettings): MonitoringSettings {
  const { webhookSecret: _secret, ...view } = s;
  return view;
}

/** A change to a school's settings; absent fields stay as they are. */
export interface SettingsChange {
  threshold?: number;
  escalationMinutes?: number;
  notifyRoles?: RotaRole[];
  escalationEmails?: string[];
  quietHours?: QuietHours;
  webhookUrl?: string | null;
  /** A new signing secret; `null` removes it. */
  webhookSecret?: string | null;
  blockBurst?: number;
  blockWindowMinutes?: number;
  searchRetentionDays?: number;
  alertRetentionDays?: number;
}

function check(c: SettingsChange): void {
  const int = (v: number | undefined, min: number, max: number, name: string) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) throw monitoringErrors.settingsInvalid(`${name} must be a whole number from ${min} to ${max}, not ${v}`);
  };
  int(c.threshold, 1, 5, 'threshold');
  int(c.escalationMinutes, 1, 24 * 60, 'escalationMinutes');
  int(c.blockBurst, 2, 100, 'blockBurst');
  int(c.blockWindowMinutes, 1, 24 * 60, 'blockWindowMinutes');
  int(c.searchRetentionDays, 1, 3650, 'searchRetentionDays');
  int(c.alertRetentionDays, 30, 3650, 'alertRetentionDays');
  if (c.quietHours) {
    for (const t of [c.quietHours.start, c.quietHours.end]) {
      try {
        parseClockTime(t);
      } catch {
        throw monitoringErrors.settingsInvalid(`quiet hours need HH:MM times, not ${JSON.stringify(t)}`);
      }
    }
  }
  if (c.webhookUrl) {
    let url: URL;
    try {
      url = new URL(c.webhookUrl);
    } catch {
      throw monitoringErrors.settingsInvalid(`webhookUrl ${JSON.stringify(c.webhookUrl)} is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw monitoringErrors.settingsInvalid(`webhookUrl must be http(s), not ${url.protocol}`);
  }
  for (const e of c.escalationEmails ?? []) if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw monitoringErrors.settingsInvalid(`escalationEmails: ${JSON.stringify(e)} is not an email address`);
}

/** Writes the whole row (insert or update) in the caller's transaction. */
async function writeSettings(db: Kysely<Db>, s: LoadedSettings, sealedSecret: string | null, at: string, by: string | null): Promise<void> {
  const row = {
    threshold: s.threshold,
    escalation_minutes: s.escalationMinutes,
    notify_roles: JSON.stringify(s.notifyRoles),
    escalation_emails: JSON.stringify(s.escalationEmails),
    quiet_start: s.quietHours.start,
    quiet_end: s.quietHours.end,
    quiet_weekends: s.quietHours.weekends ? 1 : 0,
    webhook_url: s.webhook.url,
    webhook_secret: sealedSecret,
    block_burst: s.blockBurst,
    block_window_minutes: s.blockWindowMinutes,
    search_retention_days: s.searchRetentionDays,
    alert_retention_days: s.alertRetentionDays,
    updated_at: at,
    updated_by: by,
  };
  await db
    .insertInto('monitoring_settings')
    .values({ school_id: s.schoolId, ...row })
    .onConflict((oc) => oc.column('school_id').doUpdateSet(row))
    .execute();
}

/** Changes a school's monitoring settings (DSL team: `monitoring:triage`), audited with the fields changed. */
export async function saveSettings(deps: MonitoringDeps, viewer: Viewer, schoolId: string, change: SettingsChange): Promise<MonitoringSettings> {
  requireIn(viewer, schoolId, 'monitoring:triage', 'change monitoring settings');
  check(change);
  const current = await loadSettings(deps, schoolId);
  const secret = change.webhookSecret === undefined ? current.webhookSecret : change.webhookSecret;
  const next: LoadedSettings = {
    ...current,
    ...(change.threshold === undefined ? {} : { threshold: change.threshold }),
    ...(change.escalationMinutes === undefined ? {} : { escalationMinutes: change.escalationMinutes }),
    ...(change.notifyRoles === undefined ? {} : { notifyRoles: [...new Set(change.notifyRoles)] }),
    ...(change.escalationEmails === undefined ? {} : { escalationEmails: change.escalationEmails.map((e) => e.trim().toLowerCase()) }),
    ...(change.quietHours === undefined ? {} : { quietHours: change.quietHours }),
    ...(change.blockBurst === undefined ? {} : { blockBurst: change.blockBurst }),
    ...(change.blockWindowMinutes === undefined ? {} : { blockWindowMinutes: change.blockWindowMinutes }),
    ...(change.searchRetentionDays === undefined ? {} : { searchRetentionDays: change.searchRetentionDays }),
    ...(change.alertRetentionDays === undefined ? {} : { alertRetentionDays: change.alertRetentionDays }),
    webhook: { url: change.webhookUrl === undefined ? current.webhook.url : change.webhookUrl, secretSet: secret !== null && secret !== '' },
    webhookSecret: secret,
  };
  const at = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await writeSettings(trx, next, sealOptionalAt(deps.masterKey, 'monitoring_settings', schoolId, 'webhook_secret', secret), at, viewer.accountId);
    await deps.audit.append(
      { actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'monitoring.settings.changed', subject: { type: 'school', id: schoolId }, schoolId, details: { fields: Object.keys(change).sort() } },
      trx,
    );
  });
  return settingsView({ ...next, updatedAt: at });
}

/** Reads a school's settings for someone on the monitoring team (`monitoring:read`). */
export async function readSettings(deps: MonitoringDeps, viewer: Viewer, schoolId: string): Promise<MonitoringSettings> {
  requireIn(viewer, schoolId, 'monitoring:read', 'read monitoring settings');
  return settingsView(await loadSettings(deps, schoolId));
}
