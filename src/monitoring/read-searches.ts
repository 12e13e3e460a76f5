import type { Viewer } from '../safeguarding/index.ts';
import { may, schoolsWhere } from './access.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { openAt } from './sealed.ts';

/** One captured search as the search log shows it; `person` only for those who may see names. */
export interface SearchLogEntry {
  id: string;
  at: string;
  schoolId: string;
  source: string;
  engine: string;
  host: string;
  query: string;
  person?: { id: string; name: string } | null;
  deviceId: string | null;
  clientAddress: string | null;
  groups: string[];
  severity: number;
  categories: string[];
  alertId: string | null;
}

/** Filters for the search log. */
export interface SearchLogQuery {
  sinceMs: number;
  schoolId?: string;
  personId?: string;
  deviceId?: string;
  minSeverity?: number;
  limit?: number;
}

/**
 * The search log (M1), newest first. Holders of `filtering:logs` see devices, addresses, groups
 * and the searches; names (and filtering by person) only with `monitoring:read` — the DSL team
 * and the online-safety lead (decisions.md: IT staff see devices, not names). A read that shows
 * names is audited with the counts.
 */
export async function readSearchLog(deps: MonitoringDeps, viewer: Viewer, q: SearchLogQuery): Promise<{ searches: SearchLogEntry[] }> {
  const all = (await deps.db.selectFrom('schools').select('id').execute()).map((s) => s.id);
  const schools = schoolsWhere(viewer, 'filtering:logs', q.schoolId ? all.filter((s) => s === q.schoolId) : all);
  if (schools.length === 0) throw monitoringErrors.forbidden('read the search log');
  const named = new Set(schools.filter((s) => may(viewer, s, 'monitoring:read')));
  if (q.personId && named.size === 0) throw monitoringErrors.forbidden('look up a person’s searches');
  let sel = deps.db.selectFrom('search_events').selectAll().where('school_id', 'in', schools).where('at', '>=', new Date(q.sinceMs).toISOString());
  if (q.personId) sel = sel.where('person_id', '=', q.personId).where('school_id', 'in', [...named]);
  if (q.deviceId) sel = sel.where('device_id', '=', q.deviceId);
  if (q.minSeverity) sel = sel.where('severity', '>=', q.minSeverity);
  const rows = await sel.orderBy('at', 'desc').orderBy('id', 'desc').limit(Math.min(q.limit ?? 200, 1000)).execute();
  const personIds = [...new Set(rows.filter((r) => r.person_id && named.has(r.school_id)).map((r) => r.person_id ?? ''))];
  const people = personIds.length
    ? new Map((await deps.db.selectFrom('people').select(['id', 'first_name', 'last_name']).where('id', 'in', personIds).execute()).map((p) => [p.id, `${p.first_name} ${p.last_name}`]))
    : new Map<string, string>();
  const searches = rows.map((r): SearchLogEntry => ({
    id: r.id,
    at: r.at,
    schoolId: r.school_id,
    source: r.source,
    engine: r.engine,
    host: r.host,
    query: openAt(deps.masterKey, 'search_events', r.id, 'query', r.query) ?? '',
    ...(named.has(r.school_id) ? { person: r.person_id ? { id: r.person_id, name: people.get(r.person_id) ?? 'Unknown person' } : null } : {}),
    deviceId: r.device_id,
    clientAddress: r.client_address,
    groups: JSON.parse(r.groups) as string[],
    severity: r.severity,
    categories: JSON.parse(r.categories) as string[],
    alertId: named.has(r.school_id) ? r.alert_id : null,
  }));
  const shown = new Set(searches.flatMap((s) => (s.person ? [s.person.id] : [])));
  if (shown.size > 0) {
    await deps.audit.append({ actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'monitoring.searches.read', details: { searches: searches.length, people: shown.size } });
  }
  return { searches };
}
