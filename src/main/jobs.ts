import type { Scheduler } from '../platform/scheduler.ts';
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
}
