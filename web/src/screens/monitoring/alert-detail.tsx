import { monitoring } from '../../endpoints.ts';
import { useAlertVersion } from '../../live.tsx';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import type { AlertContextSearch, AlertDetail as Alert, AlertOccurrence } from '../../types.ts';
import { formatDateTime, labelFor } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { AlertTriage } from './alert-triage.tsx';
import { runsOf } from './highlight.ts';
import { ALERT_SOURCE_LABELS, alertSubject, AlertStatusTag, monitoringCategoryLabel, SeverityTag, severityLabel } from './labels.tsx';

const HISTORY_LABELS: Record<string, string> = {
  raised: 'Alert raised',
  'severity-raised': 'Seen again, more severe',
  notified: 'Rota told',
  acknowledged: 'Acknowledged',
  'false-positive': 'Marked a false positive',
};

/** Words for a history entry: "escalated" by Haven is the ladder; by a person, a concern. */
function historyLabel(h: Alert['history'][number]): string {
  if (h.action === 'escalated') return h.actorAccountId ? 'Escalated to a concern' : 'Not acknowledged in time: the next people on the ladder told';
  return labelFor(HISTORY_LABELS, h.action);
}

/**
 * The text of one occurrence with its matches marked. The text is rendered as text (React
 * escapes it), never as HTML, whatever a learner typed; each mark is followed by its category
 * and severity in words for screen readers.
 */
export function HighlightedText({ item }: { item: AlertOccurrence }) {
  const runs = runsOf(item.text, item.highlights);
  return (
    <p className="alert-text">
      {runs.map((run, i) =>
        run.match ? (
          <span key={i}>
            <mark className={`match match-${run.match.severity >= 4 ? 'urgent' : 'plain'}`}>{run.text}</mark>
            <span className="visually-hidden">
              {' '}
              (matched: {monitoringCategoryLabel(run.match.category)}, severity {severityLabel(run.match.severity)})
            </span>
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </p>
  );
}

function ContextTable({ rows, caption, empty }: { rows: AlertContextSearch[]; caption: string; empty: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <TableWrap label={caption}>
      <table className="table table-compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Where</th>
            <th scope="col">Search</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td className="nowrap">{formatDateTime(s.at)}</td>
              <td>{s.engine}</td>
              <td className="alert-query">{s.query}</td>
              <td>{s.severity > 0 ? <SeverityTag severity={s.severity} /> : 'None'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function Facts({ alert }: { alert: Alert }) {
  const { can } = useSignedIn();
  const others = alert.categories.filter((c) => c !== alert.category);
  return (
    <dl className="facts">
      <dt>Severity</dt>
      <dd>
        <SeverityTag severity={alert.severity} />
      </dd>
      <dt>Category</dt>
      <dd>
        {monitoringCategoryLabel(alert.category)}
        {others.length > 0 ? <span className="muted"> (also {others.map(monitoringCategoryLabel).join(', ')})</span> : null}
      </dd>
      <dt>Who</dt>
      <dd>
        {alertSubject(alert)}
        {alert.person && can('concerns:read-all') ? (
          <>
            {' '}
            <Link to={`/learners/${encodeURIComponent(alert.person.id)}/chronology`}>See their chronology</Link>
          </>
        ) : null}
      </dd>
      {alert.deviceId ? (
        <>
          <dt>Device</dt>
          <dd>{alert.deviceId}</dd>
        </>
      ) : null}
      {alert.clientAddress ? (
        <>
          <dt>Address</dt>
          <dd>{alert.clientAddress}</dd>
        </>
      ) : null}
      <dt>Source</dt>
      <dd>{labelFor(ALERT_SOURCE_LABELS, alert.source)}</dd>
      <dt>First seen</dt>
      <dd>{formatDateTime(alert.firstAt)}</dd>
      <dt>Last seen</dt>
      <dd>
        {formatDateTime(alert.lastAt)}
        {alert.occurrences > 1 ? ` (${alert.occurrences} times in all)` : ''}
      </dd>
      <dt>Status</dt>
      <dd>
        <AlertStatusTag status={alert.status} />
        {alert.concernId ? (
          <>
            {' '}
            <Link to={`/concerns/${encodeURIComponent(alert.concernId)}`}>Open the concern</Link>
          </>
        ) : null}
      </dd>
      <dt>Rota told</dt>
      <dd>{alert.notifiedAt ? formatDateTime(alert.notifiedAt) : 'Not by email (below the rota’s severity, or held by quiet hours)'}</dd>
      {alert.escalationLevel > 0 ? (
        <>
          <dt>Escalation</dt>
          <dd>Step {alert.escalationLevel} of the escalation ladder reached</dd>
        </>
      ) : null}
      {alert.acknowledgedAt ? (
        <>
          <dt>Acknowledged</dt>
          <dd>{formatDateTime(alert.acknowledgedAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * One alert for the monitoring team: what was written with the matched words marked, every
 * repeat grouped under it, the searches just before and after, its history, and triage for the
 * DSL team (acknowledge, false positive, escalate to a concern). Opening it is audited.
 */
export function AlertDetail({ id }: { id: string }) {
  const api = useApi();
  const { can } = useSignedIn();
  const version = useAlertVersion(id);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes when the live stream brings news of this alert: reload
  const loaded = useLoad(() => monitoring.alert(api, id), [api, id, version]);
  const alert = loaded.data;
  if (!alert) {
    return <Page title="Monitoring alert">{loaded.error ? <ErrorSummary error={loaded.error} /> : <Loading what="Loading the alert" />}</Page>;
  }
  const items = [...alert.items].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Page title={`Alert: ${monitoringCategoryLabel(alert.category)}`} lead="Opening this alert is recorded in the audit log. Share what it says only with those who need to know." actions={<Link to="/monitoring/alerts">All alerts</Link>}>
      <Facts alert={alert} />
      {can('monitoring:triage') ? <AlertTriage alert={alert} onChanged={loaded.reload} /> : null}
      <Section title={items.length > 1 ? `What was written (${items.length} times, newest first)` : 'What was written'} id="alert-texts">
        {items.length === 0 ? (
          <p>No text is kept for this alert (it came from blocked sites, or its text has passed the school’s retention period).</p>
        ) : (
          <ol className="occurrences">
            {items.map((item) => (
              <li key={item.id} className="occurrence">
                <p className="occurrence-meta">
                  {formatDateTime(item.at)} · {labelFor(ALERT_SOURCE_LABELS, item.source)} · <SeverityTag severity={item.severity} />
                </p>
                <HighlightedText item={item} />
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Searches just before and after" id="alert-context">
        <h3>Before</h3>
        <ContextTable rows={alert.context.before} caption="Searches just before" empty="No searches in the quarter of an hour before." />
        <h3>After</h3>
        <ContextTable rows={alert.context.after} caption="Searches just after" empty="No searches in the quarter of an hour after." />
      </Section>
      <Section title="History" id="alert-history">
        <TableWrap label="History of the alert">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {alert.history.map((h, i) => (
                <tr key={`${h.at}-${i}`}>
                  <td className="nowrap">{formatDateTime(h.at)}</td>
                  <td>{historyLabel(h)}</td>
                  <td>{h.note ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </Section>
    </Page>
  );
}
