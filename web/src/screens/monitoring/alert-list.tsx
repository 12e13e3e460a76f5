import { ALERT_STATUSES, MONITORING_CATEGORIES } from '../../../../src/monitoring/model.ts';
import { monitoring } from '../../endpoints.ts';
import { useAlertsVersion } from '../../live.tsx';
import { Link, navigate } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { AlertListQuery } from '../../types.ts';
import { SelectField } from '../../ui/form.tsx';
import { formatDateTime, labelFor } from '../../ui/format.ts';
import { Page, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { ALERT_SEVERITIES, ALERT_SOURCE_LABELS, ALERT_STATUS_LABELS, alertSubject, AlertStatusTag, MONITORING_CATEGORY_LABELS, monitoringCategoryLabel, SeverityTag, severityLabel } from './labels.tsx';

/** How many alerts one list asks for (the server's order: open first, then most severe, newest). */
const LIST_LIMIT = 200;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Monitoring alerts for the DSL team and the online-safety lead (`monitoring:read`): severity in
 * words, category, who, source, when, status; filtered by status, lowest severity and category.
 * Reloads by itself when the live stream brings a new alert. Opening the list is audited.
 */
export function AlertList({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const version = useAlertsVersion();
  // Open alerts unless another status (or "any") is chosen: the list is the team's work queue.
  const statusParam = query.get('status') ?? 'open';
  const status = isOneOf(ALERT_STATUSES, statusParam) ? statusParam : '';
  const minSeverity = Number(query.get('severity') ?? '');
  const categoryParam = query.get('category') ?? '';
  const category = isOneOf(MONITORING_CATEGORIES, categoryParam) ? categoryParam : '';
  const filter: AlertListQuery = { ...(status ? { status } : {}), ...(minSeverity >= 1 && minSeverity <= 5 ? { minSeverity } : {}), limit: LIST_LIMIT };
  const key = JSON.stringify(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `filter` by value; `version` reloads on live events
  const list = useLoad(() => monitoring.alerts(api, filter), [api, key, version]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    next.set(name, value);
    if (!value && name !== 'status') next.delete(name);
    const qs = next.toString();
    navigate(`/monitoring/alerts${qs ? `?${qs}` : ''}`, { replace: true });
  };
  // The API filters by status and severity; the category filter is applied here, on the same page of results.
  const rows = (list.data?.alerts ?? []).filter((a) => !category || a.category === category || a.categories.includes(category));

  return (
    <Page title="Monitoring alerts" lead="Risky searches, bursts of blocked sites and school-system text, for the DSL team and the online-safety lead. Every time this list or an alert is opened, it is recorded in the audit log.">
      <div className="filters">
        <SelectField
          label="Status"
          options={[{ value: '', label: 'Any status' }, ...ALERT_STATUSES.map((s) => ({ value: s, label: ALERT_STATUS_LABELS[s] }))]}
          value={status}
          onChange={(e) => setParam('status', e.target.value)}
        />
        <SelectField
          label="Severity"
          placeholder="Any severity"
          options={ALERT_SEVERITIES.map((s) => ({ value: String(s), label: s === 5 ? severityLabel(s) : `${severityLabel(s)} or higher` }))}
          value={minSeverity >= 1 && minSeverity <= 5 ? String(minSeverity) : ''}
          onChange={(e) => setParam('severity', e.target.value)}
        />
        <SelectField
          label="Category"
          placeholder="Any category"
          options={MONITORING_CATEGORIES.map((c) => ({ value: c, label: MONITORING_CATEGORY_LABELS[c] }))}
          value={category}
          onChange={(e) => setParam('category', e.target.value)}
        />
      </div>
      {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
      {!list.data ? (
        list.error ? null : <Loading what="Loading alerts" />
      ) : rows.length === 0 ? (
        <p>No alerts match.</p>
      ) : (
        <>
          <p role="status">
            {rows.length} {rows.length === 1 ? 'alert' : 'alerts'}
            {list.data.alerts.length === LIST_LIMIT ? ` (the first ${LIST_LIMIT}; narrow the filters to see others)` : ''}.
          </p>
          <TableWrap label="Monitoring alerts">
            <table className="table">
              <caption className="visually-hidden">Monitoring alerts</caption>
              <thead>
                <tr>
                  <th scope="col">Severity</th>
                  <th scope="col">Category</th>
                  <th scope="col">Who</th>
                  <th scope="col">Source</th>
                  <th scope="col">Last seen</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <SeverityTag severity={a.severity} />
                    </td>
                    <td>
                      <Link to={`/monitoring/alerts/${encodeURIComponent(a.id)}`}>{monitoringCategoryLabel(a.category)}</Link>
                    </td>
                    <td>{alertSubject(a)}</td>
                    <td>{labelFor(ALERT_SOURCE_LABELS, a.source)}</td>
                    <td className="nowrap">
                      {formatDateTime(a.lastAt)}
                      {a.occurrences > 1 ? <span className="muted"> ({a.occurrences} times)</span> : null}
                    </td>
                    <td>
                      <AlertStatusTag status={a.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </Page>
  );
}
