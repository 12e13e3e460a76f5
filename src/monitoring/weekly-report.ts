import { sql } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import { toSchoolTime } from '../platform/clock.ts';
import type { Viewer } from '../safeguarding/index.ts';
import { requireIn } from './access.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { FILTER_TO_MONITORING_CATEGORY } from './model.ts';
import { emailsForRoles } from './notify-alerts.ts';
import { renderWeeklyReport } from './weekly-report-html.ts';

const DAY = 86_400_000;

/** A count under a label. */
export interface Count {
  key: string;
  count: number;
}

/** One week's figures for a school (M4): counts only, no names and no text. */
export interface WeeklyFigures {
  schoolId: string;
  schoolName: string;
  /** Monday, YYYY-MM-DD (Europe/London). */
  weekStart: string;
  from: string;
  to: string;
  searches: { total: number; flagged: number; byEngine: Count[]; bySeverity: Count[]; byGroup: Count[]; flaggedByGroup: Count[] };
  blocks: { total: number; byCategory: Count[]; byGroup: Count[] };
  /** Requests steered to a search engine's safe mode (DNS rewrites), by engine. */
  safeSearch: { enforced: number; byEngine: Count[] };
  /** Prevent duty: extremism searches flagged, extremism/terrorism blocks, extremism alerts. */
  prevent: { searches: number; blocks: number; alerts: number };
  alerts: { total: number; bySeverity: Count[]; byCategory: Count[]; byOutcome: Count[] };
  /** The four weeks before, oldest first, for trends. */
  trend: { weekStart: string; searches: number; flagged: number; blocks: number; alerts: number }[];
}

/** The report as stored: figures and the rendered HTML. */
export interface WeeklyReport {
  id: string;
  figures: WeeklyFigures;
  html: string;
  createdAt: string;
  sentAt: string | null;
}

/** Epoch ms of 00:00 in Europe/London on a YYYY-MM-DD day. */
export function londonMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const utc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const local = toSchoolTime(utc);
  // 00:00 UTC is 00:00 (GMT) or 01:00 (BST) in London on the same day.
  return local.date === day ? utc - local.minuteOfDay * 60_000 : utc + (24 * 60 - local.minuteOfDay) * 60_000;
}

/** The Monday (YYYY-MM-DD) of the London week holding `ms`. */
export function weekStartOf(ms: number): string {
  const t = toSchoolTime(ms);
  const [y, m, d] = t.date.split('-').map(Number);
  const back = (t.weekday + 6) % 7;
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - back)).toISOString().slice(0, 10);
}

/** Parses `--week <date>` (any day of the week) into its Monday. */
export function parseWeek(week: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(week) || Number.isNaN(Date.parse(`${week}T12:00:00Z`))) throw monitoringErrors.weekInvalid(week);
  return weekStartOf(Date.parse(`${week}T12:00:00Z`));
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

const counts = (rows: { key: string | null; n: number | string | bigint }[]): Count[] =>
  rows.map((r) => ({ key: r.key ?? 'none', count: Number(r.n) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

const EXTREMISM_FILTER_CATEGORIES = Object.entries(FILTER_TO_MONITORING_CATEGORY)
  .filter(([, m]) => m === 'extremism')
  .map(([f]) => f);

/** Counts the figures of one week for one school. */
export async function weeklyFigures(deps: MonitoringDeps, schoolId: string, weekStart: string): Promise<WeeklyFigures> {
  const db = deps.db;
  const school = await db.selectFrom('schools').select('name').where('id', '=', schoolId).executeTakeFirst();
  if (!school) throw monitoringErrors.schoolNotFound(schoolId);
  const from = new Date(londonMidnight(weekStart)).toISOString();
  const to = new Date(londonMidnight(addDays(weekStart, 7))).toISOString();
  const searches = db.selectFrom('search_events').where('school_id', '=', schoolId).where('at', '>=', from).where('at', '<', to);
  const byEngine = await searches.select(['engine as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('engine').execute();
  const bySeverity = await searches.select([sql<string>`cast(severity as text)`.as('key'), (eb) => eb.fn.countAll<number>().as('n')]).groupBy('severity').execute();
  const searchesByGroupRaw = await searches.select(['groups as key', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(case when severity > 0 then 1 else 0 end)`.as('flagged')]).groupBy('groups').execute();
  const preventSearches = await searches.select((eb) => eb.fn.countAll<number>().as('n')).where('categories', 'like', '%"extremism"%').executeTakeFirst();
  const blocked = db.selectFrom('filter_events').where('school_id', '=', schoolId).where('at', '>=', from).where('at', '<', to).where('verdict', '=', 'block');
  const blocksByCategory = await blocked.select(['category as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute();
  const blocksByGroupRaw = await blocked.select(['groups as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('groups').execute();
  const preventBlocks = EXTREMISM_FILTER_CATEGORIES.length
    ? await blocked.select((eb) => eb.fn.countAll<number>().as('n')).where('category', 'in', EXTREMISM_FILTER_CATEGORIES).executeTakeFirst()
    : { n: 0 };
  const safe = await db
    .selectFrom('filter_events')
    .where('school_id', '=', schoolId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .where('rule', 'like', 'safe-search:%')
    .select(['rule as key', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('rule')
    .execute();
  const alerts = db.selectFrom('monitoring_alerts').where('school_id', '=', schoolId).where('first_at', '>=', from).where('first_at', '<', to);
  const alertsBySeverity = await alerts.select([sql<string>`cast(severity as text)`.as('key'), (eb) => eb.fn.countAll<number>().as('n')]).groupBy('severity').execute();
  const alertsByCategory = await alerts.select(['category as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute();
  const alertsByOutcome = await alerts.select(['status as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();

  // Blocks by group: each event counts for its highest-priority group (the first listed).
  const groupNames = new Map((await db.selectFrom('groups').select(['id', 'name']).where('school_id', '=', schoolId).execute()).map((g) => [g.id, g.name]));
  const groupOf = (json: string) => {
    const first = (JSON.parse(json) as string[])[0];
    return first ? (groupNames.get(first) ?? first) : 'no group';
  };
  const byGroup = new Map<string, number>();
  for (const r of blocksByGroupRaw) byGroup.set(groupOf(r.key), (byGroup.get(groupOf(r.key)) ?? 0) + Number(r.n));
  const searchGroups = new Map<string, { n: number; flagged: number }>();
  for (const r of searchesByGroupRaw) {
    const g = searchGroups.get(groupOf(r.key)) ?? { n: 0, flagged: 0 };
    searchGroups.set(groupOf(r.key), { n: g.n + Number(r.n), flagged: g.flagged + Number(r.flagged ?? 0) });
  }
  const safeByEngine = new Map<string, number>();
  for (const r of safe) {
    const engine = (r.key ?? '').split(':')[1] ?? 'other';
    safeByEngine.set(engine, (safeByEngine.get(engine) ?? 0) + Number(r.n));
  }

  const trend: WeeklyFigures['trend'] = [];
  for (let i = 4; i >= 1; i--) {
    const w = addDays(weekStart, -7 * i);
    const f = new Date(londonMidnight(w)).toISOString();
    const t = new Date(londonMidnight(addDays(w, 7))).toISOString();
    const s = await db.selectFrom('search_events').where('school_id', '=', schoolId).where('at', '>=', f).where('at', '<', t).select([(eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(case when severity > 0 then 1 else 0 end)`.as('flagged')]).executeTakeFirst();
    const b = await db.selectFrom('filter_events').where('school_id', '=', schoolId).where('at', '>=', f).where('at', '<', t).where('verdict', '=', 'block').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const a = await db.selectFrom('monitoring_alerts').where('school_id', '=', schoolId).where('first_at', '>=', f).where('first_at', '<', t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    trend.push({ weekStart: w, searches: Number(s?.n ?? 0), flagged: Number(s?.flagged ?? 0), blocks: Number(b?.n ?? 0), alerts: Number(a?.n ?? 0) });
  }

  const sum = (c: Count[]) => c.reduce((x, y) => x + y.count, 0);
  const sev = counts(bySeverity);
  const alertSev = counts(alertsBySeverity);
  return {
    schoolId,
    schoolName: school.name,
    weekStart,
    from,
    to,
    searches: {
      total: sum(counts(byEngine)),
      flagged: sum(sev.filter((c) => c.key !== '0')),
      byEngine: counts(byEngine),
      bySeverity: sev.sort((a, b) => a.key.localeCompare(b.key)),
      byGroup: counts([...searchGroups].map(([key, g]) => ({ key, n: g.n }))),
      flaggedByGroup: counts([...searchGroups].filter(([, g]) => g.flagged > 0).map(([key, g]) => ({ key, n: g.flagged }))),
    },
    blocks: { total: sum(counts(blocksByCategory)), byCategory: counts(blocksByCategory), byGroup: counts([...byGroup].map(([key, n]) => ({ key, n }))) },
    safeSearch: { enforced: [...safeByEngine.values()].reduce((x, y) => x + y, 0), byEngine: counts([...safeByEngine].map(([key, n]) => ({ key, n }))) },
    prevent: {
      searches: Number(preventSearches?.n ?? 0),
      blocks: Number(preventBlocks?.n ?? 0),
      alerts: counts(alertsByCategory).find((c) => c.key === 'extremism')?.count ?? 0,
    },
    alerts: { total: sum(alertSev), bySeverity: alertSev.sort((a, b) => b.key.localeCompare(a.key)), byCategory: counts(alertsByCategory), byOutcome: counts(alertsByOutcome) },
    trend,
  };
}

/**
 * Makes (or remakes) a school's report for a week: figures, HTML with charts, stored; audited.
 * `sendTo` emails it to the school's DSL and online-safety lead (counts only, no names or text).
 */
export async function makeWeeklyReport(deps: MonitoringDeps, schoolId: string, weekStart: string, options: { send?: boolean; actor?: Viewer['actor'] } = {}): Promise<WeeklyReport> {
  const figures = await weeklyFigures(deps, schoolId, weekStart);
  const html = renderWeeklyReport(figures, deps.notifier?.link('/monitoring') ?? null);
  const nowMs = deps.clock.now();
  const createdAt = new Date(nowMs).toISOString();
  const existing = await deps.db.selectFrom('monitoring_weekly_reports').select(['id', 'sent_at']).where('school_id', '=', schoolId).where('week_start', '=', weekStart).executeTakeFirst();
  const id = existing?.id ?? uuidv7(nowMs);
  await deps.db.transaction().execute(async (trx) => {
    if (existing) await trx.updateTable('monitoring_weekly_reports').set({ figures: JSON.stringify(figures), html, created_at: createdAt }).where('id', '=', id).execute();
    else await trx.insertInto('monitoring_weekly_reports').values({ id, school_id: schoolId, week_start: weekStart, figures: JSON.stringify(figures), html, created_at: createdAt, sent_at: null }).execute();
    await deps.audit.append(
      { actor: options.actor ?? { type: 'system', id: 'monitoring' }, ip: options.actor?.ip ?? null, action: 'monitoring.weekly-report.made', subject: { type: 'monitoring-weekly-report', id }, schoolId, details: { week: weekStart } },
      trx,
    );
  });
  let sentAt = existing?.sent_at ?? null;
  if (options.send && deps.notifier?.emailEnabled) {
    const to = await emailsForRoles(deps.db, schoolId, ['dsl', 'online-safety-lead']);
    if (to.length > 0) {
      await deps.notifier.email({
        to,
        subject: `[Haven] Weekly monitoring report, week of ${weekStart} - ${figures.schoolName}`,
        text: `Haven's weekly monitoring report for ${figures.schoolName}, week of ${weekStart}: ${figures.searches.total} searches (${figures.searches.flagged} flagged), ${figures.blocks.total} blocks, ${figures.alerts.total} alerts. The report is attached as HTML and in the dashboard.`,
        html,
      });
      sentAt = new Date(deps.clock.now()).toISOString();
      await deps.db.updateTable('monitoring_weekly_reports').set({ sent_at: sentAt }).where('id', '=', id).execute();
    }
  }
  return { id, figures, html, createdAt, sentAt };
}

/** A school's report for a week, made now if missing (monitoring team: `monitoring:read`); audited. */
export async function readWeeklyReport(deps: MonitoringDeps, viewer: Viewer, schoolId: string, week: string | undefined): Promise<WeeklyReport> {
  requireIn(viewer, schoolId, 'monitoring:read', 'read monitoring reports');
  const weekStart = week ? parseWeek(week) : weekStartOf(deps.clock.now() - 7 * DAY);
  const row = await deps.db.selectFrom('monitoring_weekly_reports').selectAll().where('school_id', '=', schoolId).where('week_start', '=', weekStart).executeTakeFirst();
  if (!row) return makeWeeklyReport(deps, schoolId, weekStart, { actor: viewer.actor });
  await deps.audit.append({ actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'monitoring.weekly-report.read', subject: { type: 'monitoring-weekly-report', id: row.id }, schoolId, details: { week: weekStart } });
  return { id: row.id, figures: JSON.parse(row.figures) as WeeklyFigures, html: row.html, createdAt: row.created_at, sentAt: row.sent_at };
}

/**
 * The weekly job: from Monday 07:00 (Europe/London), each school's report for the week just
 * ended is made and emailed once. Runs hourly; a report already sent is left alone.
 */
export async function runWeeklyReports(deps: MonitoringDeps): Promise<number> {
  const nowMs = deps.clock.now();
  const local = toSchoolTime(nowMs);
  if (local.weekday === 1 && local.minuteOfDay < 7 * 60) return 0;
  const lastWeek = addDays(weekStartOf(nowMs), -7);
  let made = 0;
  for (const s of await deps.db.selectFrom('schools').select('id').execute()) {
    const row = await deps.db.selectFrom('monitoring_weekly_reports').select('sent_at').where('school_id', '=', s.id).where('week_start', '=', lastWeek).executeTakeFirst();
    if (row?.sent_at) continue;
    if (row && !deps.notifier?.emailEnabled) continue;
    await makeWeeklyReport(deps, s.id, lastWeek, { send: true });
    made++;
  }
  return made;
}
