import { monitoring } from '../../endpoints.ts';
import { useAlertsVersion } from '../../live.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import { Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { ALERT_SEVERITIES, SeverityTag } from '../monitoring/labels.tsx';

/** Open alerts the widget counts (the list's own bound). */
const COUNT_LIMIT = 500;

/**
 * Open monitoring alerts by severity, for the DSL team and the online-safety lead: counts only
 * (no names on the home page), each a link to the list filtered to it. Reloads when the live
 * stream brings a new alert.
 */
export function MonitoringWidget() {
  const api = useApi();
  const version = useAlertsVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes when the live stream brings news: reload
  const open = useLoad(() => monitoring.alerts(api, { status: 'open', limit: COUNT_LIMIT }), [api, version]);
  const alerts = open.data?.alerts ?? [];
  const bySeverity = ALERT_SEVERITIES.map((severity) => ({ severity, count: alerts.filter((a) => a.severity === severity).length })).filter((r) => r.count > 0);
  return (
    <Section title="Monitoring alerts" id="monitoring-alerts" actions={<Link to="/monitoring/alerts">All open alerts</Link>}>
      {open.error ? <ErrorSummary error={open.error} focus={false} /> : null}
      {!open.data ? (
        open.error ? null : <Loading />
      ) : alerts.length === 0 ? (
        <p>No alerts are open.</p>
      ) : (
        <>
          <p>
            <strong className="big-number">{alerts.length === COUNT_LIMIT ? `${COUNT_LIMIT}+` : alerts.length}</strong> {alerts.length === 1 ? 'alert is' : 'alerts are'} open.
          </p>
          <TableWrap label="Open alerts by severity">
            <table className="table table-compact">
              <caption className="visually-hidden">Open alerts by severity</caption>
              <thead>
                <tr>
                  <th scope="col">Severity</th>
                  <th scope="col" className="num">
                    Open
                  </th>
                </tr>
              </thead>
              <tbody>
                {bySeverity.map((r) => (
                  <tr key={r.severity}>
                    <th scope="row">
                      <Link to={`/monitoring/alerts?status=open&severity=${r.severity}`}>
                        <SeverityTag severity={r.severity} />
                      </Link>
                    </th>
                    <td className="num">{r.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </Section>
  );
}
