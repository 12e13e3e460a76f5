/**
 * Proxy events into the shared filter event log (`filter_events`, source `proxy`): one row per
 * request (or CONNECT tunnel), with the method in `query_type`, the path where it was visible and
 * the response bytes; written by filtering's batched writer, never on the request path.
 */
import { createFilterEventWriter, EventBatch, FILTER_EVENT_COLUMNS, type EventLogOptions, type FilterEventWriter } from '../filtering/index.ts';
import type { Database, Db } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';
import type { ProxyEvent } from './model.ts';

/** The `filter_events` rows of proxy events. */
export function proxyEventRows(events: readonly ProxyEvent[]): Db['filter_events'][] {
  const b = new EventBatch(events.map((e) => e.at));
  return events.map((e, i) => ({
    id: b.id(i),
    at: b.iso(e.at),
    source: 'proxy',
    school_id: e.client.schoolId,
    client_address: e.address,
    device_id: e.client.deviceId ?? null,
    person_id: e.client.personId ?? null,
    groups: b.groups(e.client.groups),
    host: e.host,
    path: e.path,
    query_type: e.method.slice(0, 16),
    verdict: e.verdict,
    category: e.category ?? null,
    list: e.list ?? null,
    rule: e.rule ?? null,
    bytes: e.bytes,
  }));
}

/** The same rows column-major, for the SQLite worker. */
export function proxyEventColumns(events: readonly ProxyEvent[]): unknown[][] {
  const rows = proxyEventRows(events);
  return FILTER_EVENT_COLUMNS.map((k) => rows.map((r) => r[k]));
}

/** The proxy's batched event writer. */
export function createProxyEventWriter(deps: { database: Pick<Database, 'db' | 'dialect' | 'sqlite'>; options: EventLogOptions; logger?: Logger }): FilterEventWriter<ProxyEvent> {
  return createFilterEventWriter<ProxyEvent>(deps, { name: 'proxy events', columns: proxyEventColumns, rows: proxyEventRows });
}
