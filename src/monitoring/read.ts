import type { Kysely, Selectable } from 'kysely';
import type { Db } from '../platform/db/index.ts';
import type { Viewer } from '../safeguarding/index.ts';
import { may, schoolsWhere } from './access.ts';
import type { StoredMatch } from './alerts.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { ALERT_STATUSES, type AlertStatus } from './model.ts';
import { openAt } from './sealed.ts';

/** An alert as its list shows it (names for the monitoring team; no text). */
export interface AlertSummary {
  id: string;
  schoolId: string;
  status: AlertStatus;
  severity: number;
  category: string;
  categories: string[];
  source: string;
  occurrences: number;
  firstAt: string;
  lastAt: string;
  person: { id: string; name: string; yearGroup: string | null } | null;
  deviceId: string | null;
  clientAddress: string | null;
  notifiedAt: string | null;
  escalationLevel: number;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  concernId: string | null;
}

/** A piece of an alert's text, marked when it matched. */
export interface TextSegment {
  text: string;
  match?: { category: string; severity: number };
}

/** One occurrence with its text and where the matches are. */
export interface AlertOccurrence {
  id: string;
  at: string;
  source: string;
  eventId: string;
  severity: number;
  text: string;
  highlights: StoredMatch[];
  segments: TextSegment[];
}

/** A search just before or after the alert, for context. */
export interface ContextSearch {
  id: string;
  at: string;
  engine: string;
  query: string;
  severity: number;
}

/** An alert in full, for the monitoring team. */
export interface AlertDetail extends AlertSummary {
  items: AlertOccurrence[];
  context: { before: ContextSearch[]; after: ContextSearch[] };
  history: { at: string; action: string; actorAccountId: string | null; details: Record<string, unknown>; note: string | null }[];
}

/** Splits a text at its matches (overlaps merged into the first), for highlighting. */
export function segmentsOf(text: string, matches: readonly StoredMatch[]): TextSegment[] {
  const sorted = [...matches].filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ text: text.slice(pos, m.start) });
    out.push({ text: text.slice(m.start, m.end), match: { category: m.category, severity: m.severity } });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

type AlertRow = Selectable<Db['monitoring_alerts']>;

async function namesOf(db: Kysely<Db>, ids: readonly string[]): Promise<Map<string, { name: string; yearGroup: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'first_name', 'last_name', 'year_group']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, { name: `${r.first_name} ${r.last_name}`, yearGroup: r.year_group }]));
}

function summaryOf(r: AlertRow, names: Map<string, { name: string; yearGroup: string | null }>): AlertSummary {
  const p = r.person_id ? names.get(r.person_id) : undefined;
  return {
    id: r.id,
    schoolId: r.school_id,
    status: ALERT_STATUSES.find((s) => s === r.status) ?? 'open',
    severity: r.severity,
    category: r.category,
    categories: JSON.parse(r.categories) as string[],
    source: r.source,
    occurrences: r.occurrences,
    firstAt: r.first_at,
    lastAt: r.last_at,
    person: r.person_id ? { id: r.person_id, name: p?.name ?? 'Unknown person', yearGroup: p?.yearGroup ?? null } : null,
    deviceId: r.device_id,
    clientAddress: r.client_address,
    notifiedAt: r.notified_at,
    escalationLevel: r.escalation_level,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    concernId: r.concern_id,
  };
}

/** Filters for the alert list. */
export interface AlertQuery {
  status?: AlertStatus;
  schoolId?: string;
  minSeverity?: number;
  personId?: string;
  limit?: number;
}

/**
 * Alerts the viewer may see (`monitoring:read` in the alert's school), most severe open ones
 * first, then newest. Every read that shows any alert is audited with the count and the
 * people shown (ids only).
 */
export async function listAlerts(deps: MonitoringDeps, viewer: Viewer, query: AlertQuery = {}): Promise<{ alerts: AlertSummary[] }> {
  const all = (await deps.db.selectFrom('schools').select('id').execute()).map((s) => s.id);
  const schools = schoolsWhere(viewer, 'monitoring:read', query.schoolId ? all.filter((s) => s === query.schoolId) : all);
  if (schools.length === 0) throw monitoringErrors.forbidden('read monitoring alerts');
  let q = deps.db.selectFrom('monitoring_alerts').selectAll().where('school_id', 'in', schools);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.minSeverity) q = q.where('severity', '>=', query.minSeverity);
  if (query.personId) q = q.where('person_id', '=', query.personId);
  const rows = await q
    .orderBy((eb) => eb.case().when('status', '=', 'open').then(0).else(1).end())
    .orderBy('severity', 'desc')
    .orderBy('last_at', 'desc')
    .limit(Math.min(query.limit ?? 100, 500))
    .execute();
  const names = await namesOf(deps.db, rows.flatMap((r) => (r.person_id ? [r.person_id] : [])));
  const alerts = rows.map((r) => summaryOf(r, names));
  if (alerts.length > 0) {
    await deps.audit.append({
      actor: viewer.actor,
      ip: viewer.actor.ip ?? null,
      action: 'monitoring.alert.listed',
      details: { alerts: alerts.length, people: [...new Set(alerts.flatMap((a) => (a.person ? [a.person.id] : [])))].length, status: query.status ?? 'all' },
    });
  }
  return { alerts };
}

/** Loads an alert row the viewer may act on with `permission`; others get not-found. */
export async function resolveAlert(deps: MonitoringDeps, viewer: Viewer, id: string, permission: string): Promise<AlertRow> {
  const row = await deps.db.selectFrom('monitoring_alerts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !may(viewer, row.school_id, 'monitoring:read')) throw monitoringErrors.alertNotFound(id);
  if (!may(viewer, row.school_id, permission)) throw monitoringErrors.forbidden(permission === 'monitoring:triage' ? 'triage monitoring alerts' : 'do this');
  return row;
}

async function contextOf(deps: MonitoringDeps, r: AlertRow, own: ReadonlySet<string>): Promise<AlertDetail['context']> {
  if (!r.person_id && !r.device_id && !r.client_address) return { before: [], after: [] };
  const window = 15 * 60_000;
  const first = Date.parse(r.first_at);
  const last = Date.parse(r.last_at);
  let q = deps.db
    .selectFrom('search_events')
    .select(['id', 'at', 'engine', 'query', 'severity'])
    .where('school_id', '=', r.school_id)
    .where('at', '>=', new Date(first - window).toISOString())
    .where('at', '<=', new Date(last + window).toISOString());
  q = r.person_id ? q.where('person_id', '=', r.person_id) : r.device_id ? q.where('device_id', '=', r.device_id) : q.where('client_address', '=', r.client_address);
  const rows = (await q.orderBy('at').limit(200).execute()).filter((s) => !own.has(s.id));
  const open = (s: (typeof rows)[number]): ContextSearch => ({ id: s.id, at: s.at, engine: s.engine, severity: s.severity, query: openAt(deps.masterKey, 'search_events', s.id, 'query', s.query) ?? '' });
  return { before: rows.filter((s) => s.at <= r.first_at).slice(-5).map(open), after: rows.filter((s) => s.at > r.last_at).slice(0, 5).map(open) };
}

/** One alert in full: its texts with matches marked, the searches around it and its history; audited. */
export async function getAlert(deps: MonitoringDeps, viewer: Viewer, id: string): Promise<AlertDetail> {
  const r = await resolveAlert(deps, viewer, id, 'monitoring:read');
  const names = await namesOf(deps.db, r.person_id ? [r.person_id] : []);
  const occ = await deps.db.selectFrom('monitoring_alert_occurrences').selectAll().where('alert_id', '=', id).orderBy('at').limit(200).execute();
  const items = occ.map((o): AlertOccurrence => {
    const text = openAt(deps.masterKey, 'monitoring_alert_occurrences', o.id, 'text', o.text) ?? '';
    const highlights = JSON.parse(openAt(deps.masterKey, 'monitoring_alert_occurrences', o.id, 'matches', o.matches) ?? '[]') as StoredMatch[];
    return { id: o.id, at: o.at, source: o.source, eventId: o.event_id, severity: o.severity, text, highlights, segments: segmentsOf(text, highlights) };
  });
  const history = (await deps.db.selectFrom('monitoring_alert_history').selectAll().where('alert_id', '=', id).orderBy('seq').execute()).map((h) => ({
    at: h.at,
    action: h.action,
    actorAccountId: h.actor_account_id,
    details: JSON.parse(h.details) as Record<string, unknown>,
    note: openAt(deps.masterKey, 'monitoring_alert_history', h.id, 'note', h.note),
  }));
  const context = await contextOf(deps, r, new Set(occ.map((o) => o.event_id)));
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'monitoring.alert.read',
    subject: { type: 'monitoring-alert', id },
    schoolId: r.school_id,
    details: { person: r.person_id, context: context.before.length + context.after.length },
  });
  return { ...summaryOf(r, names), items, context, history };
}
