import type { TrendRow } from '../core/patterns.ts';
import type { TallyRow } from '../core/tally.ts';
import type { GovernorReport } from '../governor-report.ts';
import { labelOf, ROUTE_LABELS } from '../core/labels.ts';
import { type Block, CONFIDENTIAL, type PrintDocument } from './document.ts';
import { day, when } from './format.ts';

const FEW = 'fewer than 3';
const count = (n: number | null) => (n === null ? FEW : String(n));
const ARROWS = { up: 'up', down: 'down', same: 'no change' } as const;

function note(t: TrendRow | undefined): string | undefined {
  if (!t || t.direction === null || t.previous === null) return undefined;
  return t.direction === 'same' ? '(same as before)' : `(${ARROWS[t.direction]} from ${t.previous})`;
}

function bars(caption: string, rows: readonly TallyRow[], label: (key: string) => string, trend?: readonly TrendRow[]): Block {
  return { type: 'bars', caption, rows: rows.map((r) => ({ label: label(r.key), value: r.count, ...(trend ? { note: note(trend.find((t) => t.key === r.key)) } : {}) })) };
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Last day of a half-open period, as people say it ("to 31 Aug 2026"). */
function lastDay(toIso: string): string {
  return day(new Date(Date.parse(toIso) - 1).toISOString());
}

/**
 * The governor report (R8) as a printable document: totals against the previous period, then
 * bars by category, month, year group and route. Anonymised by construction: it is built from
 * counts alone, so there is no name or reference to leak.
 */
export function governorDocument(r: GovernorReport): PrintDocument {
  const c = r.current;
  const p = r.previous;
  const period = `${day(c.from)} to ${lastDay(c.to)}`;
  const blocks: Block[] = [
    { type: 'text', text: `${CONFIDENTIAL} — anonymised figures`, style: 'confidential' },
    { type: 'title', text: 'Safeguarding report for governors' },
    {
      type: 'fields',
      rows: [
        ['School', r.schoolName],
        ['Period', period],
        ['Compared with', `${day(p.from)} to ${lastDay(p.to)}`],
        ['Generated', when(r.generatedAt)],
      ],
    },
    {
      type: 'text',
      style: 'muted',
      text: `Counts only: no names, no references, nothing anyone wrote. Counts of 1 or 2 are shown as "${FEW}" so that no child can be identified, and no change is given where either period is that small. Allegations about staff are one number, never broken down.`,
    },
    { type: 'heading', level: 2, text: 'Totals' },
    {
      type: 'table',
      head: ['', 'This period', 'Previous period', 'Change'],
      widths: [40, 20, 20, 20],
      rows: [
        ['All concerns', String(c.total), String(p.total), ARROWS[r.trend.total.direction]],
        ['Allegations about staff', count(c.allegations), count(p.allegations), c.allegations === null || p.allegations === null ? '' : ARROWS[c.allegations > p.allegations ? 'up' : c.allegations < p.allegations ? 'down' : 'same']],
        ...c.byStatus.map((s) => [`Now ${s.key}`, count(s.count), '', '']),
      ],
    },
    { type: 'heading', level: 2, text: 'By category (concerns about learners)' },
    c.byCategory.length ? bars(`Concerns by category, ${period}`, c.byCategory, (k) => c.byCategory.find((x) => x.key === k)?.label ?? k, r.trend.byCategory) : { type: 'text', text: 'None in this period.', style: 'muted' },
  ];
  const trendRows = r.trend.byCategory.map((t) => [t.label, count(t.current), count(t.previous), t.direction === null ? 'not shown' : ARROWS[t.direction]]);
  if (trendRows.length) blocks.push({ type: 'heading', level: 3, text: 'Categories against the previous period' }, { type: 'table', head: ['Category', 'This period', 'Previous period', 'Change'], widths: [46, 18, 18, 18], rows: trendRows });
  blocks.push(
    { type: 'heading', level: 2, text: 'By month' },
    c.byMonth.length ? bars(`All concerns by month reported, ${period}`, c.byMonth, (k) => MONTH.format(Date.parse(`${k}-01T00:00:00Z`))) : { type: 'text', text: 'None in this period.', style: 'muted' },
    { type: 'heading', level: 2, text: 'By year group' },
    c.byYearGroup.length ? bars(`Concerns about learners by year group, ${period}`, c.byYearGroup, (k) => k, r.trend.byYearGroup) : { type: 'text', text: 'None in this period.', style: 'muted' },
    { type: 'heading', level: 2, text: 'How concerns were raised' },
    c.byRoute.length ? bars(`Concerns about learners by how they were raised, ${period}`, c.byRoute, (k) => labelOf(ROUTE_LABELS, k), r.trend.byRoute) : { type: 'text', text: 'None in this period.', style: 'muted' },
  );
  return { title: `Safeguarding report for governors — ${r.schoolName}`, footer: `${CONFIDENTIAL} · anonymised figures · ${r.schoolName}`, author: 'Haven', blocks };
}
