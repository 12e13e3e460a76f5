import type { MonitoringDeps } from './deps.ts';
import { loadSettings } from './settings.ts';

const DAY = 86_400_000;
/** Weekly reports hold counts only; they are kept three years for the annual filtering and monitoring review. */
export const WEEKLY_REPORT_RETENTION_DAYS = 3 * 365;

/** What one retention pass deleted, per school. */
export interface RetentionResult {
  schoolId: string;
  searches: number;
  alerts: number;
  reports: number;
}

/**
 * Applies each school's retention (M5), audited per school with the counts: captured searches
 * older than `searchRetentionDays`; alerts closed (acknowledged, false positive, escalated) more
 * than `alertRetentionDays` ago, with their texts and history — an escalated alert's essentials
 * live on, sealed, in the concern it became; weekly reports after three years. Open alerts are
 * never deleted: someone still has to look at them. Deletes in chunks so a large backlog never
 * holds one long transaction.
 */
export async function applyRetention(deps: MonitoringDeps, chunk = 5000): Promise<RetentionResult[]> {
  const nowMs = deps.clock.now();
  const out: RetentionResult[] = [];
  for (const { id: schoolId } of await deps.db.selectFrom('schools').select('id').execute()) {
    const s = await loadSettings(deps, schoolId);
    const searchCutoff = new Date(nowMs - s.searchRetentionDays * DAY).toISOString();
    const alertCutoff = new Date(nowMs - s.alertRetentionDays * DAY).toISOString();
    const reportCutoff = new Date(nowMs - WEEKLY_REPORT_RETENTION_DAYS * DAY).toISOString().slice(0, 10);
    let searches = 0;
    for (;;) {
      const ids = (await deps.db.selectFrom('search_events').select('id').where('school_id', '=', schoolId).where('at', '<', searchCutoff).limit(chunk).execute()).map((r) => r.id);
      if (ids.length === 0) break;
      await deps.db.deleteFrom('search_events').where('id', 'in', ids).execute();
      searches += ids.length;
      if (ids.length < chunk) break;
    }
    let alerts = 0;
    for (;;) {
      const ids = (
        await deps.db
          .selectFrom('monitoring_alerts')
          .select('id')
          .where('school_id', '=', schoolId)
          .where('status', '!=', 'open')
          .where('updated_at', '<', alertCutoff)
          .limit(Math.min(chunk, 500))
          .execute()
      ).map((r) => r.id);
      if (ids.length === 0) break;
      await deps.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('monitoring_alert_occurrences').where('alert_id', 'in', ids).execute();
        await trx.deleteFrom('monitoring_alert_history').where('alert_id', 'in', ids).execute();
        await trx.updateTable('search_events').set({ alert_id: null }).where('alert_id', 'in', ids).execute();
        await trx.deleteFrom('monitoring_alerts').where('id', 'in', ids).execute();
      });
      alerts += ids.length;
      if (ids.length < Math.min(chunk, 500)) break;
    }
    const reports = Number((await deps.db.deleteFrom('monitoring_weekly_reports').where('school_id', '=', schoolId).where('week_start', '<', reportCutoff).executeTakeFirst()).numDeletedRows);
    await deps.audit.append({
      actor: { type: 'system', id: 'monitoring' },
      ip: null,
      action: 'monitoring.retention.applied',
      subject: { type: 'school', id: schoolId },
      schoolId,
      details: { searches, alerts, reports, searchRetentionDays: s.searchRetentionDays, alertRetentionDays: s.alertRetentionDays },
    });
    out.push({ schoolId, searches, alerts, reports });
  }
  return out;
}
