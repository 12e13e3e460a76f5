import { type FormEvent, useState } from 'react';
import { MonthChart } from '../../charts/month-chart.tsx';
import { concerns } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { GovernorReport } from '../../types.ts';
import { TextField } from '../../ui/form.tsx';
import { countOrSuppressed, formatDate, labelFor, todayInLondon } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { fillMonths, routeLabel, STATUS_LABELS } from './labels.tsx';

const DIRECTION: Record<string, string> = { up: 'more than before', down: 'fewer than before', same: 'the same as before' };

type Trend = GovernorReport['trend']['byYearGroup'][number];

/** The period's end is exclusive (midnight after the last day): the last day it includes. */
function lastDayOf(to: string): string {
  const end = Date.parse(to);
  return Number.isNaN(end) ? to : new Date(end - 1).toISOString();
}

function yearAgo(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
}

function TrendTable({ caption, rows, first, suppressBelow }: { caption: string; rows: (Trend & { label?: string })[]; first: string; suppressBelow: number }) {
  if (rows.length === 0) return <p>No concerns in either period.</p>;
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="num">
              This period
            </th>
            <th scope="col" className="num">
              Period before
            </th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label ?? r.key}</th>
              <td className="num">{countOrSuppressed(r.current, suppressBelow)}</td>
              <td className="num">{countOrSuppressed(r.previous, suppressBelow)}</td>
              <td>{r.direction ? labelFor(DIRECTION, r.direction) : 'Not shown (small numbers)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * The governors' report (R8): anonymised counts by month, category, year group and route against
 * the period before. No names or references reach this page; counts of 1 or 2 are suppressed.
 */
export function GovernorReportScreen() {
  const api = useApi();
  const today = todayInLondon();
  const [from, setFrom] = useState(yearAgo(today));
  const [to, setTo] = useState(today);
  const [period, setPeriod] = useState({ from: yearAgo(today), to: today });
  const report = useLoad(() => concerns.governorReport(api, period.from, period.to), [api, period.from, period.to]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ from, to });
  };
  const r = report.data;
  const below = r?.current.suppressBelow ?? 3;
  return (
    <Page
      title="Governor report"
      lead="Safeguarding in figures for governors. No names, no references; counts of 1 or 2 show as “fewer than 3” so that nobody can be identified."
      actions={
        <div className="button-row">
          <a className="button button-secondary" href={concerns.governorReportUrl(period.from, period.to, 'pdf')} download>
            Download as PDF
          </a>
          <a className="button button-secondary" href={concerns.governorReportUrl(period.from, period.to, 'html')} target="_blank" rel="noopener noreferrer">
            Printable page (opens in a new tab)
          </a>
        </div>
      }
    >
      <form className="filters" onSubmit={apply} noValidate>
        <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <button type="submit" className="button button-secondary">
          Show this period
        </button>
      </form>
      {report.error ? <ErrorSummary error={report.error} /> : null}
      {!r ? (
        report.error ? null : <Loading />
      ) : (
        <>
          <Section title="Summary" id="summary">
            <p>
              {formatDate(r.current.from)} to {formatDate(lastDayOf(r.current.to))}: <strong className="big-number">{r.current.total}</strong> {r.current.total === 1 ? 'concern' : 'concerns'}, against {r.previous.total} in the period before ({labelFor(DIRECTION, r.trend.total.direction)}).
              {r.current.allegations !== 0 ? ` Allegations about staff: ${countOrSuppressed(r.current.allegations, below)}.` : ''}
            </p>
            <ul className="plain-list">
              {r.current.byStatus.map((s) => (
                <li key={s.key}>
                  {labelFor(STATUS_LABELS, s.key)}: {countOrSuppressed(s.count, below)}
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Concerns by month" id="by-month">
            <MonthChart months={fillMonths(r.current.from, r.current.to, r.current.byMonth)} suppressBelow={below} caption="Concerns by month" />
          </Section>
          <Section title="By category" id="by-category">
            <TrendTable caption="Concerns by category" first="Category" rows={r.trend.byCategory} suppressBelow={below} />
          </Section>
          <Section title="By year group" id="by-year-group">
            <TrendTable caption="Concerns by year group" first="Year group" rows={r.trend.byYearGroup} suppressBelow={below} />
          </Section>
          <Section title="How concerns reached the safeguarding team" id="by-route">
            <TrendTable caption="Concerns by route" first="Route" rows={r.trend.byRoute.map((t) => ({ ...t, label: routeLabel(t.key) }))} suppressBelow={below} />
          </Section>
        </>
      )}
    </Page>
  );
}
