/**
 * The filter log in numbers (F7, F12, issue 8 item 3): how many names were asked for and blocked
 * since a moment, by category, by group and over time, and the most blocked names, for one school. Counts only, never who: the
 * summary needs `filtering:logs`, not `filtering:logs-names`, and reads no person column.
 */
import { sql } from 'kysely';
import { EVERY_SCHOOL, resolveSchool, type SchoolScope } from './changes.ts';
import type { FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';

/** The summary as the API shows it (see `logSummarySchema`). */
export interface LogSummary {
  schoolId: string;
  since: string;
  until: string;
  total: number;
  blocked: number;
  interval: 'hour' | 'day';
  byCategory: { category: string | null; blocked: number }[];
  byGroup: { groupId: string | null; group: string | null; blocked: number }[];
  byTime: { start: string; total: number; blocked: number }[];
  topBlocked: { host: string; count: number }[];
}

/** How many of the most blocked names the summary lists. */
const TOP_BLOCKED = 10;

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The longest span a summary covers (the log's default retention). */
const MAX_SPAN_MS = 92 * 86_400_000;
/** Spans up to this long are counted by hour, longer ones by day. */
const HOURLY_UP_TO_MS = 2 * 86_400_000;

/** `since` as epoch ms: an ISO time or a duration back from `nowMs` (`90m`, `24h`, `7d`); 24 hours when absent. */
export function parseSummarySince(since: string | undefined, nowMs: number): number {
  if (since === undefined || since === '') return nowMs - 86_400_000;
  const m = /^(\d{1,5})([mhd])$/u.exec(since.trim());
  const unit = m?.[2] === undefined ? undefined : UNITS[m[2]];
  if (m?.[1] !== undefined && unit !== undefined) return nowMs - Number(m[1]) * unit;
  const at = Date.parse(since);
  if (!/^\d{4}-\d{2}-\d{2}T/u.test(since) || Number.isNaN(at)) throw filteringErrors.checkInvalid(`since ${JSON.stringify(since)} is neither a duration (90m, 24h, 7d) nor an ISO-8601 time`);
  return at;
}

function firstGroup(json: string): string | null {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
  } catch {
    return null;
  }
}

/** Counts a school's filter events since a moment; see the module comment. */
export async function summariseFilterLog(deps: FilteringDeps, query: { schoolId?: string; since?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<LogSummary> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const nowMs = deps.clock.now();
  const sinceMs = Math.max(parseSummarySince(query.since, nowMs), nowMs - MAX_SPAN_MS);
  const since = new Date(sinceMs).toISOString();
  const interval = nowMs - sinceMs <= HOURLY_UP_TO_MS ? 'hour' : 'day';
  // ISO-8601 UTC text on both dialects: the first 13 characters are the hour, the first 10 the day.
  const width = interval === 'hour' ? 13 : 10;
  const base = deps.db.selectFrom('filter_events').where('school_id', '=', schoolId).where('at', '>=', since);
  const isBlock = sql<number>`sum(case when verdict = 'block' then 1 else 0 end)`;

  const times = await base
    .select([sql<string>`substr(at, 1, ${sql.lit(width)})`.as('bucket'), sql<number>`count(*)`.as('total'), isBlock.as('blocked')])
    .groupBy(sql`substr(at, 1, ${sql.lit(width)})`)
    .orderBy(sql`substr(at, 1, ${sql.lit(width)})`)
    .execute();
  const categories = await base
    .where('verdict', '=', 'block')
    .select(['category', sql<number>`count(*)`.as('blocked')])
    .groupBy('category')
    .execute();
  // Events carry their groups as JSON (highest priority first); few distinct sets, so count per set and fold.
  const groupSets = await base.where('verdict', '=', 'block').select(['groups', sql<number>`count(*)`.as('blocked')]).groupBy('groups').execute();
  const top = await base
    .where('verdict', '=', 'block')
    .select(['host', sql<number>`count(*)`.as('count')])
    .groupBy('host')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('host')
    .limit(TOP_BLOCKED)
    .execute();
  const names = new Map((await deps.db.selectFrom('groups').select(['id', 'name']).where('school_id', '=', schoolId).execute()).map((g) => [g.id, g.name]));
  const byGroup = new Map<string | null, number>();
  for (const row of groupSets) {
    const id = firstGroup(row.groups);
    byGroup.set(id, (byGroup.get(id) ?? 0) + Number(row.blocked));
  }

  const byTime = times.map((r) => ({
    start: interval === 'hour' ? `${r.bucket}:00:00.000Z` : `${r.bucket}T00:00:00.000Z`,
    total: Number(r.total),
    blocked: Number(r.blocked ?? 0),
  }));
  return {
    schoolId,
    since,
    until: new Date(nowMs).toISOString(),
    total: byTime.reduce((n, b) => n + b.total, 0),
    blocked: byTime.reduce((n, b) => n + b.blocked, 0),
    interval,
    byCategory: categories.map((c) => ({ category: c.category, blocked: Number(c.blocked) })).sort((a, b) => b.blocked - a.blocked || String(a.category).localeCompare(String(b.category))),
    byGroup: [...byGroup].map(([groupId, blocked]) => ({ groupId, group: groupId === null ? null : (names.get(groupId) ?? groupId), blocked })).sort((a, b) => b.blocked - a.blocked),
    byTime,
    topBlocked: top.map((t) => ({ host: t.host, count: Number(t.count) })),
  };
}
