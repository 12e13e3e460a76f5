/**
 * The filter event log: DNS query events written in batches to `filter_events` off the hot
 * path (the DNS filter only pushes onto a bounded queue), retention by age, and the reads behind
 * `haven log dns` and `GET /api/v1/filtering/log`. The table is shared with the proxy and the
 * extension (`source`); ids are UUIDv7 made here, at the source.
 *
 * Need-to-know (design decisions): names are shown only to readers who may see them (the DSL
 * team and the online-safety lead, `filtering:logs-names`); everyone else with `filtering:logs`
 * (IT staff) sees devices, addresses and groups, and no person at all.
 */
import { type Kysely, sql } from 'kysely';
import { createFilterEventWriter, EventBatch, type EventLogOptions } from '../filtering/index.ts';
import type { BatchWriterStats } from '../platform/batch-writer.ts';
import type { Database, Db } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';
import { rrTypeName } from './core/wire.ts';
import type { DnsEvent, DnsEventSink } from './filter.ts';

export type { EventLogOptions };

/** Sources of filter events. */
export const EVENT_SOURCES = ['dns', 'proxy', 'extension'] as const;
/** One source from {@link EVENT_SOURCES}. */
export type EventSource = (typeof EVENT_SOURCES)[number];

/** The DNS filter's event sink plus the writer's controls. */
export interface DnsEventWriter extends DnsEventSink {
  stats(): BatchWriterStats;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * DNS events as column-major `filter_events` values, in `filter_events` column order (no object
 * per row: a batch is thousands of events). Ids are UUIDv7 made here, at the source, with one
 * random draw per batch; identities are shared objects (memoised per address), so their groups
 * serialise once per batch.
 */
export function dnsEventColumns(events: readonly DnsEvent[]): unknown[][] {
  const b = new EventBatch(events.map((e) => e.at));
  const id: string[] = [];
  const at: string[] = [];
  const source: string[] = [];
  const school: string[] = [];
  const address: string[] = [];
  const device: (string | null)[] = [];
  const person: (string | null)[] = [];
  const groups: string[] = [];
  const host: string[] = [];
  const path: null[] = [];
  const type: string[] = [];
  const verdict: string[] = [];
  const category: (string | null)[] = [];
  const list: (string | null)[] = [];
  const rule: (string | null)[] = [];
  const bytes: null[] = [];
  events.forEach((e, i) => {
    id.push(b.id(i));
    at.push(b.iso(e.at));
    source.push('dns');
    school.push(e.client.schoolId);
    address.push(e.address);
    device.push(e.client.deviceId ?? null);
    person.push(e.client.personId ?? null);
    groups.push(b.groups(e.client.groups));
    host.push(e.name === '' ? '.' : e.name);
    path.push(null);
    type.push(rrTypeName(e.type));
    verdict.push(e.verdict);
    category.push(e.category ?? null);
    list.push(e.list ?? null);
    rule.push(e.rule ?? null);
    bytes.push(null);
  });
  return [id, at, source, school, address, device, person, groups, host, path, type, verdict, category, list, rule, bytes];
}

/** The `filter_events` rows of DNS events (for the query builder: PostgreSQL, tests). */
export function dnsEventRows(events: readonly DnsEvent[]): Db['filter_events'][] {
  const b = new EventBatch(events.map((e) => e.at));
  return events.map((e, i) => ({
    id: b.id(i),
    at: b.iso(e.at),
    source: 'dns',
    school_id: e.client.schoolId,
    client_address: e.address,
    device_id: e.client.deviceId ?? null,
    person_id: e.client.personId ?? null,
    groups: b.groups(e.client.groups),
    host: e.name === '' ? '.' : e.name,
    path: null,
    query_type: rrTypeName(e.type),
    verdict: e.verdict,
    category: e.category ?? null,
    list: e.list ?? null,
    rule: e.rule ?? null,
    bytes: null,
  }));
}

/** The `filter_events` row of one DNS event. */
export function dnsEventRow(e: DnsEvent): Db['filter_events'] {
  const [row] = dnsEventRows([e]);
  if (row === undefined) throw new Error('unreachable: one event makes one row');
  return row;
}

/** Writes DNS events to `filter_events` in batches, off the hot path; see {@link createFilterEventWriter}. */
export function createDnsEventWriter(deps: { database: Pick<Database, 'db' | 'dialect' | 'sqlite'>; options: EventLogOptions; logger?: Logger }): DnsEventWriter {
  return createFilterEventWriter<DnsEvent>(deps, { name: 'dns events', columns: dnsEventColumns, rows: dnsEventRows });
}

/** Deletes events older than `cutoffMs`, in chunks so no single statement holds the table long; returns how many. */
export async function purgeFilterEvents(db: Kysely<Db>, cutoffMs: number, chunk = 10_000): Promise<number> {
  const cutoff = new Date(cutoffMs).toISOString();
  let total = 0;
  for (;;) {
    const ids = db.selectFrom('filter_events').select('id').where('at', '<', cutoff).limit(chunk);
    const r = await db.deleteFrom('filter_events').where('id', 'in', ids).executeTakeFirst();
    const n = Number(r.numDeletedRows);
    total += n;
    if (n < chunk) return total;
  }
}

/** What to read from the log. */
export interface FilterLogQuery {
  readonly source?: EventSource;
  /** Epoch ms: events at or after. */
  readonly sinceMs: number;
  readonly blockedOnly?: boolean;
  /** A group id or name. */
  readonly group?: string;
  /** Schools the reader may see; `*` for all. */
  readonly schoolIds: readonly string[];
  /** Whether the reader may see who (person id and name). */
  readonly names: boolean;
  readonly limit?: number;
}

/** One event as a reader sees it. */
export interface FilterLogEntry {
  readonly id: string;
  readonly at: string;
  readonly source: string;
  readonly schoolId: string;
  readonly address: string | null;
  readonly deviceId: string | null;
  /** Only for readers with `filtering:logs-names`. */
  readonly person?: { readonly id: string; readonly name: string } | null;
  /** Group names (ids where the group is gone). */
  readonly groups: string[];
  readonly host: string;
  readonly path: string | null;
  readonly type: string | null;
  readonly verdict: string;
  readonly category: string | null;
  readonly list: string | null;
  readonly rule: string | null;
}

/** The log's answer: recent events, newest first, and the most blocked names over the same window. */
export interface FilterLogResult {
  readonly events: FilterLogEntry[];
  readonly topBlocked: { readonly host: string; readonly count: number }[];
}

/** Reads the log; see {@link FilterLogQuery}. */
export async function readFilterLog(db: Kysely<Db>, q: FilterLogQuery): Promise<FilterLogResult> {
  const since = new Date(q.sinceMs).toISOString();
  const allSchools = q.schoolIds.includes('*');
  if (!allSchools && q.schoolIds.length === 0) return { events: [], topBlocked: [] };
  const groupRows = await db.selectFrom('groups').select(['id', 'name']).execute();
  const groupNames = new Map(groupRows.map((g) => [g.id, g.name]));
  // Events carry group ids; a group may be asked for by id or by name (and a listener's configured group is a name).
  const groupIds = q.group === undefined ? undefined : [...new Set([q.group, ...groupRows.filter((g) => g.name.toLowerCase() === q.group?.toLowerCase()).map((g) => g.id)])];

  let base = db.selectFrom('filter_events').where('at', '>=', since);
  if (q.source !== undefined) base = base.where('source', '=', q.source);
  if (!allSchools) base = base.where('school_id', 'in', [...q.schoolIds]);
  if (groupIds !== undefined) base = base.where((eb) => eb.or(groupIds.map((id) => eb('groups', 'like', `%${JSON.stringify(id)}%`))));
  const listed = q.blockedOnly === true ? base.where('verdict', '=', 'block') : base;

  const rows = await listed.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(Math.min(q.limit ?? 100, 1000)).execute();
  const top = await base
    .where('verdict', '=', 'block')
    .select(['host', sql<number>`count(*)`.as('count')])
    .groupBy('host')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('host')
    .limit(10)
    .execute();

  const people = new Map<string, string>();
  const personIds = [...new Set(rows.map((r) => r.person_id).filter((id): id is string => id !== null))];
  if (q.names && personIds.length > 0) {
    for (const p of await db.selectFrom('people').select(['id', 'first_name', 'last_name']).where('id', 'in', personIds).execute()) {
      people.set(p.id, `${p.first_name} ${p.last_name}`.trim());
    }
  }
  const events = rows.map((r): FilterLogEntry => {
    const groups = parseGroups(r.groups).map((id) => groupNames.get(id) ?? id);
    const person = r.person_id === null ? null : { id: r.person_id, name: people.get(r.person_id) ?? '' };
    return {
      id: r.id,
      at: r.at,
      source: r.source,
      schoolId: r.school_id,
      address: r.client_address,
      deviceId: r.device_id,
      ...(q.names ? { person } : {}),
      groups,
      host: r.host,
      path: r.path,
      type: r.query_type,
      verdict: r.verdict,
      category: r.category,
      list: r.list,
      rule: r.rule,
    };
  });
  return { events, topBlocked: top.map((t) => ({ host: t.host, count: Number(t.count) })) };
}

function parseGroups(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string') : [];
  } catch {
    return [];
  }
}

/** `1h`, `30m`, `7d`, `90s` → milliseconds; undefined when not one of those. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,6})([smhd])$/u.exec(text.trim());
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}
