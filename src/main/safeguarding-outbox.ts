import type { Kysely } from 'kysely';
import { type Permission, ROLE_PERMISSIONS, type Role, roles } from '../identity/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';
import { DEFAULT_QUIET_HOURS, emailReleaseAt, isQuietHours, type Notifier, type QuietHours } from '../platform/notify/index.ts';

/**
 * Outbox recipients (role groups) → the permission that defines them, the same mapping
 * safeguarding uses to list the rows: the DSL team reads all concerns, the headteacher staff
 * allegations, the chair of governors allegations about the headteacher.
 */
export const RECIPIENT_PERMISSION: Readonly<Record<string, Permission>> = {
  'dsl-team': 'concerns:read-all',
  headteacher: 'concerns:staff',
  'chair-of-governors': 'concerns:staff-headteacher',
};

const KIND_LABELS: Readonly<Record<string, string>> = {
  'concern.received': 'New concern received',
  'concern.escalated': 'Concern escalated',
  'break-glass.opened': 'Break-glass access used on a concern',
  'transfer.received': 'Safeguarding file transfer received',
};

/** What one run did, for logs and tests. */
export interface OutboxRunSummary {
  delivered: number;
  /** Severity below 5 inside quiet hours: waits for the morning. */
  held: number;
  /** Sending failed (or nobody holds the role); retried after a backoff. */
  failed: number;
  /** Still backing off from an earlier failure. */
  waiting: number;
  /** Email is disabled: pushed live and marked delivered (the dashboard lists every row anyway). */
  dashboardOnly: number;
}

/** Delivers the safeguarding outbox; keeps per-row retry state between runs. */
export interface OutboxDelivery {
  run(): Promise<OutboxRunSummary>;
}

/**
 * Delivers pending `safeguarding_notifications`: each row is pushed live to the viewers its
 * role group's permission reaches (once), then emailed to the active accounts holding a role
 * with that permission in the row's school, and marked delivered. Emails carry the kind,
 * severity, school, ids and a link — never a learner's name or any concern text (need-to-know:
 * the link asks for sign-in). Quiet hours hold emails below severity 5. A failure leaves the
 * row pending and backs off (30 s doubling to 1 h): nothing is lost, a restart retries at once.
 * Without SMTP a row is delivered once pushed live (the dashboard lists every row anyway).
 */
export function createOutboxDelivery(deps: {
  db: Kysely<Db>;
  notify: Notifier;
  clock: Clock;
  logger: Logger;
  quietHours?: QuietHours | undefined;
  batchSize?: number;
  backoffMs?: number;
  maxBackoffMs?: number;
}): OutboxDelivery {
  const quiet = deps.quietHours ?? DEFAULT_QUIET_HOURS;
  const baseBackoff = deps.backoffMs ?? 30_000;
  const maxBackoff = deps.maxBackoffMs ?? 3_600_000;
  const retries = new Map<string, { attempts: number; nextAt: number }>();
  const announced = new Set<string>();
  const held = new Map<string, number>();
  let warnedDisabled = false;

  async function recipientsOf(schoolId: string, permission: Permission): Promise<string[]> {
    const holding = roles.filter((r: Role) => ROLE_PERMISSIONS[r].includes(permission));
    const rows = await deps.db
      .selectFrom('accounts')
      .innerJoin('account_roles', 'account_roles.account_id', 'accounts.id')
      .select('accounts.email')
      .distinct()
      .where('accounts.status', '=', 'active')
      .where('account_roles.role', 'in', holding)
      .where('account_roles.school_id', 'in', [schoolId, '*'])
      .orderBy('accounts.email')
      .execute();
    return rows.map((r) => r.email);
  }

  async function markDelivered(id: string): Promise<void> {
    await deps.db.updateTable('safeguarding_notifications').set({ delivered_at: new Date(deps.clock.now()).toISOString() }).where('id', '=', id).where('delivered_at', 'is', null).execute();
  }

  return {
    async run() {
      const summary: OutboxRunSummary = { delivered: 0, held: 0, failed: 0, waiting: 0, dashboardOnly: 0 };
      const rows = await deps.db
        .selectFrom('safeguarding_notifications')
        .leftJoin('schools', 'schools.id', 'safeguarding_notifications.school_id')
        .select([
          'safeguarding_notifications.id',
          'safeguarding_notifications.school_id',
          'safeguarding_notifications.kind',
          'safeguarding_notifications.recipient',
          'safeguarding_notifications.severity',
          'safeguarding_notifications.concern_id',
          'safeguarding_notifications.created_at',
          'schools.name as school_name',
        ])
        .where('safeguarding_notifications.delivered_at', 'is', null)
        .orderBy('safeguarding_notifications.created_at')
        .orderBy('safeguarding_notifications.id')
        .limit(deps.batchSize ?? 200)
        .execute();
      for (const row of rows) {
        const permission = RECIPIENT_PERMISSION[row.recipient];
        if (!permission) {
          deps.logger.warn({ notification: row.id, recipient: row.recipient }, 'outbox notification for an unknown recipient group; left pending');
          summary.failed++;
          continue;
        }
        const link = deps.notify.link(row.concern_id ? `/concerns/${encodeURIComponent(row.concern_id)}` : '/concerns');
        if (!announced.has(row.id)) {
          deps.notify.live.publish(
            { schoolId: row.school_id, permission },
            { type: `safeguarding.${row.kind}`, data: { notificationId: row.id, kind: row.kind, severity: row.severity, concernId: row.concern_id, link } },
          );
          announced.add(row.id);
        }
        if (!deps.notify.emailEnabled) {
          // Delivered on every channel there is: live and the dashboard's list. Keeping rows
          // pending instead would grow without bound and flood inboxes once SMTP is set up.
          if (!warnedDisabled) deps.logger.warn('email is disabled (no SMTP server configured): safeguarding notifications reach the dashboard only');
          warnedDisabled = true;
          await markDelivered(row.id);
          announced.delete(row.id);
          summary.dashboardOnly++;
          continue;
        }
        const now = deps.clock.now();
        // Outside quiet hours everything raised earlier is due; inside, the release time is worked
        // out once per row (a weekend's walk costs a few milliseconds).
        if (row.severity < 5 && isQuietHours(now, quiet)) {
          let releaseAt = held.get(row.id);
          if (releaseAt === undefined) {
            releaseAt = emailReleaseAt(Date.parse(row.created_at), row.severity, quiet);
            held.set(row.id, releaseAt);
          }
          if (releaseAt > now) {
            summary.held++;
            continue;
          }
        }
        held.delete(row.id);
        const retry = retries.get(row.id);
        if (retry && retry.nextAt > now) {
          summary.waiting++;
          continue;
        }
        const fail = (reason: string, err?: unknown): void => {
          const attempts = (retry?.attempts ?? 0) + 1;
          const wait = Math.min(maxBackoff, baseBackoff * 2 ** (attempts - 1));
          retries.set(row.id, { attempts, nextAt: deps.clock.now() + wait });
          deps.logger.warn({ err, notification: row.id, attempts, retryInMs: wait }, `safeguarding notification not delivered: ${reason}`);
          summary.failed++;
        };
        try {
          const to = await recipientsOf(row.school_id, permission);
          if (to.length === 0) {
            fail(`nobody holds ${permission} in school ${row.school_id}`);
            continue;
          }
          const label = KIND_LABELS[row.kind] ?? row.kind;
          await deps.notify.email({
            to,
            subject: `Haven: ${label} (severity ${row.severity})`,
            text: [
              'A safeguarding notification needs your attention.',
              '',
              `What: ${label}`,
              `Severity: ${row.severity} of 5`,
              `School: ${row.school_name ?? row.school_id}`,
              ...(row.concern_id ? [`Concern: ${row.concern_id}`] : []),
              `Notification: ${row.id}`,
              `Raised: ${row.created_at}`,
              '',
              `Open it in Haven (sign-in required): ${link}`,
              '',
              'This email carries no names or details on purpose: only people who need to know see them, after signing in.',
            ].join('\n'),
            headers: { 'X-Haven-Notification': row.id, 'X-Haven-Kind': row.kind },
          });
          await markDelivered(row.id);
          retries.delete(row.id);
          announced.delete(row.id);
          summary.delivered++;
        } catch (err) {
          fail('sending failed', err);
        }
      }
      return summary;
    },
  };
}
