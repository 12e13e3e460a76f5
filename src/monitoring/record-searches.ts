import { uuidv7 } from '../platform/crypto.ts';
import { type RaisedAlert, raiseAlertIn } from './alerts.ts';
import { analyse, type Analysis } from './core/analyse.ts';
import type { MonitoringDeps } from './deps.ts';
import type { SearchCapture } from './model.ts';
import { afterRaise } from './notify-alerts.ts';
import { sealAt } from './sealed.ts';
import { type LoadedSettings, loadSettings } from './settings.ts';

/** A capture with the id it was given when it arrived (so a replay never writes it twice). */
export interface IdentifiedCapture {
  id: string;
  capture: SearchCapture;
}

/** Longest search text kept; longer input is cut (searches are short; this bounds abuse). */
export const MAX_QUERY_LENGTH = 2000;

/** Gives a capture its event id (UUIDv7 from its own time). */
export function identify(capture: SearchCapture): IdentifiedCapture {
  return { id: uuidv7(capture.at), capture };
}

/**
 * Stores a batch of searches and raises the alerts they call for, in one transaction: each
 * query is analysed against its school's lexicon, stored sealed with its severity and
 * categories, and a result at or above the school's threshold raises (or repeats) an alert
 * that links back to the search. Rows already stored (a replayed spool) are skipped, alerts
 * included. Notifications go after the commit. Returns how many rows were new.
 */
export async function recordSearches(deps: MonitoringDeps, batch: readonly IdentifiedCapture[]): Promise<number> {
  if (batch.length === 0) return 0;
  const nowMs = deps.clock.now();
  const settings = new Map<string, LoadedSettings>();
  const analysed: { item: IdentifiedCapture; query: string; analysis: Analysis }[] = [];
  for (const item of batch) {
    const school = item.capture.schoolId;
    if (!settings.has(school)) settings.set(school, await loadSettings(deps, school));
    const lexicon = await deps.lexicons.get(deps.db, school, nowMs);
    const query = item.capture.query.slice(0, MAX_QUERY_LENGTH);
    let analysis: Analysis;
    try {
      analysis = analyse(query, lexicon ? { lexicon } : {});
    } catch (err) {
      // A bug in the analyser must not lose the search: keep it, unanalysed, and say so.
      deps.logger.error({ err, event: item.id }, 'analyser failed on a search; stored without analysis');
      analysis = { severity: 0, categories: [], matches: [] };
    }
    analysed.push({ item, query, analysis });
  }
  const raised: (RaisedAlert & { schoolId: string })[] = [];
  const written = await deps.db.transaction().execute(async (trx) => {
    const rows = analysed.map(({ item, query, analysis }) => ({
      id: item.id,
      at: new Date(item.capture.at).toISOString(),
      school_id: item.capture.schoolId,
      source: item.capture.source,
      engine: item.capture.engine,
      host: item.capture.host.slice(0, 253),
      query: sealAt(deps.masterKey, 'search_events', item.id, 'query', query),
      person_id: item.capture.personId,
      device_id: item.capture.deviceId,
      client_address: item.capture.clientAddress,
      groups: JSON.stringify(item.capture.groups),
      severity: analysis.severity,
      categories: JSON.stringify(analysis.categories),
      alert_id: null,
    }));
    const fresh = new Set<string>();
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await trx
        .insertInto('search_events')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      for (const r of inserted) fresh.add(r.id);
    }
    for (const { item, query, analysis } of analysed) {
      const s = settings.get(item.capture.schoolId);
      if (!fresh.has(item.id) || !s || analysis.severity < s.threshold) continue;
      const c = item.capture;
      const r = await raiseAlertIn(
        trx,
        deps,
        { schoolId: c.schoolId, source: 'search', eventId: item.id, at: c.at, personId: c.personId, deviceId: c.deviceId, clientAddress: c.clientAddress, text: query, severity: analysis.severity, categories: analysis.categories, matches: analysis.matches },
        s,
      );
      await trx.updateTable('search_events').set({ alert_id: r.alertId }).where('id', '=', item.id).execute();
      raised.push({ ...r, schoolId: c.schoolId });
    }
    return fresh.size;
  });
  if (raised.length > 0) {
    await afterRaise(deps, raised).catch((err: unknown) => deps.logger.error({ err }, 'alert notification failed; the notify job retries emails'));
  }
  return written;
}
