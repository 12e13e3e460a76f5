import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import type { NotificationRecipient } from './model.ts';
import { listNotifications } from './store.ts';
import { schoolsWith, type Viewer } from './viewer.ts';

/** An outbox notification as listed: codes and ids only. */
export interface NotificationView {
  id: string;
  schoolId: string;
  kind: string;
  recipient: string;
  severity: number;
  concernId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
  deliveredAt: string | null;
}

/**
 * The outbox rows addressed to the viewer's safeguarding role (the DSL team, the headteacher,
 * the chair of governors), newest first. Until the notifier exists this is how they see a
 * break-glass or an escalation; the notifier will deliver the same rows.
 */
export async function notificationsFor(deps: SafeguardingDeps, viewer: Viewer, limit = 100): Promise<NotificationView[]> {
  const byRecipient: [NotificationRecipient, string][] = [
    ['dsl-team', 'concerns:read-all'],
    ['headteacher', 'concerns:staff'],
    ['chair-of-governors', 'concerns:staff-headteacher'],
  ];
  const rows = [];
  for (const [recipient, permission] of byRecipient) {
    const schools = schoolsWith(viewer, permission);
    if (schools.length > 0) rows.push(...(await listNotifications(deps.db, schools, [recipient], limit)));
  }
  if (!byRecipient.some(([, p]) => schoolsWith(viewer, p).length > 0)) throw safeguardingErrors.forbidden('read safeguarding notifications');
  rows.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  return rows.slice(0, limit).map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    kind: r.kind,
    recipient: r.recipient,
    severity: r.severity,
    concernId: r.concern_id,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  }));
}
