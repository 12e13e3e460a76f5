import { purgeFilterEvents } from '../dns/index.ts';
import type { Scheduler } from '../platform/scheduler.ts';
import { purgeExpiredTransfers } from '../safeguarding/index.ts';
import type { Haven } from './app.ts';
import { applyRetention, runAlertEscalations, runWeeklyReports, sendDueNotifications, watchFilterBlocks } from '../monitoring/index.ts';
import { createOutboxDelivery } from './safeguarding-outbox.ts';

const DAY = 86_400_000;

/** Housekeeping every install needs: expired sessions and setup tokens are removed daily. */
export function registerMaintenanceJobs(scheduler: Scheduler, haven: Haven): void {
  scheduler.add({
    name: 'identity.purge-expired',
    intervalMs: DAY,
    run: async () => {
      const cutoff = new Date(haven.clock.now() - 7 * DAY).toISOString();
      const now = new Date(haven.clock.now()).toISOString();
      await haven.database.db.deleteFrom('sessions').where('expires_at', '<', cutoff).execute();
      await haven.database.db.deleteFrom('setup_tokens').where('expires_at', '<', now).execute();
    },
  });
  // Safeguarding transfer packages nobody collected are deleted once their link expires; the sender's record stays.
  scheduler.add({ name: 'safeguarding.purge-transfers', intervalMs: DAY, run: async () => void (await purgeExpiredTransfers(haven.safeguarding)) });
  // Approved unblocks stop applying at their end by themselves; this records the expiry in the audit log.
  scheduler.add({ name: 'filtering.expire-unblocks', intervalMs: 60_000, run: async () => void (await haven.filteringService.expireUnblocks()) });
  // Subscribed lists are refreshed when due (each says how often); a bad download keeps the last good version.
  scheduler.add({ name: 'filtering.refresh-lists', intervalMs: 5 * 60_000, run: async () => void (await haven.filteringService.refreshDueLists()) });
  // Filter events (DNS, proxy, extension) are kept `events.retentionDays` days (default 90), then deleted.
  scheduler.add({
    name: 'filtering.purge-events',
    intervalMs: DAY,
    run: async () => void (await purgeFilterEvents(haven.database.db, haven.clock.now() - haven.config.events.retentionDays * DAY)),
  });
  // Safeguarding outbox (break-glass, escalations, new concerns): pushed live, emailed to the role group, marked delivered; failures back off and retry.
  const outbox = createOutboxDelivery({ db: haven.database.db, notify: haven.notify, clock: haven.clock, logger: haven.logger, quietHours: haven.config.notify.quietHours });
  scheduler.add({ name: 'safeguarding.deliver-notifications', intervalMs: 15_000, run: async () => void (await outbox.run()) });
  // Monitoring: rota emails held by quiet hours go when due, unacknowledged serious alerts climb the ladder, and bursts of risky blocks in the filter log raise alerts.
  scheduler.add({ name: 'monitoring.notify-alerts', intervalMs: 15_000, run: async () => void (await sendDueNotifications(haven.monitoring)) });
  scheduler.add({ name: 'monitoring.escalate-alerts', intervalMs: 30_000, run: async () => void (await runAlertEscalations(haven.monitoring)) });
  scheduler.add({ name: 'monitoring.watch-filter-blocks', intervalMs: 60_000, run: async () => void (await watchFilterBlocks(haven.monitoring)) });
  // Weekly reports go out from Monday 07:00 (London); each school's retention periods for searches and closed alerts are applied daily (audited).
  scheduler.add({ name: 'monitoring.weekly-reports', intervalMs: 3_600_000, run: async () => void (await runWeeklyReports(haven.monitoring)) });
  scheduler.add({ name: 'monitoring.retention', intervalMs: DAY, run: async () => void (await applyRetention(haven.monitoring)) });
  // Servers (the only callers of this) compile the analyser's lexicon now rather than on the first search, so the first alert is as quick as the rest.
  haven.searches.warm();
}
