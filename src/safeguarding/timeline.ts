import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import type { NotificationKind, NotificationRecipient, TimelineKind } from './model.ts';
import { insertNotification, insertTimeline } from './store.ts';

/** Detail values a timeline entry or notification may carry: codes, ids, counts, flags only. */
export type CodeDetails = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * Adds one entry to a concern's timeline in the caller's transaction. The chronology is read
 * from these; they hold codes and ids, never text, so they need no sealing.
 */
export async function appendTimeline(
  trx: Kysely<Db>,
  entry: { concernId: string; kind: TimelineKind; refId?: string | null; actorAccountId: string | null; nowMs: number; details?: CodeDetails },
): Promise<void> {
  await insertTimeline(trx, {
    id: uuidv7(entry.nowMs),
    concern_id: entry.concernId,
    at: new Date(entry.nowMs).toISOString(),
    kind: entry.kind,
    ref_id: entry.refId ?? null,
    actor_account_id: entry.actorAccountId,
    details: JSON.stringify(entry.details ?? {}),
  });
}

/**
 * Queues a notification in the outbox table, in the caller's transaction. Nothing is sent
 * here: the notifier of the monitoring issue delivers pending rows (email, webhook, live) and
 * marks them delivered. Payloads carry severity, codes and a concern id — never a name or text.
 */
export async function queueNotification(
  trx: Kysely<Db>,
  n: { schoolId: string; kind: NotificationKind; recipient: NotificationRecipient; severity: number; concernId: string | null; nowMs: number; payload?: CodeDetails },
): Promise<void> {
  await insertNotification(trx, {
    id: uuidv7(n.nowMs),
    school_id: n.schoolId,
    kind: n.kind,
    recipient: n.recipient,
    severity: n.severity,
    concern_id: n.concernId,
    payload: JSON.stringify(n.payload ?? {}),
    created_at: new Date(n.nowMs).toISOString(),
    delivered_at: null,
  });
}
