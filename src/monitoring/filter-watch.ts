import { type RaisedAlert, raiseAlertIn } from './alerts.ts';
import type { MonitoringDeps } from './deps.ts';
import { FILTER_TO_MONITORING_CATEGORY, type MonitoringCategory, type Severity, URGENT_CATEGORIES } from './model.ts';
import { afterRaise } from './notify-alerts.ts';
import { type LoadedSettings, loadSettings } from './settings.ts';

const CURSOR_KEY = 'monitoring.filter-watch.cursor';
/** Longest window a school may set; events older than this before the cursor are never read. */
const MAX_WINDOW_MS = 24 * 3_600_000;
/** Filter events reach the database in batches; the scan stays this far behind now so none slips past the cursor. */
export const FILTER_WATCH_LAG_MS = 30_000;

/** A burst found in the filter log: one person (or device) blocked on several sites of one risk. */
export interface BlockBurst {
  schoolId: string;
  personId: string | null;
  deviceId: string | null;
  clientAddress: string | null;
  category: MonitoringCategory;
  hosts: string[];
  lastEventId: string;
  at: number;
}

interface BlockRow {
  id: string;
  at: string;
  school_id: string;
  person_id: string | null;
  device_id: string | null;
  client_address: string | null;
  host: string;
  category: string | null;
}

/**
 * Finds bursts among blocked events: for each person (else device, else address) and risk
 * category, the moment `burst` different sites had been blocked within `windowMs`, if that moment
 * is after `sinceMs` (so a burst already reported is not found again; a burst that goes on is
 * found again, and joins the open alert as a repeat). Distinct sites, not requests: one page
 * load makes several DNS queries and requests. Pure; rows ordered by time.
 */
export function findBursts(rows: readonly BlockRow[], sinceMs: number, rule: (schoolId: string) => { burst: number; windowMs: number }): BlockBurst[] {
  const groups = new Map<string, BlockRow[]>();
  for (const r of rows) {
    const category = r.category ? FILTER_TO_MONITORING_CATEGORY[r.category] : undefined;
    if (!category) continue;
    const who = r.person_id ? `p:${r.person_id}` : r.device_id ? `d:${r.device_id}` : r.client_address ? `a:${r.client_address}` : null;
    if (!who) continue;
    const key = `${r.school_id}|${who}|${category}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: BlockBurst[] = [];
  for (const [key, list] of groups) {
    const category = key.slice(key.lastIndexOf('|') + 1) as MonitoringCategory;
    const first = list[0];
    if (!first) continue;
    const { burst, windowMs } = rule(first.school_id);
    let found: BlockBurst | undefined;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (!e) continue;
      const at = Date.parse(e.at);
      if (at <= sinceMs) continue;
      const hosts = new Set<string>();
      for (let j = i; j >= 0; j--) {
        const p = list[j];
        if (!p || at - Date.parse(p.at) > windowMs) break;
        hosts.add(p.host);
      }
      if (hosts.size >= burst) found = { schoolId: e.school_id, personId: e.person_id, deviceId: e.device_id, clientAddress: e.client_address, category, hosts: [...hosts].sort(), lastEventId: e.id, at };
    }
    if (found) out.push(found);
  }
  return out;
}

/** Severity of a burst: serious (4) for the urgent categories (self-harm, grooming, extremism, weapons), else concerning (3). */
export function burstSeverity(category: MonitoringCategory): Severity {
  return URGENT_CATEGORIES.includes(category) ? 4 : 3;
}

/**
 * The filter-watch job (F7 → M3): reads blocked filter events since its last run and raises an
 * alert for each burst of risky blocks ({@link findBursts}), with the sites as the alert's text.
 * A job rather than a hook on the filter's hot path: the DNS and proxy paths stay free of
 * monitoring, and filter nodes that only write events need no monitoring at all. Returns the
 * alerts raised or repeated.
 */
export async function watchFilterBlocks(deps: MonitoringDeps): Promise<number> {
  const nowMs = deps.clock.now() - FILTER_WATCH_LAG_MS;
  const cursorRow = await deps.db.selectFrom('settings').select('value').where('key', '=', CURSOR_KEY).executeTakeFirst();
  const sinceMs = cursorRow ? Date.parse(cursorRow.value) : nowMs - 15 * 60_000;
  const categories = Object.keys(FILTER_TO_MONITORING_CATEGORY);
  const rows = await deps.db
    .selectFrom('filter_events')
    .select(['id', 'at', 'school_id', 'person_id', 'device_id', 'client_address', 'host', 'category'])
    .where('verdict', '=', 'block')
    .where('category', 'in', categories)
    .where('at', '>', new Date(sinceMs - MAX_WINDOW_MS).toISOString())
    .where('at', '<=', new Date(nowMs).toISOString())
    .orderBy('at')
    .limit(100_000)
    .execute();
  const settings = new Map<string, LoadedSettings>();
  for (const s of new Set(rows.map((r) => r.school_id))) settings.set(s, await loadSettings(deps, s));
  const bursts = findBursts(rows, sinceMs, (s) => {
    const x = settings.get(s);
    return { burst: x?.blockBurst ?? 3, windowMs: (x?.blockWindowMinutes ?? 10) * 60_000 };
  });
  const raised: (RaisedAlert & { schoolId: string })[] = [];
  await deps.db.transaction().execute(async (trx) => {
    for (const b of bursts) {
      const s = settings.get(b.schoolId);
      if (!s) continue;
      const severity = burstSeverity(b.category);
      if (severity < s.threshold) continue;
      const text = `Blocked ${b.hosts.length} sites in ${b.category} within ${s.blockWindowMinutes} minutes: ${b.hosts.join(', ')}`;
      const r = await raiseAlertIn(
        trx,
        deps,
        { schoolId: b.schoolId, source: 'filter', eventId: b.lastEventId, at: b.at, personId: b.personId, deviceId: b.deviceId, clientAddress: b.clientAddress, text, severity, categories: [b.category], matches: [] },
        s,
      );
      raised.push({ ...r, schoolId: b.schoolId });
    }
    const at = new Date(nowMs).toISOString();
    await trx
      .insertInto('settings')
      .values({ key: CURSOR_KEY, value: at, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: at, updated_at: at }))
      .execute();
  });
  if (raised.length > 0) await afterRaise(deps, raised).catch((err: unknown) => deps.logger.error({ err }, 'alert notification failed; the notify job retries emails'));
  return raised.length;
}
