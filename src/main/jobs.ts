import { purgeFilterEvents } from '../dns/index.ts';
import type { Scheduler } from '../platform/scheduler.ts';
import { purgeExpiredTransfers } from '../safeguarding/index.ts';
import type { Haven } from './app.ts';

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
}
