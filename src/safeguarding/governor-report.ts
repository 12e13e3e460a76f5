import { compareTallies, type TrendRow } from './core/patterns.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { type DocumentFormat, renderDocument, type RenderedDocument } from './export.ts';
import { countFigures, figuresSchool, type GovernorFigures } from './figures.ts';
import { governorDocument } from './render/governor-doc.ts';
import type { Viewer } from './viewer.ts';

const DAY = 86_400_000;

/** The governor report (R8): this period's anonymised figures and how they compare with the last. */
export interface GovernorReport {
  schoolName: string;
  generatedAt: string;
  current: GovernorFigures;
  /** The period of the same length just before, counted the same way. */
  previous: GovernorFigures;
  trend: {
    total: { current: number; previous: number; direction: 'up' | 'down' | 'same' };
    byCategory: (TrendRow & { label: string })[];
    byYearGroup: TrendRow[];
    byRoute: TrendRow[];
  };
}

/** A period asked for: ISO times, or dates (a `to` date counts the whole of that day). */
export interface PeriodInput {
  from?: string;
  to?: string;
}

function edge(value: string, end: boolean): number {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(date ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw safeguardingErrors.periodInvalid(`${JSON.stringify(value)} is not a date or time`);
  return date && end ? ms + DAY : ms;
}

/** The period [from, to) of a report: default the last 12 months up to now. */
export function periodOf(input: PeriodInput, nowMs: number): { from: string; to: string } {
  const to = input.to ? edge(input.to, true) : nowMs;
  const from = input.from ? edge(input.from, false) : to - 365 * DAY;
  if (from >= to) throw safeguardingErrors.periodInvalid('the period must start before it ends');
  if (to - from > 5 * 366 * DAY) throw safeguardingErrors.periodInvalid('a report covers at most five years');
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

function direction(c: number, p: number): 'up' | 'down' | 'same' {
  return c > p ? 'up' : c < p ? 'down' : 'same';
}

/**
 * Builds the governor report for a period: counts by category, month, year group and route,
 * against the previous period of the same length. No names, no references, no text; counts of
 * 1 or 2 are suppressed, and no trend is given where either side is suppressed. Audited.
 */
export async function governorReport(deps: SafeguardingDeps, viewer: Viewer, input: PeriodInput & { schoolId?: string; format: DocumentFormat | 'json' }): Promise<GovernorReport> {
  const schoolId = await figuresSchool(deps, viewer, input.schoolId);
  const nowMs = deps.clock.now();
  const { from, to } = periodOf(input, nowMs);
  const length = Date.parse(to) - Date.parse(from);
  const current = await countFigures(deps, schoolId, from, to);
  const previous = await countFigures(deps, schoolId, new Date(Date.parse(from) - length).toISOString(), from);
  const school = await deps.db.selectFrom('schools').select('name').where('id', '=', schoolId).executeTakeFirst();
  const labels = new Map([...current.byCategory, ...previous.byCategory].map((c) => [c.key, c.label]));
  const report: GovernorReport = {
    schoolName: school?.name ?? '',
    generatedAt: new Date(nowMs).toISOString(),
    current,
    previous,
    trend: {
      total: { current: current.total, previous: previous.total, direction: direction(current.total, previous.total) },
      byCategory: compareTallies(current.byCategory, previous.byCategory).map((t) => ({ ...t, label: labels.get(t.key) ?? t.key })),
      byYearGroup: compareTallies(current.byYearGroup, previous.byYearGroup),
      byRoute: compareTallies(current.byRoute, previous.byRoute),
    },
  };
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'safeguarding.governor_report.read',
    subject: null,
    schoolId,
    details: { format: input.format, from, to, total: current.total },
  });
  return report;
}

/** The governor report as a printable document (HTML with inline SVG bars, or PDF). */
export async function renderGovernorReport(report: GovernorReport, format: DocumentFormat): Promise<RenderedDocument> {
  return renderDocument(governorDocument(report), format, `governor-report-${report.current.from.slice(0, 10)}-to-${report.current.to.slice(0, 10)}`);
}
