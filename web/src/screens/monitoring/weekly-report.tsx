import { CountChart, type Count } from '../../charts/count-chart.tsx';
import { monitoring } from '../../endpoints.ts';
import { navigate } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { WeeklyFigures } from '../../types.ts';
import { SelectField } from '../../ui/form.tsx';
import { formatDate, formatDateTime, labelFor } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { ALERT_STATUS_LABELS, monitoringCategoryLabel, severityLabel } from './labels.tsx';

/** Weeks the picker offers before the last full one. */
const WEEKS_BACK = 12;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function counts(list: readonly { key: string; count: number }[], label: (key: string) => string = (k) => k): Count[] {
  return list.map((c) => ({ label: label(c.key), value: c.count }));
}

const SEARCH_SEVERITY = (key: string) => (key === '0' ? 'Nothing found' : severityLabel(Number(key)));

function Figures({ f }: { f: WeeklyFigures }) {
  return (
    <>
      <Section title="The week in numbers" id="weekly-numbers">
        <dl className="facts facts-grid">
          <div>
            <dt>Searches</dt>
            <dd>{f.searches.total}</dd>
          </div>
          <div>
            <dt>Searches flagged</dt>
            <dd>{f.searches.flagged}</dd>
          </div>
          <div>
            <dt>Alerts</dt>
            <dd>{f.alerts.total}</dd>
          </div>
          <div>
            <dt>Sites blocked</dt>
            <dd>{f.blocks.total}</dd>
          </div>
          <div>
            <dt>Safe search enforced</dt>
            <dd>{f.safeSearch.enforced}</dd>
          </div>
        </dl>
        <h3>Prevent duty</h3>
        <p>
          Extremism: {f.prevent.searches} {f.prevent.searches === 1 ? 'search' : 'searches'} flagged, {f.prevent.blocks} {f.prevent.blocks === 1 ? 'block' : 'blocks'}, {f.prevent.alerts}{' '}
          {f.prevent.alerts === 1 ? 'alert' : 'alerts'}.
        </p>
      </Section>
      <div className="widgets">
        <Section title="Alerts by severity" id="alerts-by-severity">
          <CountChart counts={counts(f.alerts.bySeverity, (k) => severityLabel(Number(k)))} caption="Alerts by severity" rowHeading="Severity" valueHeading="Alerts" empty="No alerts this week." />
        </Section>
        <Section title="Alerts by category" id="alerts-by-category">
          <CountChart counts={counts(f.alerts.byCategory, monitoringCategoryLabel)} caption="Alerts by category" rowHeading="Category" valueHeading="Alerts" empty="No alerts this week." />
        </Section>
        <Section title="What happened to the alerts" id="alerts-by-outcome">
          <CountChart counts={counts(f.alerts.byOutcome, (k) => labelFor(ALERT_STATUS_LABELS, k))} caption="Alerts by outcome" rowHeading="Outcome" valueHeading="Alerts" empty="No alerts this week." />
        </Section>
        <Section title="Searches by severity" id="searches-by-severity">
          <CountChart counts={counts(f.searches.bySeverity, SEARCH_SEVERITY)} caption="Searches by severity" rowHeading="Severity" valueHeading="Searches" empty="No searches this week." />
        </Section>
        <Section title="Searches by search engine" id="searches-by-engine">
          <CountChart counts={counts(f.searches.byEngine)} caption="Searches by search engine" rowHeading="Search engine" valueHeading="Searches" empty="No searches this week." />
        </Section>
        <Section title="Flagged searches by group" id="flagged-by-group">
          <CountChart counts={counts(f.searches.flaggedByGroup)} caption="Flagged searches by group" rowHeading="Group" valueHeading="Flagged searches" empty="No searches were flagged this week." />
        </Section>
        <Section title="Blocks by category" id="blocks-by-category">
          <CountChart counts={counts(f.blocks.byCategory, (k) => labelFor({}, k))} caption="Blocks by category" rowHeading="Category" valueHeading="Blocks" empty="Nothing was blocked this week." />
        </Section>
        <Section title="Blocks by group" id="blocks-by-group">
          <CountChart counts={counts(f.blocks.byGroup)} caption="Blocks by group" rowHeading="Group" valueHeading="Blocks" empty="Nothing was blocked this week." />
        </Section>
      </div>
      <Section title="The weeks before" id="weekly-trend">
        <CountChart counts={[...f.trend, { weekStart: f.weekStart, alerts: f.alerts.total }].map((w) => ({ label: `w/c ${formatDate(w.weekStart)}`, value: w.alerts }))} caption="Alerts by week" rowHeading="Week" valueHeading="Alerts" empty="No earlier weeks." />
        <TableWrap label="Searches, flags, blocks and alerts by week">
          <table className="table table-compact">
            <caption className="visually-hidden">Searches, flags, blocks and alerts by week</caption>
            <thead>
              <tr>
                <th scope="col">Week starting</th>
                <th scope="col" className="num">
                  Searches
                </th>
                <th scope="col" className="num">
                  Flagged
                </th>
                <th scope="col" className="num">
                  Blocks
                </th>
                <th scope="col" className="num">
                  Alerts
                </th>
              </tr>
            </thead>
            <tbody>
              {[...f.trend, { weekStart: f.weekStart, searches: f.searches.total, flagged: f.searches.flagged, blocks: f.blocks.total, alerts: f.alerts.total }].map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{formatDate(w.weekStart)}</th>
                  <td className="num">{w.searches}</td>
                  <td className="num">{w.flagged}</td>
                  <td className="num">{w.blocks}</td>
                  <td className="num">{w.alerts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </Section>
    </>
  );
}

/**
 * The weekly monitoring report (M4): counts only (no names, no text), for the last full week or
 * one of the twelve before it, drawn with the dashboard's own charts (each with its table); the
 * same report as the page that is emailed is a link away. Weeks are reckoned by the server's
 * clock (the last full week is whatever it answers without `week`). Reading it is audited.
 */
export function WeeklyReportScreen({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const latest = useLoad(() => monitoring.weekly(api), [api]);
  const anchor = latest.data?.figures.weekStart;
  const weeks = anchor ? Array.from({ length: WEEKS_BACK + 1 }, (_, i) => addDays(anchor, -7 * i)) : [];
  const asked = query.get('week') ?? '';
  const week = weeks.includes(asked) ? asked : anchor;
  const earlier = useLoad(() => (week && week !== anchor ? monitoring.weekly(api, week) : Promise.resolve(undefined)), [api, week, anchor]);
  const report = week === anchor ? latest : earlier;
  return (
    <Page
      title="Weekly monitoring report"
      lead="Counts only: no names and nothing anyone typed. Sent to the DSL and the online-safety lead every Monday morning."
      actions={
        week ? (
          <a className="button button-secondary" href={monitoring.weeklyHtmlUrl(week)} target="_blank" rel="noopener noreferrer">
            The report as a page (opens in a new tab)
          </a>
        ) : undefined
      }
    >
      {weeks.length > 0 ? (
        <div className="filters">
          <SelectField
            label="Week starting"
            options={weeks.map((w, i) => ({ value: w, label: `${formatDate(w)}${i === 0 ? ' (last week)' : ''}` }))}
            value={week ?? ''}
            onChange={(e) => navigate(`/monitoring/reports/weekly?week=${encodeURIComponent(e.target.value)}`, { replace: true })}
          />
        </div>
      ) : null}
      {report.error ? <ErrorSummary error={report.error} focus={false} /> : null}
      {!report.data ? (
        report.error ? null : <Loading what="Counting the week" />
      ) : (
        <>
          <p className="muted">
            {report.data.figures.schoolName}, {formatDate(report.data.figures.weekStart)} to {formatDate(addDays(report.data.figures.weekStart, 6))}. Made {formatDateTime(report.data.createdAt)}
            {report.data.sentAt ? `; emailed ${formatDateTime(report.data.sentAt)}` : ''}.
          </p>
          <Figures f={report.data.figures} />
        </>
      )}
    </Page>
  );
}
